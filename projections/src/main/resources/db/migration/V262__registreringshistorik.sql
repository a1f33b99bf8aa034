-- Issue 17 item 2 (ADR 0031): the worklists and the kommune-wide ydelse search "as known at T" (kendtPr). The tables
-- those reads use keep their history in record time, system-versioned in the SQL:2011 sense: every version a row has
-- had, with the interval [registreret_fra, registreret_til) of record time the ledger held it (registreret_til NULL:
-- still held). registreret_fra is the registreringstid of the fact that made the version (ADR 0010), written by the
-- projection in the same transaction as the row, so a rebuild writes the same history. At any T exactly one version of a
-- row is valid: registreret_til is the least registreret_fra of the row's later versions.

CREATE TABLE arbejdsliste_henvendelse_historik (LIKE arbejdsliste_henvendelse);
ALTER TABLE arbejdsliste_henvendelse_historik ADD COLUMN registreret_fra TIMESTAMPTZ NOT NULL, ADD COLUMN registreret_til TIMESTAMPTZ,
    ADD PRIMARY KEY (henvendelse_id, registreret_fra);
CREATE INDEX arbejdsliste_henvendelse_historik_kommune ON arbejdsliste_henvendelse_historik (kommune, registreret_fra);

CREATE TABLE arbejdsliste_sag_historik (LIKE arbejdsliste_sag);
ALTER TABLE arbejdsliste_sag_historik ADD COLUMN registreret_fra TIMESTAMPTZ NOT NULL, ADD COLUMN registreret_til TIMESTAMPTZ,
    ADD PRIMARY KEY (sag_id, registreret_fra);
CREATE INDEX arbejdsliste_sag_historik_kommune ON arbejdsliste_sag_historik (kommune, registreret_fra);

CREATE TABLE arbejdsliste_sag_bero_historik (LIKE arbejdsliste_sag_bero);
ALTER TABLE arbejdsliste_sag_bero_historik ADD COLUMN registreret_fra TIMESTAMPTZ NOT NULL, ADD COLUMN registreret_til TIMESTAMPTZ,
    ADD PRIMARY KEY (sag_id, nr, registreret_fra);

CREATE TABLE arbejdsliste_bevilling_historik (LIKE arbejdsliste_bevilling);
ALTER TABLE arbejdsliste_bevilling_historik ADD COLUMN registreret_fra TIMESTAMPTZ NOT NULL, ADD COLUMN registreret_til TIMESTAMPTZ,
    ADD PRIMARY KEY (bevilling_id, registreret_fra);
CREATE INDEX arbejdsliste_bevilling_historik_sag ON arbejdsliste_bevilling_historik (sag_id);

-- A link between a sag and a henvendelse is made by facts of both (SagOprettet, HenvendelseHaandteret), and only grows
-- (starter_frist is OR-ed). Per link and kind, the earliest record time a fact made it: the link is known at T when a
-- row has registreret_fra <= T, and starts the frist when such a row has starter_frist. Whichever fact commits first.
CREATE TABLE arbejdsliste_sag_henvendelse_historik (
    sag_id           UUID         NOT NULL,
    henvendelse_id   UUID         NOT NULL,
    starter_frist    BOOLEAN      NOT NULL,
    registreret_fra  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (sag_id, henvendelse_id, starter_frist)
);

-- A partshøring is sent once and answered once: the record time of each is enough.
ALTER TABLE arbejdsliste_partshoering ADD COLUMN registreret TIMESTAMPTZ, ADD COLUMN besvaret_registreret TIMESTAMPTZ;

CREATE TABLE ydelse_historik (LIKE ydelse);
ALTER TABLE ydelse_historik ADD COLUMN registreret_fra TIMESTAMPTZ NOT NULL, ADD COLUMN registreret_til TIMESTAMPTZ,
    ADD PRIMARY KEY (bevilling_id, registreret_fra);
CREATE INDEX ydelse_historik_kommune ON ydelse_historik (kommune, registreret_fra);

-- The history is derived from the facts like every row: emptied, and without a stored position the engine rebuilds both
-- projections from the first event (as V160 did), which fills the new tables and columns.
TRUNCATE arbejdsliste_henvendelse, arbejdsliste_sag, arbejdsliste_sag_bero, arbejdsliste_sag_henvendelse, arbejdsliste_bevilling,
    arbejdsliste_partshoering, ydelse, ydelse_levering_periode, ydelse_ikke_leveret_periode;
ALTER TABLE arbejdsliste_partshoering ALTER COLUMN registreret SET NOT NULL;
DELETE FROM projektion_position WHERE navn IN ('arbejdslister', 'ydelsesindeks');
