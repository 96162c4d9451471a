-- Version kept in step with PostgreSQL, where a trainee login may not reopen a finished session. The
-- embedded store has a single user and no such rule.
COMMENT ON COLUMN sessions.status IS 'IN_PROGRESS or FINISHED';
