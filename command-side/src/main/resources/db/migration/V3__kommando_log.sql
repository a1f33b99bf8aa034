-- Idempotency: every accepted command's client-chosen id, a hash of its content and the answer it got.
-- Written in the same transaction as the command's events, so a command is either fully recorded or not at all.
CREATE TABLE kommando_log (
    kommando_id   UUID PRIMARY KEY,
    kommando_type VARCHAR(100) NOT NULL,
    indhold_hash  BYTEA        NOT NULL,
    aggregat_id   VARCHAR(36)  NOT NULL,
    svar          TEXT         NOT NULL,
    registreret   TIMESTAMPTZ  NOT NULL
);

-- Sagsnumre (Brugervendtnøgle = Sagsnummer in the index): unique per authority; one counter per kommune and year.
CREATE TABLE sagsnummer_taeller (
    kommune CHAR(8) NOT NULL,
    aar     INTEGER NOT NULL,
    naeste  INTEGER NOT NULL,
    PRIMARY KEY (kommune, aar)
);
