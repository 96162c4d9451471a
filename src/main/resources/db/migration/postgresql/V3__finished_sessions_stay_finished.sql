-- A trainee may close an own session but not reopen it: otherwise turns could be added to a session
-- already reviewed and graded.
CREATE FUNCTION rapport_finished_session_stays_finished() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'FINISHED' AND NEW.status <> 'FINISHED'
            AND pg_has_role(current_user, 'rapport_trainee', 'MEMBER') THEN
        RAISE EXCEPTION 'session % is finished and stays finished', OLD.id USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER finished_session_stays_finished BEFORE UPDATE ON sessions
    FOR EACH ROW EXECUTE FUNCTION rapport_finished_session_stays_finished();
