-- The client's own ratings of a finished session (modelled on the ORS and SRS): written once, when the
-- session ends, beside its turns.
CREATE TABLE session_ratings (
    session_id               VARCHAR(100) NOT NULL PRIMARY KEY REFERENCES sessions (id),
    checkin_individually     NUMERIC(3, 1) NOT NULL,
    checkin_interpersonally  NUMERIC(3, 1) NOT NULL,
    checkin_socially         NUMERIC(3, 1) NOT NULL,
    checkin_overall          NUMERIC(3, 1) NOT NULL,
    relationship             NUMERIC(3, 1) NOT NULL,
    goals                    NUMERIC(3, 1) NOT NULL,
    approach                 NUMERIC(3, 1) NOT NULL,
    overall                  NUMERIC(3, 1) NOT NULL,
    total                    NUMERIC(3, 1) NOT NULL,
    flagged                  BOOLEAN NOT NULL,
    client_comment           VARCHAR(1000) NOT NULL,
    ruptures                 SMALLINT NOT NULL,
    unrepaired               SMALLINT NOT NULL,
    dropout_risk             BOOLEAN NOT NULL,
    rated_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT rating_items CHECK (checkin_individually BETWEEN 0 AND 10 AND checkin_interpersonally BETWEEN 0 AND 10
        AND checkin_socially BETWEEN 0 AND 10 AND checkin_overall BETWEEN 0 AND 10 AND relationship BETWEEN 0 AND 10
        AND goals BETWEEN 0 AND 10 AND approach BETWEEN 0 AND 10 AND overall BETWEEN 0 AND 10 AND total BETWEEN 0 AND 40),
    CONSTRAINT rating_ruptures CHECK (unrepaired BETWEEN 0 AND ruptures)
);
