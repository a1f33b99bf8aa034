-- Projection "forloeb" (issue 3 item 5): each care pathway with its sager, bevillinger and tilstande.
-- Codes are TEXT: a projection must never stall on a value longer than expected (the engine retries a failing batch forever).
-- Rows are a function of the events alone; free text is ciphertext (decrypted at query time, ADR 0009).

-- One row per forløb. status is the fact: AKTIV until ForloebAfsluttet, then AFSLUTTET.
CREATE TABLE forloeb (
    forloeb_id            UUID         PRIMARY KEY,
    borger_id             UUID         NOT NULL,
    forloebstype_kode     TEXT         NOT NULL,
    kle_nummer            TEXT         NOT NULL,
    status                TEXT         NOT NULL,
    startdato             DATE         NOT NULL,
    slutdato              DATE,
    aarsag_ejer           UUID,
    aarsag_chiffer        TEXT,
    kommune               TEXT         NOT NULL,
    startet_registreret   TIMESTAMPTZ  NOT NULL,
    opdateret             TIMESTAMPTZ  NOT NULL
);
CREATE INDEX forloeb_borger ON forloeb (borger_id, status);

-- The sag→forløb mapping (a sag may belong to more than one forløb), in the order of attachment.
CREATE TABLE forloeb_sag (
    forloeb_id    UUID         NOT NULL,
    sag_id        UUID         NOT NULL,
    indeks        BIGINT       NOT NULL,
    registreret   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (forloeb_id, sag_id)
);
CREATE INDEX forloeb_sag_sag ON forloeb_sag (sag_id);

CREATE TABLE forloeb_bevilling (
    forloeb_id     UUID         NOT NULL,
    bevilling_id   UUID         NOT NULL,
    indeks         BIGINT       NOT NULL,
    registreret    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (forloeb_id, bevilling_id)
);
CREATE INDEX forloeb_bevilling_bevilling ON forloeb_bevilling (bevilling_id);

-- The latest assessment per sag and FSIII code, for every sag (also those on no forløb yet): a sag may be attached
-- to a forløb after its tilstande were assessed. "Latest" = highest (vurderet_dato, indeks): business date first,
-- then the event's place in the log.
CREATE TABLE forloeb_sagstilstand (
    sag_id             UUID         NOT NULL,
    fsiii_kode         TEXT         NOT NULL,
    niveau             INTEGER,
    forventet_niveau   INTEGER,
    udfoerelse_kode    TEXT,
    betydning_kode     TEXT,
    vurdering_ejer     UUID,
    vurdering_chiffer  TEXT,
    vurderet_dato      DATE         NOT NULL,
    indeks             BIGINT       NOT NULL,
    registreret        TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (sag_id, fsiii_kode)
);

-- The latest assessment per forløb and FSIII code across the forløb's sager (same ordering as above).
CREATE TABLE forloeb_tilstand (
    forloeb_id         UUID         NOT NULL,
    fsiii_kode         TEXT         NOT NULL,
    sag_id             UUID         NOT NULL,
    niveau             INTEGER,
    forventet_niveau   INTEGER,
    udfoerelse_kode    TEXT,
    betydning_kode     TEXT,
    vurdering_ejer     UUID,
    vurdering_chiffer  TEXT,
    vurderet_dato      DATE         NOT NULL,
    indeks             BIGINT       NOT NULL,
    registreret        TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (forloeb_id, fsiii_kode)
);
