-- Projection "ydelsesindeks" (issue 3 item 6): per bevilling its bevilgede ydelse, KLE-tagged on the ydelse, with
-- the optional sag relation (solution C) and the delivered leveringer per period.

-- One row per bevilling (the ledger grants one ydelse per bevilling). The KLE emne comes from the indsats catalogue
-- (BevillingGivet.kleNummer); hovedgruppe (NN), gruppe (NN.NN) and emne (NN.NN.NN) are separate columns so a filter
-- on any level is an index lookup (solution D).
-- Dates: startdato NULL = venteliste; slutdato = last granted day (inclusive); ophoersdato = first day without the
-- ydelse (exclusive, as in the indexes); slut = the last day the ydelse runs = min(slutdato, ophoersdato - 1).
-- Status (VENTELISTE, FREMTIDIG, AKTIV, OPHOERT) depends on today and is computed at query time from these dates.
CREATE TABLE ydelse (
    bevilling_id                  UUID         PRIMARY KEY,
    borger_id                     UUID         NOT NULL,
    kommune                       TEXT         NOT NULL,
    sag_id                        UUID,
    afgoerelse_id                 UUID,
    indsats_kode                  TEXT         NOT NULL,
    kle_hovedgruppe               TEXT         NOT NULL,
    kle_gruppe                    TEXT         NOT NULL,
    kle_emne                      TEXT         NOT NULL,
    hjemmel                       TEXT         NOT NULL,
    ydelsestype                   TEXT         NOT NULL,
    bevilget_dato                 DATE         NOT NULL,
    startdato                     DATE,
    slutdato                      DATE,
    ophoersdato                   DATE,
    ophoersaarsag                 TEXT,
    slut                          DATE,
    omfang_minutter               INTEGER,
    omfang_periode                TEXT,
    omfang_gange                  INTEGER,
    omfang_fra                    DATE,
    ramme_minutter                INTEGER,
    ramme_periode                 TEXT,
    ramme_gange                   INTEGER,
    egenbetaling_oere             BIGINT,
    beloeb_oere                   BIGINT,
    leverandoer                   TEXT,
    leverandoer_kommune           TEXT,
    bestilt_dato                  DATE,
    seneste_opfoelgning           DATE,
    seneste_opfoelgning_resultat  TEXT,
    naeste_opfoelgning            DATE,
    registreret                   TIMESTAMPTZ  NOT NULL,
    opdateret                     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX ydelse_borger ON ydelse (borger_id);
CREATE INDEX ydelse_sag ON ydelse (sag_id) WHERE sag_id IS NOT NULL;
CREATE INDEX ydelse_kommune ON ydelse (kommune);
CREATE INDEX ydelse_kle_hovedgruppe ON ydelse (kle_hovedgruppe);
CREATE INDEX ydelse_kle_gruppe ON ydelse (kle_gruppe);
CREATE INDEX ydelse_kle_emne ON ydelse (kle_emne);

-- Leveringer per bevilling and period (periodetype UGE = ISO week starting Monday, MAANED = calendar month), by the
-- day of the levering's moment in Europe/Copenhagen. antal/minutter_leveret count every delivered visit, planned or
-- not; antal/minutter_uplanlagt are the unplanned (UC8) among them. Additive: each batch adds its counts.
CREATE TABLE ydelse_levering_periode (
    bevilling_id              UUID         NOT NULL,
    periodetype               TEXT         NOT NULL,
    periode_start             DATE         NOT NULL,
    periode                   TEXT         NOT NULL,
    antal_leveret             INTEGER      NOT NULL,
    minutter_leveret          BIGINT       NOT NULL,
    antal_uplanlagt           INTEGER      NOT NULL,
    minutter_uplanlagt        BIGINT       NOT NULL,
    antal_ikke_leveret        INTEGER      NOT NULL,
    antal_erstatning_tilbudt  INTEGER      NOT NULL,
    PRIMARY KEY (bevilling_id, periodetype, periode_start)
);

-- Visits not delivered, per bevilling, period and reason (IkkeLeveretAarsag), with how many got a replacement offer.
CREATE TABLE ydelse_ikke_leveret_periode (
    bevilling_id              UUID         NOT NULL,
    periodetype               TEXT         NOT NULL,
    periode_start             DATE         NOT NULL,
    aarsag                    TEXT         NOT NULL,
    antal                     INTEGER      NOT NULL,
    antal_erstatning_tilbudt  INTEGER      NOT NULL,
    PRIMARY KEY (bevilling_id, periodetype, periode_start, aarsag)
);
