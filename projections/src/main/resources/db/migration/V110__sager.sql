-- Projection "sager" (issue 3): the Sags- og Dokumentindeks fields per sag, and the bitemporal fremdrift history of
-- every sag under every closing policy side by side. Owned and written only by dk.careledger.projection.sag.SagerProjektion.

-- The facts the projection recomputes a sag from (see dk.careledger.projection.fakta.Fakta for the columns'
-- meaning per event type), keyed by sag, in global order.
CREATE TABLE sag_fakta (
    noegle           UUID         NOT NULL,
    globalt_indeks   BIGINT       NOT NULL,
    haendelse        VARCHAR(40)  NOT NULL,
    emne             UUID         NOT NULL,
    registreringstid TIMESTAMPTZ  NOT NULL,
    kommune          VARCHAR(8)   NOT NULL,
    bruger           VARCHAR(255) NOT NULL,
    rolle            VARCHAR(20)  NOT NULL,
    d1               DATE,
    d2               DATE,
    d3               DATE,
    r1               UUID,
    r2               UUID,
    r3               UUID,
    k1               VARCHAR(255),
    k2               VARCHAR(255),
    k3               VARCHAR(255),
    flag             BOOLEAN,
    tekst            TEXT,
    data             TEXT,
    PRIMARY KEY (noegle, globalt_indeks)
);

-- Which sag a bevilling (BevillingGivet.sagId) or a forløb (SagTilknyttetForloeb) belongs to, for their later facts.
CREATE TABLE sag_reference (
    ref_id UUID NOT NULL,
    noegle UUID NOT NULL,
    PRIMARY KEY (ref_id, noegle)
);

-- One row per sag: the index fields. titel is ciphertext under the citizen's key (decrypted at query time).
CREATE TABLE sag (
    sag_id                      UUID         PRIMARY KEY,
    sagsnummer                  VARCHAR(50)  NOT NULL,
    titel_ejer                  UUID         NOT NULL,
    titel_chiffertekst          TEXT         NOT NULL,
    kle_nummer                  VARCHAR(8)   NOT NULL,
    handlingsfacet              VARCHAR(8)   NOT NULL,
    foelsomhed                  VARCHAR(40)  NOT NULL,
    ejer                        VARCHAR(8)   NOT NULL,
    ansvarlig_enhed             VARCHAR(255) NOT NULL,
    primaer_behandler           VARCHAR(255),
    primaer_behandler_fra       DATE,
    borger_id                   UUID         NOT NULL,
    sagsstatus                  VARCHAR(255) NOT NULL,
    sagsstatus_dato             DATE,
    opstaaet_dato               DATE         NOT NULL,
    kommune                     VARCHAR(8)   NOT NULL,
    oprettet_registreret        TIMESTAMPTZ  NOT NULL,
    seneste_afgoerelse_id       UUID,
    seneste_afgoerelse_type     VARCHAR(30),
    seneste_afgoerelse_truffet  DATE,
    seneste_afgoerelse_sendt    DATE,
    seneste_afgoerelse_virkning DATE,
    klagevejledning_givet       BOOLEAN,
    klagefrist_sidste_dag       DATE,
    antal_afgoerelser           INTEGER      NOT NULL,
    seneste_klage_modtaget      DATE,
    antal_klager                INTEGER      NOT NULL,
    i_bero                      BOOLEAN      NOT NULL,
    under_revisitation          BOOLEAN      NOT NULL,
    afsluttet_dato              DATE,
    afslutningsaarsag           VARCHAR(30),
    antal_bevillinger           INTEGER      NOT NULL,
    antal_forloeb               INTEGER      NOT NULL,
    senest_registreret          TIMESTAMPTZ  NOT NULL
);
CREATE INDEX sag_ejer_kle ON sag (ejer, kle_nummer);
CREATE INDEX sag_borger ON sag (borger_id);

-- Fremdrift, bitemporal, per policy: virkning [virkning_fra, virkning_til) (NULL = open) and registrering
-- [registreret_fra, registreret_til) (NULL = still believed). Rows are never changed in place except for closing
-- registreret_til.
CREATE TABLE sag_fremdrift (
    sag_id          UUID         NOT NULL,
    politik         VARCHAR(30)  NOT NULL,
    loebenummer     INTEGER      NOT NULL,
    fremdrift       VARCHAR(20)  NOT NULL,
    virkning_fra    DATE         NOT NULL,
    virkning_til    DATE,
    aktoer_bruger   VARCHAR(255) NOT NULL,
    aktoer_rolle    VARCHAR(20)  NOT NULL,
    registreret_fra TIMESTAMPTZ  NOT NULL,
    registreret_til TIMESTAMPTZ,
    PRIMARY KEY (sag_id, politik, loebenummer)
);
CREATE INDEX sag_fremdrift_troet ON sag_fremdrift (sag_id, politik) WHERE registreret_til IS NULL;

-- Periods i bero (paused for sagsbehandlingstid): from SagSatIBero until SagGenoptaget or closing (til NULL = still).
CREATE TABLE sag_i_bero (
    sag_id       UUID    NOT NULL,
    loebenummer  INTEGER NOT NULL,
    fra          DATE    NOT NULL,
    til          DATE,
    anmodning_id UUID,
    PRIMARY KEY (sag_id, loebenummer)
);
