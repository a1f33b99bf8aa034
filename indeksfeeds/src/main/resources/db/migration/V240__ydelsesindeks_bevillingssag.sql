-- Issue 15 item 6: the Ydelsesindeks' Bevillingssag names the index sag the Sagsindeks holds for the bevilling's sag under
-- the kommune's case concept (a borgersag, a forløb's sag, or the ledger sag). The feed's working state learns what decides
-- that: each sag's kommune, KLE, citizen and forløb, each forløb's kommune and KLE, and each bevilling's sag (to find the
-- bevillinger a regrouping touches). A projection table rebuilt from events, so emptied and refilled: without a stored
-- position the engine rebuilds the feed from the first event, and the rebuild appends nothing it already covers (V140).
TRUNCATE feed_bevilling, feed_sag_ramme;
DELETE FROM projektion_position WHERE navn = 'ydelsesindeks-feed';

ALTER TABLE feed_sag_ramme
    ADD COLUMN ejer       VARCHAR(8)  NOT NULL,
    ADD COLUMN kle_nummer VARCHAR(20) NOT NULL,
    ADD COLUMN borger_id  UUID        NOT NULL,
    ADD COLUMN forloeb_id UUID;

ALTER TABLE feed_bevilling ADD COLUMN sag_id UUID;
CREATE INDEX feed_bevilling_sag ON feed_bevilling (sag_id);

CREATE TABLE feed_forloeb_ramme (
    forloeb_id UUID        PRIMARY KEY,
    kommune    VARCHAR(8)  NOT NULL,
    kle_nummer VARCHAR(20) NOT NULL
);
