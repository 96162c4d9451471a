-- What a reader needs to check a session against what produced it: where each client line came from
-- (the script, the model whole, cut short, or an authored line standing in for the model), the version
-- of the rubric the session was scored under (re-scoring uses that version or says it cannot), and who
-- wrote the client's ratings (re-computed from the turns when the trainee's own login wrote them).

ALTER TABLE turns ADD COLUMN client_line_origin VARCHAR(20);
ALTER TABLE turns ADD COLUMN client_line_cause VARCHAR(200);
ALTER TABLE turns ADD CONSTRAINT client_line_origin_known CHECK (
        client_line_origin IS NULL
        OR (speaker = 'client' AND client_line_origin IN ('script', 'model', 'cut_short', 'fallback')));
ALTER TABLE turns ADD CONSTRAINT client_line_cause_with_origin CHECK (
        client_line_cause IS NULL OR client_line_origin IN ('cut_short', 'fallback'));

-- Rows from before this migration keep NULL: re-scoring says their version is not on record.
ALTER TABLE sessions ADD COLUMN rubric_version VARCHAR(40);

ALTER TABLE session_ratings ADD COLUMN rated_by VARCHAR(128);

CREATE FUNCTION rapport_rating_is_own() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.rated_by := current_user;
    RETURN NEW;
END $$;

CREATE TRIGGER rating_is_own BEFORE INSERT OR UPDATE ON session_ratings
    FOR EACH ROW EXECUTE FUNCTION rapport_rating_is_own();
