-- Who may do what on a shared PostgreSQL server, enforced by the database itself.
--
-- rapport_trainee and rapport_supervisor are group roles (NOLOGIN). A person's login is a LOGIN role
-- named like their trainees/supervisors row and a member of one group ("db grant" creates it).
-- The owner of the tables (the role that runs these migrations) is the program administrator: as
-- owner it is not subject to row-level security.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rapport_trainee') THEN
        CREATE ROLE rapport_trainee NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rapport_supervisor') THEN
        CREATE ROLE rapport_supervisor NOLOGIN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO rapport_trainee, rapport_supervisor', current_schema());
END $$;

-- Trainees: read their own records; start sessions, add turns and close their sessions; never
-- update a turn (so never a score) and never write overrides, comments or assignments.
GRANT SELECT ON supervisors, trainees, assignments, overrides, comments TO rapport_trainee;
GRANT SELECT, INSERT ON sessions, turns TO rapport_trainee;
GRANT UPDATE (ended_at, status) ON sessions TO rapport_trainee;

-- Supervisors: enrol and assign their trainees, review their sessions, override and comment (both
-- append-only), import transcripts for them. No updates to turns: the engine's score stays.
GRANT SELECT ON supervisors TO rapport_supervisor;
GRANT SELECT, INSERT, UPDATE ON trainees TO rapport_supervisor;
GRANT SELECT, INSERT, UPDATE, DELETE ON assignments TO rapport_supervisor;
GRANT SELECT, INSERT ON sessions, turns, overrides, comments, imports TO rapport_supervisor;
DO $$
BEGIN
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO rapport_supervisor', current_schema());
END $$;

ALTER TABLE trainees ENABLE ROW LEVEL SECURITY;
ALTER TABLE assignments ENABLE ROW LEVEL SECURITY;
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE turns ENABLE ROW LEVEL SECURITY;
ALTER TABLE overrides ENABLE ROW LEVEL SECURITY;
ALTER TABLE comments ENABLE ROW LEVEL SECURITY;
ALTER TABLE imports ENABLE ROW LEVEL SECURITY;

-- trainees
CREATE POLICY trainee_self ON trainees TO rapport_trainee
    USING (name = current_user);
CREATE POLICY supervisor_own_trainees ON trainees TO rapport_supervisor
    USING (supervisor = current_user)
    WITH CHECK (supervisor = current_user);

-- assignments
CREATE POLICY trainee_own_assignments ON assignments FOR SELECT TO rapport_trainee
    USING (trainee = current_user);
CREATE POLICY supervisor_assigns ON assignments TO rapport_supervisor
    USING (trainee IN (SELECT name FROM trainees WHERE supervisor = current_user))
    WITH CHECK (trainee IN (SELECT name FROM trainees WHERE supervisor = current_user));

-- sessions
CREATE POLICY trainee_own_sessions ON sessions TO rapport_trainee
    USING (trainee = current_user)
    WITH CHECK (trainee = current_user);
CREATE POLICY supervisor_trainee_sessions ON sessions TO rapport_supervisor
    USING (trainee IN (SELECT name FROM trainees WHERE supervisor = current_user))
    WITH CHECK (trainee IN (SELECT name FROM trainees WHERE supervisor = current_user));

-- turns: a trainee adds turns only to an own session still in progress
CREATE POLICY trainee_own_turns ON turns FOR SELECT TO rapport_trainee
    USING (session_id IN (SELECT id FROM sessions WHERE trainee = current_user));
CREATE POLICY trainee_adds_turns ON turns FOR INSERT TO rapport_trainee
    WITH CHECK (session_id IN (SELECT id FROM sessions
                               WHERE trainee = current_user AND status = 'IN_PROGRESS'));
CREATE POLICY supervisor_trainee_turns ON turns TO rapport_supervisor
    USING (session_id IN (SELECT s.id FROM sessions s JOIN trainees t ON t.name = s.trainee
                          WHERE t.supervisor = current_user))
    WITH CHECK (session_id IN (SELECT s.id FROM sessions s JOIN trainees t ON t.name = s.trainee
                               WHERE t.supervisor = current_user));

-- overrides and comments: trainees read those on their sessions; supervisors write them for their
-- trainees, under their own login
CREATE POLICY trainee_reads_overrides ON overrides FOR SELECT TO rapport_trainee
    USING (session_id IN (SELECT id FROM sessions WHERE trainee = current_user));
CREATE POLICY supervisor_overrides ON overrides TO rapport_supervisor
    USING (session_id IN (SELECT s.id FROM sessions s JOIN trainees t ON t.name = s.trainee
                          WHERE t.supervisor = current_user))
    WITH CHECK (db_login = current_user
                AND session_id IN (SELECT s.id FROM sessions s JOIN trainees t ON t.name = s.trainee
                                   WHERE t.supervisor = current_user));
CREATE POLICY trainee_reads_comments ON comments FOR SELECT TO rapport_trainee
    USING (session_id IN (SELECT id FROM sessions WHERE trainee = current_user));
CREATE POLICY supervisor_comments ON comments TO rapport_supervisor
    USING (session_id IN (SELECT s.id FROM sessions s JOIN trainees t ON t.name = s.trainee
                          WHERE t.supervisor = current_user))
    WITH CHECK (db_login = current_user
                AND session_id IN (SELECT s.id FROM sessions s JOIN trainees t ON t.name = s.trainee
                                   WHERE t.supervisor = current_user));

-- imports
CREATE POLICY supervisor_imports ON imports TO rapport_supervisor
    USING (trainee IN (SELECT name FROM trainees WHERE supervisor = current_user))
    WITH CHECK (trainee IN (SELECT name FROM trainees WHERE supervisor = current_user));
