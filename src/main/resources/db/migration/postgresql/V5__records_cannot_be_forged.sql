-- What the database itself refuses, whoever connects: structurally invalid scores, turns added to or
-- changed in a finished session, and authorship claimed in another login's name. Whether a score is
-- the one the engine gives to the stored text is checked by the readers (they re-score what a trainee
-- login wrote); this migration makes sure they know who wrote it.

-- Who wrote each turn. Rows from before this migration keep NULL: their author is unknown and they
-- are re-scored like a trainee's.
ALTER TABLE turns ADD COLUMN written_by VARCHAR(128);

ALTER TABLE turns ADD CONSTRAINT turn_scores_on_scale CHECK (
        (score_empathy IS NULL OR score_empathy BETWEEN 1 AND 5)
    AND (score_active_listening IS NULL OR score_active_listening BETWEEN 1 AND 5)
    AND (score_boundary_setting IS NULL OR score_boundary_setting BETWEEN 1 AND 5)) NOT VALID;
ALTER TABLE turns ADD CONSTRAINT turn_behavior_code CHECK (
        behavior IS NULL OR behavior IN ('question', 'reflection', 'input', 'other')) NOT VALID;
ALTER TABLE turns ADD CONSTRAINT turn_subtype_code CHECK (
        subtype IS NULL OR subtype IN ('open', 'closed', 'simple', 'complex', 'information', 'advice',
                                       'negotiation', 'options')) NOT VALID;
ALTER TABLE turns ADD CONSTRAINT client_turns_unscored CHECK (
        speaker = 'trainee' OR (score_json IS NULL AND behavior IS NULL AND score_empathy IS NULL
                                AND score_active_listening IS NULL AND score_boundary_setting IS NULL)) NOT VALID;

CREATE FUNCTION rapport_turn_is_sound() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    session_status VARCHAR(20);
    judgement      jsonb;
    score          RECORD;
BEGIN
    SELECT status INTO session_status FROM sessions WHERE id = NEW.session_id;
    IF session_status = 'FINISHED' THEN
        RAISE EXCEPTION 'session % is finished: its turns are kept as they were', NEW.session_id
            USING ERRCODE = '42501';
    END IF;
    NEW.written_by := current_user;
    IF NEW.score_json IS NULL THEN
        IF NEW.behavior IS NOT NULL OR NEW.score_empathy IS NOT NULL OR NEW.score_active_listening IS NOT NULL
                OR NEW.score_boundary_setting IS NOT NULL THEN
            RAISE EXCEPTION 'turn % of session %: score columns without the judgement they come from',
                NEW.turn_index, NEW.session_id USING ERRCODE = '23514';
        END IF;
        RETURN NEW;
    END IF;
    BEGIN
        judgement := NEW.score_json::jsonb;
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION 'turn % of session %: the judgement is not JSON', NEW.turn_index, NEW.session_id
            USING ERRCODE = '23514';
    END;
    IF jsonb_typeof(judgement) <> 'object' OR jsonb_typeof(judgement -> 'codes') IS DISTINCT FROM 'object'
            OR jsonb_typeof(judgement -> 'scores') IS DISTINCT FROM 'object'
            OR jsonb_typeof(judgement -> 'empathy') IS DISTINCT FROM 'object' THEN
        RAISE EXCEPTION 'turn % of session %: the judgement lacks codes, empathy or scores',
            NEW.turn_index, NEW.session_id USING ERRCODE = '23514';
    END IF;
    IF (judgement -> 'codes' ->> 'behavior') IS DISTINCT FROM NEW.behavior
            OR (judgement -> 'codes' ->> 'subtype') IS DISTINCT FROM NEW.subtype THEN
        RAISE EXCEPTION 'turn % of session %: behaviour code % is not one of question, reflection, input, other'
            ' or differs from the behavior column', NEW.turn_index, NEW.session_id,
            coalesce(judgement -> 'codes' ->> 'behavior', 'null') USING ERRCODE = '23514';
    END IF;
    FOR score IN SELECT key, value FROM jsonb_each(judgement -> 'scores') LOOP
        IF NOT (jsonb_typeof(score.value) = 'null'
                OR (jsonb_typeof(score.value) = 'number' AND score.value::text IN ('1', '2', '3', '4', '5'))) THEN
            RAISE EXCEPTION 'turn % of session %: score % for % is not a whole number from 1 to 5',
                NEW.turn_index, NEW.session_id, score.value::text, score.key USING ERRCODE = '23514';
        END IF;
    END LOOP;
    IF (judgement -> 'scores' ->> 'empathy')::int IS DISTINCT FROM NEW.score_empathy
            OR (judgement -> 'scores' ->> 'active_listening')::int IS DISTINCT FROM NEW.score_active_listening
            OR (judgement -> 'scores' ->> 'boundary_setting')::int IS DISTINCT FROM NEW.score_boundary_setting THEN
        RAISE EXCEPTION 'turn % of session %: the score columns differ from the judgement',
            NEW.turn_index, NEW.session_id USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER turn_is_sound BEFORE INSERT OR UPDATE ON turns
    FOR EACH ROW EXECUTE FUNCTION rapport_turn_is_sound();

