-- One key for all nodes (issue 14, ADR 0009, 0017): a fingerprint of the master key that the personal data in this
-- database is encrypted under. Nodes sharing the database compare their own key's fingerprint with it at start-up and
-- refuse to start on a different key, which would otherwise leave each node unable to decrypt the citizens the others
-- registered, and give one CPR number a second borger_id (ident_hmac is keyed by the master key).
-- The first node to start stores its fingerprint (INSERT ... ON CONFLICT DO NOTHING, then read back: one row wins).
-- The fingerprint is an HMAC of a fixed label under a key derived from the master key (MasterNoegle.fingeraftryk):
-- it identifies the key, and neither reveals it nor lets anyone compute the look-up HMACs of CPR numbers.
CREATE TABLE master_noegle_fingeraftryk (
    -- Exactly one row: the key is always TRUE.
    eneste       BOOLEAN     PRIMARY KEY DEFAULT TRUE CHECK (eneste),
    fingeraftryk BYTEA       NOT NULL CHECK (octet_length(fingeraftryk) = 32),
    gemt         TIMESTAMPTZ NOT NULL DEFAULT now()
);
