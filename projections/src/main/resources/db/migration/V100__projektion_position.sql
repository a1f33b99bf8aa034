-- Projections own their tables; their migrations are numbered from V100 (command-side keeps V1-V99).
-- Where each projection has come to in the event stream: Axon's gap-aware position (highest global index seen and
-- the lower indexes not yet committed when it was read), written in the same transaction as the projection's rows,
-- so a projection is always exactly as far as its position says.
CREATE TABLE projektion_position (
    navn        VARCHAR(100) PRIMARY KEY,
    indeks      BIGINT,
    huller      BIGINT[]     NOT NULL DEFAULT '{}',
    behandlet   BIGINT       NOT NULL DEFAULT 0,
    opdateret   TIMESTAMPTZ  NOT NULL
);
