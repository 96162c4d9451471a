-- Version kept in step with PostgreSQL, where the database refuses invalid scores, turns added to a
-- finished session and authorship in another login's name, and records who wrote each turn. The
-- embedded store has a single user: the column is kept so both stores read alike.
ALTER TABLE turns ADD COLUMN written_by VARCHAR(128);
ALTER TABLE sessions ADD COLUMN created_by VARCHAR(128);
