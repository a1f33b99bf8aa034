-- Feeds to KOMBIT's indexes (issue 4). Owned by dk.careledger.indeksfeed.

-- The deliveries, per feed (SAGSINDEKS, YDELSESINDEKS): an append-only log that receivers pull after a cursor
-- (loebenummer). Rows are never changed or deleted — a changed policy or a corrected projection adds correcting
-- deliveries after them — so a receiver replaying from zero always reads the same deliveries. loebenummer is assigned
-- contiguously per feed under an advisory lock held to commit, so a reader never sees a later number before an
-- earlier one. leverance_id is stable (name-based on feed, subject and the step it covers) for deduplication.
-- indhold is the registration with pseudonymous references only (borgerId, the encrypted title); personal values are
-- resolved when a delivery is rendered.
CREATE TABLE leverance (
    feed           VARCHAR(20)  NOT NULL,
    loebenummer    BIGINT       NOT NULL,
    leverance_id   UUID         NOT NULL UNIQUE,
    emne_id        UUID         NOT NULL,
    operation      VARCHAR(20)  NOT NULL,
    aarsag         VARCHAR(20)  NOT NULL,
    tidspunkt      TIMESTAMPTZ  NOT NULL,
    globalt_indeks BIGINT       NOT NULL,
    indhold        TEXT         NOT NULL,
    PRIMARY KEY (feed, loebenummer)
);
CREATE INDEX leverance_emne ON leverance (feed, emne_id, loebenummer);

-- What each receiver has last been given per subject: the latest delivery of it and the highest global event index
-- it covers. A step covered by a delivery is never delivered again (a rebuild of the feed's working state replays the
-- facts without re-emitting), which keeps the log append-only.
CREATE TABLE leverance_seneste (
    feed           VARCHAR(20)  NOT NULL,
    emne_id        UUID         NOT NULL,
    loebenummer    BIGINT       NOT NULL,
    globalt_indeks BIGINT       NOT NULL,
    indhold        TEXT         NOT NULL,
    PRIMARY KEY (feed, emne_id)
);

-- Registrations that failed schema validation or the anvisning checks: not delivered (bad data is never sent); the
-- subject's next valid registration is delivered. One row per subject and step.
CREATE TABLE leverance_blokeret (
    feed           VARCHAR(20)  NOT NULL,
    emne_id        UUID         NOT NULL,
    globalt_indeks BIGINT       NOT NULL,
    tidspunkt      TIMESTAMPTZ  NOT NULL,
    fejl           TEXT         NOT NULL,
    PRIMARY KEY (feed, emne_id, globalt_indeks)
);

-- The Sagsindeks feed's working state: the facts of each sag (same columns and meaning as sag_fakta), so the feed
-- recomputes a sag's registration on its own, independent of the sager projection's position and rebuilds.
CREATE TABLE feed_sag_fakta (LIKE sag_fakta INCLUDING ALL);
CREATE TABLE feed_sag_reference (LIKE sag_reference INCLUDING ALL);
