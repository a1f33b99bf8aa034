-- Typed facts (issue 12): the fact stores of the projections "sager", "sagsbegreb" and "sagsindeks-feed" take one
-- shape, kept here once (the feed's table, in module indeksfeeds, is recreated LIKE sag_fakta by V161). A fact is one row: its key, the header every fact has as columns, its kind (the event's name,
-- haendelse) and the kind's own typed fields as jsonb (see dk.careledger.projection.fakta.Faktum and Faktajson), in
-- place of the generic d1-d3, r1-r3, k1-k3, flag, tekst and data columns of V110, V111 and V142.
--
-- These are projection tables: working state rebuilt from the events, never a source of truth. So they are dropped
-- and created anew, not converted, and the three projections are rebuilt (below). Each projection keeps its own fact and
-- reference tables, because a rebuild empties the store of the projection it rebuilds and no other.
DROP TABLE sag_fakta;
DROP TABLE sagsbegreb_fakta;

CREATE TABLE sag_fakta (
    noegle           UUID         NOT NULL,
    globalt_indeks   BIGINT       NOT NULL,
    haendelse        VARCHAR(40)  NOT NULL,
    emne             UUID         NOT NULL,
    registreringstid TIMESTAMPTZ  NOT NULL,
    kommune          VARCHAR(8)   NOT NULL,
    bruger           VARCHAR(255) NOT NULL,
    rolle            VARCHAR(20)  NOT NULL,
    faktum           JSONB        NOT NULL,
    PRIMARY KEY (noegle, globalt_indeks)
);
CREATE TABLE sagsbegreb_fakta (LIKE sag_fakta INCLUDING ALL);

-- The references are derived from the same facts; emptied so that the replay below rebuilds facts and references together.
TRUNCATE sag_reference, sagsbegreb_reference;

-- Without a stored position the engine rebuilds a projection from the first event (as V142 did for the feed). The
-- sager and sagsbegreb rows are recomputed from the replayed facts, and rows no sag or citizen has any more are deleted
-- as they are recomputed.
DELETE FROM projektion_position WHERE navn IN ('sager', 'sagsbegreb');
