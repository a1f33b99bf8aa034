-- Issue 15 item 5 (ADR 0021): the Sagsindeks feed reconciles a kommune the moment it applies a fact of the kommune's
-- settings (policy, case concept, Borgerblik). Kept with the delivery log, never emptied by a rebuild: the highest
-- global index of such a fact already reconciled, so replaying the facts in a rebuild reconciles nothing twice.
CREATE TABLE leverance_sagsindeks_indstilling (
    feed           VARCHAR(20) PRIMARY KEY,
    globalt_indeks BIGINT      NOT NULL
);
