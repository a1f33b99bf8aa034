-- Projection "borgeroverblik" (issue 3 item 7, UC1 step 2): the citizen's sager, current tilstande and pending
-- henvendelser. The overview is composed at query time from these tables and the forloeb and ydelse tables, each
-- read by borger_id.

-- A minimal sag list per citizen: the index fields a caseworker scans, the fremdrift as the ledger records it
-- (explicit closing; the policy views of item 2 live elsewhere) and a local status code.
CREATE TABLE borgeroverblik_sag (
    sag_id               UUID         PRIMARY KEY,
    borger_id            UUID         NOT NULL,
    sagsnummer           TEXT         NOT NULL,
    titel_ejer           UUID         NOT NULL,
    titel_chiffer        TEXT         NOT NULL,
    kle_nummer           TEXT         NOT NULL,
    handlingsfacet       TEXT         NOT NULL,
    foelsomhed           TEXT         NOT NULL,
    ejer                 TEXT         NOT NULL,
    ansvarlig_enhed      TEXT         NOT NULL,
    sagsbehandler        TEXT,
    fremdrift            TEXT         NOT NULL,
    lokal_status         TEXT         NOT NULL,
    i_bero               BOOLEAN      NOT NULL,
    under_revisitation   BOOLEAN      NOT NULL,
    opstaaet_dato        DATE         NOT NULL,
    afgoerelsestype      TEXT,
    afgjort_dato         DATE,
    antal_klager         INTEGER      NOT NULL,
    afsluttet_dato       DATE,
    afslutningsaarsag    TEXT,
    registreret          TIMESTAMPTZ  NOT NULL,
    opdateret            TIMESTAMPTZ  NOT NULL
);
CREATE INDEX borgeroverblik_sag_borger ON borgeroverblik_sag (borger_id);

-- The citizen's current tilstande: the latest assessment per FSIII code across all their sager, by
-- (vurderet_dato, indeks).
CREATE TABLE borgeroverblik_tilstand (
    borger_id          UUID         NOT NULL,
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
    PRIMARY KEY (borger_id, fsiii_kode)
);

-- Henvendelser per citizen; pending = not yet haandteret.
CREATE TABLE borgeroverblik_henvendelse (
    henvendelse_id        UUID         PRIMARY KEY,
    borger_id             UUID         NOT NULL,
    kilde_kode            TEXT         NOT NULL,
    kanal                 TEXT         NOT NULL,
    modtaget_dato         DATE         NOT NULL,
    aarsag_ejer           UUID         NOT NULL,
    aarsag_chiffer        TEXT         NOT NULL,
    oensket_indsats_kode  TEXT,
    henvisning            BOOLEAN      NOT NULL,
    antal_afklaringer     INTEGER      NOT NULL,
    senest_afklaret       DATE,
    haandteret_dato       DATE,
    udfald                TEXT,
    kommune               TEXT         NOT NULL,
    registreret           TIMESTAMPTZ  NOT NULL
);
CREATE INDEX borgeroverblik_henvendelse_borger ON borgeroverblik_henvendelse (borger_id);
