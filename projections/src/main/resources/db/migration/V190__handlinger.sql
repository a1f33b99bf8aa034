-- Projection 'handlinger' (issue 17 item 3, "who did what"): one row per stored fact, with who recorded it (user, role,
-- their kommune), when (record time), on which aggregate, the citizen and the sag's ansvarlig enhed it concerns, the
-- kommune that owns the aggregate, and the reason where the fact carries one (a code, or encrypted free text as in the
-- event). Rebuilt from the events like every projection. Aggregate ids are text: most are UUIDs, a kommune's settings
-- aggregate is named by its CVR (ADR 0021). The widths are those of Axon's own columns, so no stored event can fail to fit.
CREATE TABLE handling (
    position            BIGINT       PRIMARY KEY,
    registreret         TIMESTAMPTZ  NOT NULL,
    kommune             VARCHAR(8)   NOT NULL,
    bruger_id           VARCHAR(255) NOT NULL,
    rolle               VARCHAR(40)  NOT NULL,
    aggregattype        VARCHAR(255) NOT NULL,
    aggregat_id         VARCHAR(255) NOT NULL,
    haendelse           VARCHAR(255) NOT NULL,
    ejer                VARCHAR(8),
    borger_id           UUID,
    enhed               TEXT,
    begrundelse_kode    TEXT,
    begrundelse_ejer    UUID,
    begrundelse_chiffer TEXT
);
CREATE INDEX handling_bruger ON handling (bruger_id, registreret, position);
CREATE INDEX handling_borger ON handling (borger_id, registreret, position);
CREATE INDEX handling_enhed ON handling (enhed, registreret, position);

-- What the projection remembers of each aggregate to name the citizen, the owner and the unit of later facts.
CREATE TABLE handling_aggregat (
    aggregat_id VARCHAR(255) PRIMARY KEY,
    borger_id   UUID,
    ejer        VARCHAR(8),
    enhed       TEXT,
    sag_id      VARCHAR(255)
);
