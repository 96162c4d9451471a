-- A supervisor can withdraw an override: a row with no supervisor score puts the engine's score back.
-- The withdrawal is a row like any override, so the whole history stays on record.
ALTER TABLE overrides ALTER COLUMN supervisor_score DROP NOT NULL;
