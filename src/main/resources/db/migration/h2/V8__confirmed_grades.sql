-- A finished session whose grade the engine confirmed under the judgement named (see the PostgreSQL
-- migration: on the single-user embedded store nothing is re-scored, so the table stays empty there,
-- but both stores keep one schema).
CREATE TABLE confirmed_grades (
    session_id    VARCHAR(100) NOT NULL PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    judgement     VARCHAR(40) NOT NULL,
    confirmed_by  VARCHAR(128) NOT NULL,
    confirmed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