-- A finished session's turns are append-never for everyone, supervisors and the owner included (the
-- trigger above), and so a finished session stays finished for every login, not only trainees'.
CREATE OR REPLACE FUNCTION rapport_finished_session_stays_finished() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'FINISHED' AND NEW.status <> 'FINISHED' THEN
        RAISE EXCEPTION 'session % is finished and stays finished', OLD.id USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;

-- Who opened each session. A supervisor adds turns only to sessions of their own making (imported
-- transcripts), never to a trainee's practice: otherwise they could write what the trainee never said.
ALTER TABLE sessions ADD COLUMN created_by VARCHAR(128);

CREATE FUNCTION rapport_session_creator() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.created_by := current_user;
    RETURN NEW;
END $$;

CREATE TRIGGER session_creator BEFORE INSERT ON sessions
    FOR EACH ROW EXECUTE FUNCTION rapport_session_creator();

-- An import opens its session in progress, adds the turns, then closes it; a supervisor closes no
-- other session.
GRANT UPDATE (ended_at, status) ON sessions TO rapport_supervisor;
DROP POLICY supervisor_trainee_sessions ON sessions;
CREATE POLICY supervisor_trainee_sessions ON sessions FOR SELECT TO rapport_supervisor
    USING (trainee IN (SELECT name FROM trainees WHERE supervisor = current_user));
CREATE POLICY supervisor_opens_sessions ON sessions FOR INSERT TO rapport_supervisor
    WITH CHECK (trainee IN (SELECT name FROM trainees WHERE supervisor = current_user));
CREATE POLICY supervisor_closes_own_sessions ON sessions FOR UPDATE TO rapport_supervisor
    USING (created_by = current_user AND trainee IN (SELECT name FROM trainees WHERE supervisor = current_user))
    WITH CHECK (created_by = current_user);

DROP POLICY supervisor_trainee_turns ON turns;
CREATE POLICY supervisor_trainee_turns ON turns FOR SELECT TO rapport_supervisor
    USING (session_id IN (SELECT s.id FROM sessions s JOIN trainees t ON t.name = s.trainee
                          WHERE t.supervisor = current_user));
CREATE POLICY supervisor_adds_turns_to_own_imports ON turns FOR INSERT TO rapport_supervisor
    WITH CHECK (session_id IN (SELECT s.id FROM sessions s JOIN trainees t ON t.name = s.trainee
                               WHERE t.supervisor = current_user AND s.created_by = current_user));

-- Who overrode a score and what the engine had given come from the database, never from the client:
-- the login, and the score stored on the turn.
CREATE FUNCTION rapport_override_is_own() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.overridden_by := current_user;
    NEW.db_login := current_user;
    SELECT CASE WHEN t.score_json IS NULL THEN NULL
                ELSE (t.score_json::jsonb -> 'scores' ->> NEW.criterion)::int END
      INTO NEW.engine_score
      FROM turns t WHERE t.session_id = NEW.session_id AND t.turn_index = NEW.turn_index;
    RETURN NEW;
END $$;

CREATE TRIGGER override_is_own BEFORE INSERT ON overrides
    FOR EACH ROW EXECUTE FUNCTION rapport_override_is_own();

CREATE FUNCTION rapport_comment_is_own() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.author := current_user;
    NEW.db_login := current_user;
    RETURN NEW;
END $$;

CREATE TRIGGER comment_is_own BEFORE INSERT ON comments
    FOR EACH ROW EXECUTE FUNCTION rapport_comment_is_own();

-- A supervisor takes on only a trainee who already has a login (made by the owner with "db grant"):
-- otherwise the first supervisor to type a name would claim a person not yet on the programme.
DROP POLICY supervisor_own_trainees ON trainees;
CREATE POLICY supervisor_own_trainees ON trainees FOR SELECT TO rapport_supervisor
    USING (supervisor = current_user);
CREATE POLICY supervisor_updates_own_trainees ON trainees FOR UPDATE TO rapport_supervisor
    USING (supervisor = current_user)
    WITH CHECK (supervisor = current_user);
CREATE POLICY supervisor_enrols_trainee_with_login ON trainees FOR INSERT TO rapport_supervisor
    WITH CHECK (supervisor = current_user
                AND EXISTS (SELECT 1 FROM pg_auth_members m
                              JOIN pg_roles g ON g.oid = m.roleid
                              JOIN pg_roles u ON u.oid = m.member
                             WHERE u.rolname = trainees.name AND g.rolname = 'rapport_trainee'));
