-- Projection "sagsbegreb" (issue 3): the sag list a kommune would keep under each case-concept variant, projected
-- from the same facts. Owned and written only by dk.careledger.projection.sag.sagsbegreb.SagsbegrebProjektion.

-- The facts of each citizen (sager, forløb, bevillinger), keyed by borger; same columns as sag_fakta.
CREATE TABLE sagsbegreb_fakta (
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

-- Which citizen(s) a sag, bevilling or forløb belongs to, for its later facts.
CREATE TABLE sagsbegreb_reference (
    ref_id UUID NOT NULL,
    noegle UUID NOT NULL,
    PRIMARY KEY (ref_id, noegle)
);

-- One row per sag under a variant (see dk.careledger.projection.sag.sagsbegreb.laesning.VariantSag). tidslinje is the row's
-- fremdrift as JSON [{"fremdrift","fra","til"}] (virkning; til null = open); the current state is found at query time.
CREATE TABLE sagsbegreb_sag (
    id                 UUID         PRIMARY KEY,
    variant            VARCHAR(30)  NOT NULL,
    noegle             VARCHAR(200) NOT NULL,
    kommune            VARCHAR(8)   NOT NULL,
    borger_id          UUID         NOT NULL,
    omraade            VARCHAR(8),
    titel_basis        VARCHAR(20)  NOT NULL,
    titel_kode         VARCHAR(100),
    titel_ejer         UUID,
    titel_chiffertekst TEXT,
    fremdrift          VARCHAR(20)  NOT NULL,
    fremdrift_fra      DATE         NOT NULL,
    opstaaet_dato      DATE         NOT NULL,
    afsluttet_dato     DATE,
    tidslinje          TEXT         NOT NULL,
    sag_ids            UUID[]       NOT NULL,
    bevilling_ids      UUID[]       NOT NULL,
    forloeb_id         UUID
);
CREATE INDEX sagsbegreb_sag_borger ON sagsbegreb_sag (borger_id);
CREATE INDEX sagsbegreb_sag_variant_kommune ON sagsbegreb_sag (variant, kommune);
CREATE INDEX sagsbegreb_sag_sager ON sagsbegreb_sag USING GIN (sag_ids);
