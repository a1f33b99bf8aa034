-- Configuration, not a projection table: which closing policy (dk.careledger.projection.sag.laesning.Politik) and which case
-- concept (dk.careledger.projection.sag.laesning.Sagsbegreb) a kommune uses, per KLE prefix, effective-dated. Never emptied by a
-- rebuild. Rows are only added (by dk.careledger.projection.sag.politik.laesning.Politikindstillinger); the setting for a sag on a
-- day is the row with the longest KLE prefix matching the sag's emne among the kommune's rows with gyldig_fra on or before
-- that day (ties: latest gyldig_fra, then latest registreret). Without a row: VED_AFGOERELSE + ENKELTSAGER.
CREATE TABLE sag_politik_konfiguration (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kommune        VARCHAR(8)   NOT NULL,
    kle_praefiks   VARCHAR(8)   NOT NULL,
    politik        VARCHAR(30)  NOT NULL,
    sagsbegreb     VARCHAR(30)  NOT NULL,
    gyldig_fra     DATE         NOT NULL,
    registreret    TIMESTAMPTZ  NOT NULL,
    registreret_af VARCHAR(255) NOT NULL,
    CONSTRAINT sag_politik_konfiguration_praefiks CHECK (kle_praefiks ~ '^([0-9]{2}(\.[0-9]{2}(\.[0-9]{2})?)?)?$')
);
CREATE INDEX sag_politik_konfiguration_kommune ON sag_politik_konfiguration (kommune, gyldig_fra);
