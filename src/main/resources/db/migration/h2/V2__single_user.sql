-- The embedded H2 database is a file opened by one process at a time: one user, no logins, no
-- row-level security. A program sharing records among supervisors and trainees uses PostgreSQL.
COMMENT ON TABLE sessions IS 'single-user embedded store: no access control between trainees';
