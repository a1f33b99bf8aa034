-- Sagsbehandlingsfrister (RSL § 3): the longest time from a received application to the afgørelse being sent, set
-- per area by each kommunalbestyrelse and published. CONFIGURATION, not a projection table: it is edited through
-- PUT /api/konfiguration/sagsbehandlingsfrister, never emptied by a rebuild.
--
-- Effective-dated and append-only: a change is a new row. For a sag the rule in force on the day its clock started
-- applies; among the rows that match, the most specific wins — the sag's own kommune before '00000000' (all
-- kommuner unless configured), a row for the applied-for indsats before a row for the KLE area only, a longer KLE
-- prefix before a shorter one; then the latest gyldig_fra, then the latest registreret (a correction).
-- kle_praefiks is a KLE hovedgruppe (27), gruppe (27.36) or emne (27.36.04) and must match the sag's KLE; a row with
-- an indsats_kode also needs that indsats among the ones applied for.
CREATE TABLE sagsbehandlingsfrist (
    id              BIGSERIAL     PRIMARY KEY,
    kommune         VARCHAR(8)    NOT NULL,
    kle_praefiks    VARCHAR(8)    NOT NULL,
    indsats_kode    VARCHAR(40),
    frist_dage      INTEGER       NOT NULL CHECK (frist_dage > 0),
    gyldig_fra      DATE          NOT NULL,
    registreret     TIMESTAMPTZ   NOT NULL,
    registreret_af  VARCHAR(255)  NOT NULL
);
CREATE INDEX sagsbehandlingsfrist_kommune ON sagsbehandlingsfrist (kommune);

-- Defaults for every kommune, after the published local frister quoted in the domain brief §5 (Bornholm: personlig
-- pleje 1 week, praktisk hjælp 2 weeks, aflastning 4 weeks, hjælpemidler 8 weeks; Randers: SEL § 85 8 weeks).
-- The indsats rows use the KLE gruppe 27.36 so they also match a visitation sag (27.36.20). Where only the KLE area
-- is known, personlig og praktisk hjælp takes the shorter frist: the application may concern personlig pleje.
INSERT INTO sagsbehandlingsfrist (kommune, kle_praefiks, indsats_kode, frist_dage, gyldig_fra, registreret, registreret_af) VALUES
    ('00000000', '27.36',    'SEL-83-PP',        7, DATE '2000-01-01', TIMESTAMPTZ '2026-01-01 00:00:00+00', 'standard'),
    ('00000000', '27.36',    'SEL-83-PH',       14, DATE '2000-01-01', TIMESTAMPTZ '2026-01-01 00:00:00+00', 'standard'),
    ('00000000', '27.36.04', NULL,               7, DATE '2000-01-01', TIMESTAMPTZ '2026-01-01 00:00:00+00', 'standard'),
    ('00000000', '27.36',    'SEL-84-AFL',      28, DATE '2000-01-01', TIMESTAMPTZ '2026-01-01 00:00:00+00', 'standard'),
    ('00000000', '27.36.08', NULL,              28, DATE '2000-01-01', TIMESTAMPTZ '2026-01-01 00:00:00+00', 'standard'),
    ('00000000', '27.34.25', NULL,              28, DATE '2000-01-01', TIMESTAMPTZ '2026-01-01 00:00:00+00', 'standard'),
    ('00000000', '27.34.10', NULL,               7, DATE '2000-01-01', TIMESTAMPTZ '2026-01-01 00:00:00+00', 'standard'),
    ('00000000', '27.36.12', NULL,              56, DATE '2000-01-01', TIMESTAMPTZ '2026-01-01 00:00:00+00', 'standard'),
    ('00000000', '27.60',    NULL,              56, DATE '2000-01-01', TIMESTAMPTZ '2026-01-01 00:00:00+00', 'standard');
