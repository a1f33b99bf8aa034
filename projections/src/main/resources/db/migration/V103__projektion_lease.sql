-- One node runs the projections at a time (ADR 0012, "One runner at a time (issue 14)"). The node that holds the
-- session-level advisory lock (1471, 0) on a connection of its own runs them; each node that takes the lock over
-- increments the epoch here, and every batch's position write checks (and share-locks) this row's epoch in its own
-- transaction, so a former holder that was paused past a takeover cannot commit a batch: its write finds another
-- epoch, and its rows roll back with its positions. One row, never deleted.
CREATE TABLE projektion_lease (
    id          BOOLEAN      PRIMARY KEY DEFAULT TRUE CHECK (id),
    epoke       BIGINT       NOT NULL,
    indehaver   VARCHAR(200) NOT NULL,
    overtaget   TIMESTAMPTZ  NOT NULL
);

INSERT INTO projektion_lease (id, epoke, indehaver, overtaget) VALUES (TRUE, 0, '', now());
