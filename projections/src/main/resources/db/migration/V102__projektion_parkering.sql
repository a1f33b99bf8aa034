-- A projection that cannot apply an event parks it and stops, alone (ADR 0012, "Poison events and holes"): one row
-- per parking, never deleted. The event is named by its global index and what identifies it in domain_event_entry;
-- the operator's decision (GENOPTAGET: try it again; OVERSPRUNGET: skip it, for this projection only; GENOPBYGGET:
-- the projection was rebuilt from the first event) is written once into the same row, with who, when and why. An
-- open parking (no decision yet) keeps the projection stopped across restarts; an OVERSPRUNGET row keeps the event
-- skipped for that projection in every later rebuild.
CREATE TABLE projektion_parkering (
    id              BIGSERIAL    PRIMARY KEY,
    navn            VARCHAR(100) NOT NULL,
    global_indeks   BIGINT       NOT NULL,
    aggregat_id     VARCHAR(255),
    sekvens         BIGINT,
    haendelsestype  VARCHAR(255),
    fejl            TEXT         NOT NULL,
    parkeret        TIMESTAMPTZ  NOT NULL,
    beslutning      VARCHAR(20)  CHECK (beslutning IN ('GENOPTAGET', 'OVERSPRUNGET', 'GENOPBYGGET')),
    besluttet_af    VARCHAR(100),
    besluttet       TIMESTAMPTZ,
    begrundelse     TEXT,
    CONSTRAINT projektion_parkering_beslutning_hel CHECK ((beslutning IS NULL) = (besluttet IS NULL))
);

-- At most one open parking per projection: it is what stops it.
CREATE UNIQUE INDEX projektion_parkering_aaben ON projektion_parkering (navn) WHERE beslutning IS NULL;
-- The skipped events, read at start and before a rebuild.
CREATE INDEX projektion_parkering_oversprunget ON projektion_parkering (navn, global_indeks) WHERE beslutning = 'OVERSPRUNGET';
