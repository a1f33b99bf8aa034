-- Worklists for caseworkers (issue 3 item 8), projection "arbejdslister". The tables hold facts and business dates
-- only; whether something is overdue or due is computed at query time against the clock (ADR 0012). Rows are never
-- deleted by the fold: a handled henvendelse stays, because a sag's sagsbehandlingsfrist starts at the earliest
-- henvendelse it came from, whichever stream arrives first.

-- Every henvendelse received, with what the intake list shows. kommune = the receiving kommune (registrering).
-- The free-text aarsag is kept as ciphertext under the citizen's key and decrypted when read (ADR 0009).
CREATE TABLE arbejdsliste_henvendelse (
    henvendelse_id        UUID         PRIMARY KEY,
    kommune               VARCHAR(8)   NOT NULL,
    borger_id             UUID         NOT NULL,
    kilde_kode            VARCHAR(20)  NOT NULL,
    kanal                 VARCHAR(20)  NOT NULL,
    henvisning            BOOLEAN      NOT NULL,
    modtaget_dato         DATE         NOT NULL,
    oensket_indsats_kode  VARCHAR(40),
    aarsag_ejer           UUID         NOT NULL,
    aarsag_chiffer        TEXT         NOT NULL,
    afklaret_dato         DATE,
    haandteret_dato       DATE,
    udfald                VARCHAR(20)
);
CREATE INDEX arbejdsliste_henvendelse_aaben ON arbejdsliste_henvendelse (kommune, modtaget_dato) WHERE haandteret_dato IS NULL;

-- Every sag: the sag -> kommune/ansvarlig enhed map for the other lists, and the facts its frist needs.
-- kommune = ejer (the authority owning the sag); afgoerelse_dato = the first afgørelse's sendtDato, else truffetDato.
CREATE TABLE arbejdsliste_sag (
    sag_id                     UUID          PRIMARY KEY,
    kommune                    VARCHAR(8)    NOT NULL,
    enhed                      TEXT          NOT NULL,
    sagsnummer                 TEXT          NOT NULL,
    borger_id                  UUID          NOT NULL,
    kle_nummer                 VARCHAR(8)    NOT NULL,
    sagsbehandler              TEXT,
    titel_ejer                 UUID          NOT NULL,
    titel_chiffer              TEXT          NOT NULL,
    opstaaet_dato              DATE          NOT NULL,
    afgoerelse_dato            DATE,
    afsluttet_dato             DATE,
    afsluttet_uden_afgoerelse  BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX arbejdsliste_sag_aaben ON arbejdsliste_sag (kommune, enhed) WHERE afgoerelse_dato IS NULL AND afsluttet_dato IS NULL;

-- The periods a sag was i bero (SagSatIBero .. SagGenoptaget), numbered from 0 in the order they began; til is
-- NULL while the sag is still i bero. The frist clock does not run in them.
CREATE TABLE arbejdsliste_sag_bero (
    sag_id  UUID     NOT NULL,
    nr      INTEGER  NOT NULL,
    fra     DATE     NOT NULL,
    til     DATE,
    PRIMARY KEY (sag_id, nr)
);

-- Which henvendelser a sag came from or joined. starter_frist: the henvendelse led to the sag (listed in
-- SagOprettet, or handled with udfald SAG_OPRETTET), so its modtaget_dato can start the sag's frist; a henvendelse
-- joined to an existing sag (TILKNYTTET_SAG) only gives the henvendelse its unit.
CREATE TABLE arbejdsliste_sag_henvendelse (
    sag_id          UUID     NOT NULL,
    henvendelse_id  UUID     NOT NULL,
    starter_frist   BOOLEAN  NOT NULL,
    PRIMARY KEY (sag_id, henvendelse_id)
);
CREATE INDEX arbejdsliste_sag_henvendelse_henvendelse ON arbejdsliste_sag_henvendelse (henvendelse_id);

-- Every bevilling, for the venteliste (no startdato yet) and for opfølgninger due. kommune = the granting kommune
-- (registrering); when the bevilling has a sag, the sag's kommune and enhed apply (joined when read).
CREATE TABLE arbejdsliste_bevilling (
    bevilling_id              UUID         PRIMARY KEY,
    kommune                   VARCHAR(8)   NOT NULL,
    borger_id                 UUID         NOT NULL,
    sag_id                    UUID,
    indsats_kode              VARCHAR(40)  NOT NULL,
    kle_nummer                VARCHAR(8)   NOT NULL,
    bevilget_dato             DATE         NOT NULL,
    startdato                 DATE,
    slutdato                  DATE,
    ophoersdato               DATE,
    seneste_opfoelgning_dato  DATE,
    seneste_resultat_kode     VARCHAR(10),
    naeste_opfoelgning        DATE
);
CREATE INDEX arbejdsliste_bevilling_venteliste ON arbejdsliste_bevilling (kommune, bevilget_dato) WHERE startdato IS NULL AND ophoersdato IS NULL;
CREATE INDEX arbejdsliste_bevilling_opfoelgning ON arbejdsliste_bevilling (kommune, naeste_opfoelgning) WHERE naeste_opfoelgning IS NOT NULL AND ophoersdato IS NULL;
CREATE INDEX arbejdsliste_bevilling_sag ON arbejdsliste_bevilling (sag_id);
