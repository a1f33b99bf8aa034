-- Typed facts (issue 12) for the Sagsindeks feed: its fact store takes the one shape V160 gives sag_fakta (a projection
-- table rebuilt from events, so dropped and created anew, not converted), its references are emptied with it, and
-- without a stored position the engine rebuilds the feed from the first event. The feed's delivery log is kept, and
-- the rebuild appends nothing it already covers.
DROP TABLE feed_borger_fakta;
CREATE TABLE feed_borger_fakta (LIKE sag_fakta INCLUDING ALL);
TRUNCATE feed_borger_reference;
DELETE FROM projektion_position WHERE navn = 'sagsindeks-feed';
