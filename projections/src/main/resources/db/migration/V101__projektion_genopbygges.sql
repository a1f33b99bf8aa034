-- A rebuild that is interrupted (a crash, a restart) must go on as a rebuild, from where it got to, not silently
-- continue as a live projection deep in the history: the flag is set when a rebuild starts and cleared at handover.
ALTER TABLE projektion_position ADD COLUMN genopbygges BOOLEAN NOT NULL DEFAULT FALSE;
