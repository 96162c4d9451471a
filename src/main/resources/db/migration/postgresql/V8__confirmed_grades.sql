-- A finished session whose stored scores, client lines and ratings the engine confirmed, by a login
-- other than the trainee's: its grade stands under the judgement named even once the program has
-- another one (an upgrade retrains heads), and it need not be re-scored on every read. A finished
-- session is append-never for everyone, so what was confirmed cannot change afterwards.
CREATE TABLE confirmed_grades (
    session_id    VARCHAR(100) NOT NULL PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    judgement     VARCHAR(40) NOT NULL,
    confirmed_by  VARCHAR(128) NOT NULL,
    confirmed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Who confirmed and when come from the database, never from the client; a session is confirmed only
-- once finished, never by its own trainee, and only under the judgement it was scored with.
CREATE FUNCTION rapport_confirmation_is_sound() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    s RECORD;
BEGIN
    SELECT trainee, status, rubric_version INTO s FROM sessions WHERE id = NEW.session_id;
    NEW.confirmed_by := current_user;
    NEW.confirmed_at := now();
    IF s.status IS DISTINCT FROM 'FINISHED' THEN
        RAISE EXCEPTION 'session % is not finished: only a finished session''s grade is confirmed', NEW.session_id
            USING ERRCODE = '42501';
    END IF;
    IF s.trainee = current_user THEN
        RAISE EXCEPTION 'session %: a trainee does not confirm their own grade', NEW.session_id USING ERRCODE = '42501';
    END IF;
    IF s.rubric_version IS DISTINCT FROM NEW.judgement THEN
        RAISE EXCEPTION 'session % was scored under judgement %, not %', NEW.session_id,
            coalesce(s.rubric_version, '(none on record)'), NEW.judgement USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER confirmation_is_sound BEFORE INSERT OR UPDATE ON confirmed_grades
    FOR EACH ROW EXECUTE FUNCTION rapport_confirmation_is_sound();

GRANT SELECT ON confirmed_grades TO rapport_trainee;
GRANT SELECT, INSERT ON confirmed_grades TO rapport_supervisor;
ALTER TABLE confirmed_grades ENABLE ROW LEVEL SECURITY;
CREATE POLICY trainee_own_confirmations ON confirmed_grades FOR SELECT TO rapport_trainee
    USING (session_id IN (SELECT id FROM sessions WHERE trainee = current_user));
CREATE POLICY supervisor_trainee_confirmations ON confirmed_grades TO rapport_supervisor
    USING (session_id IN (SELECT s.id FROM sessions s JOIN trainees t ON t.name = s.trainee
                          WHERE t.supervisor = current_user))
    WITH CHECK (session_id IN (SELECT s.id FROM sessions s JOIN trainees t ON t.name = s.trainee
                               WHERE t.supervisor = current_user));
