-- The partshøringer awaiting the citizen's answer (issue 16 item 5: partshøring svarfrister on the caseworker's start
-- page): one row per partshøring sent (FVL § 19), its svarfrist, and the day it was answered. The sag's kommune, unit
-- and citizen come from arbejdsliste_sag when the list is read.
CREATE TABLE arbejdsliste_partshoering (
    partshoering_id  UUID PRIMARY KEY,
    sag_id           UUID NOT NULL,
    sendt_dato       DATE NOT NULL,
    svarfrist        DATE NOT NULL,
    besvaret_dato    DATE
);
CREATE INDEX arbejdsliste_partshoering_aaben ON arbejdsliste_partshoering (sag_id) WHERE besvaret_dato IS NULL;
