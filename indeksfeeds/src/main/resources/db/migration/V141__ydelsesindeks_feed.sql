-- The Ydelsesindeks feed's working state (dk.careledger.indeksfeed.ydelsesindeks.YdelsesindeksFeedProjektion); emptied and
-- refilled by a rebuild, which appends no deliveries (see V140).

-- Each bevilling's ydelse as the ydelse projection folds it (dk.careledger.projection.ydelse.laesning.YdelseRaekke, as JSON).
CREATE TABLE feed_bevilling (
    bevilling_id UUID PRIMARY KEY,
    raekke       TEXT NOT NULL
);

-- What a bevilling's registration takes from the sag it was given on.
CREATE TABLE feed_sag_ramme (
    sag_id          UUID         PRIMARY KEY,
    sagsnummer      VARCHAR(50)  NOT NULL,
    ansvarlig_enhed VARCHAR(255) NOT NULL,
    foelsomhed      VARCHAR(40)  NOT NULL
);
