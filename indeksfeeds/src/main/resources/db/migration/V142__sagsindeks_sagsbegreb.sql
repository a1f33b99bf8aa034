-- The Sagsindeks feed delivers each kommune's configured case concept (ADR 0014). Owned by dk.careledger.indeksfeed.

-- The feed's working state is now a citizen's whole fact set (a borgersag or forløb sag groups several of the citizen's
-- sager, bevillinger and forløb): keyed by borger, as sagsbegreb_fakta. The per-sag store of V140 is no longer used.
CREATE TABLE feed_borger_fakta (LIKE sag_fakta INCLUDING ALL);
CREATE TABLE feed_borger_reference (LIKE sag_reference INCLUDING ALL);
DROP TABLE feed_sag_fakta;
DROP TABLE feed_sag_reference;

-- Which citizen each delivered index sag (leverance_seneste.emne_id of the SAGSINDEKS feed) belongs to, so a step or an
-- afstemning finds every index sag the citizen has been given — also those the variant in force no longer has, which
-- get a Fjern. Part of the log: written with the delivery, never emptied by a rebuild.
CREATE TABLE leverance_sagsindeks_borger (
    emne_id  UUID PRIMARY KEY,
    borger_id UUID NOT NULL
);
CREATE INDEX leverance_sagsindeks_borger_borger ON leverance_sagsindeks_borger (borger_id);

-- Per citizen, the highest global event index of a fact the feed has evaluated: a step at or below it is never
-- delivered again (a rebuild replays the facts and appends nothing, also for index sager that only existed in between
-- under the configuration as it is now). Part of the log: never emptied by a rebuild.
CREATE TABLE leverance_sagsindeks_daekket (
    borger_id      UUID PRIMARY KEY,
    globalt_indeks BIGINT NOT NULL
);

-- What was delivered before this migration: every index sag was a ledger sag of one citizen.
INSERT INTO leverance_sagsindeks_borger (emne_id, borger_id)
    SELECT emne_id, (indhold::jsonb ->> 'borgerId')::uuid FROM leverance_seneste
    WHERE feed = 'SAGSINDEKS' AND indhold::jsonb ->> 'borgerId' IS NOT NULL;
INSERT INTO leverance_sagsindeks_daekket (borger_id, globalt_indeks)
    SELECT b.borger_id, max(s.globalt_indeks) FROM leverance_seneste s JOIN leverance_sagsindeks_borger b ON b.emne_id = s.emne_id
    WHERE s.feed = 'SAGSINDEKS' GROUP BY b.borger_id;

-- The new working state is filled by replaying the events: without a position the engine rebuilds the feed from the first
-- event (appending nothing already covered); an afstemning then delivers what the configuration now gives.
DELETE FROM projektion_position WHERE navn = 'sagsindeks-feed';
