-- Issue 15 item 5 (ADR 0021): a kommune's settings are facts of its settings aggregate now, and these three tables are
-- projections of them (PolitikindstillingProjektion, SagsbehandlingsfristProjektion, BorgerblikindstillingProjektion),
-- rebuilt from the events like every other projection. A row's id is the global index of the event it comes from (for
-- a policy row that two facts of one command made, the first), so a rebuild gives the same ids: no identity any more.
ALTER TABLE sag_politik_konfiguration ALTER COLUMN id DROP IDENTITY;
ALTER TABLE borgerblik_konfiguration ALTER COLUMN id DROP IDENTITY;
ALTER TABLE sagsbehandlingsfrist ALTER COLUMN id DROP DEFAULT;
DROP SEQUENCE sagsbehandlingsfrist_id_seq;

-- The defaults for every kommune ('00000000', V131) are reference data shipped with the ledger, not a kommune's facts:
-- they keep ids of their own below zero, apart from the event indexes, and a rebuild leaves them.
UPDATE sagsbehandlingsfrist SET id = -id WHERE kommune = '00000000';
