-- Configuration, not a projection table: what Borgerblikket (the citizen's own view on borger.dk, issue 4 item 5) shows
-- of a kommune's sager, per KLE prefix, effective-dated. Never emptied by a rebuild. Rows are only added (by
-- dk.careledger.projection.borgerblik.laesning.Borgerblikindstillinger, over POST /api/borgerblik/konfiguration); every row is a
-- complete setting. The setting for a sag on a day is the row with the longest KLE prefix ('' = all) covering the sag's
-- emne among the owner kommune's rows with gyldig_fra on or before that day; ties: latest gyldig_fra, then latest
-- registreret, then highest id (as sag_politik_konfiguration). Without a row: KLE title, no document titles, no fradato,
-- no niveau 2, not hidden (dk.careledger.projection.borgerblik.laesning.Borgerbliksindstilling#STANDARD says why).
--
-- titel_kilde        SAG: the sag's own title; KLE: the KLE emne's title from the catalogue.
-- dokumenttitler     the kommune opted in to show the titles (never the contents) of the sag's letters.
-- fradato            only sager that arose (opstaaet_dato) on or after this day are shown; NULL: no limit.
-- vis_aeldre_aktive  with a fradato: also show older sager that are still active (not Afsluttet under the policy).
-- niveau2            solution B: also show the names of the bevilgede ydelser on the sag.
-- skjul_for_borger   Visningsklasse "not shown to the citizen": the sager are hidden (the Sagsindeks feed reads the same).
CREATE TABLE borgerblik_konfiguration (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kommune           VARCHAR(8)   NOT NULL,
    kle_praefiks      VARCHAR(8)   NOT NULL,
    gyldig_fra        DATE         NOT NULL,
    titel_kilde       VARCHAR(3)   NOT NULL CHECK (titel_kilde IN ('SAG', 'KLE')),
    dokumenttitler    BOOLEAN      NOT NULL,
    fradato           DATE,
    vis_aeldre_aktive BOOLEAN      NOT NULL,
    niveau2           BOOLEAN      NOT NULL,
    skjul_for_borger  BOOLEAN      NOT NULL,
    registreret       TIMESTAMPTZ  NOT NULL,
    registreret_af    VARCHAR(255) NOT NULL,
    CONSTRAINT borgerblik_konfiguration_praefiks CHECK (kle_praefiks ~ '^([0-9]{2}(\.[0-9]{2}(\.[0-9]{2})?)?)?$')
);
CREATE INDEX borgerblik_konfiguration_kommune ON borgerblik_konfiguration (kommune, gyldig_fra);
