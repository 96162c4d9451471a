-- Kept in step with PostgreSQL: where each client line came from (the script, the model whole, cut
-- short, or an authored line standing in for the model), the version of the rubric the session was
-- scored under, and who wrote the client's ratings (on the single-user store, nobody in particular).

ALTER TABLE turns ADD COLUMN client_line_origin VARCHAR(20);
ALTER TABLE turns ADD COLUMN client_line_cause VARCHAR(200);
ALTER TABLE turns ADD CONSTRAINT client_line_origin_known CHECK (
        client_line_origin IS NULL
        OR (speaker = 'client' AND client_line_origin IN ('script', 'model', 'cut_short', 'fallback')));
ALTER TABLE turns ADD CONSTRAINT client_line_cause_with_origin CHECK (
        client_line_cause IS NULL OR client_line_origin IN ('cut_short', 'fallback'));

ALTER TABLE sessions ADD COLUMN rubric_version VARCHAR(40);

ALTER TABLE session_ratings ADD COLUMN rated_by VARCHAR(128);
