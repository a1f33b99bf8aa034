-- The citizen register: the only place a CPR number (or erstatnings-CPR) or name is stored. Events refer to
-- citizens by borger_id only. Personal fields here are erasable; forgetting a citizen also destroys the
-- citizen's data key, which makes every encrypted free-text field in the event store unreadable (ADR 0009).
CREATE TABLE borger (
    borger_id        UUID PRIMARY KEY,
    identtype        VARCHAR(20)  NOT NULL CHECK (identtype IN ('CPR', 'ERSTATNINGS_CPR', 'ANONYM')),
    -- HMAC-SHA256 of the normalised identifier under a key derived from the master key: lookup without plaintext.
    ident_hmac       BYTEA UNIQUE,
    -- The identifier and the name, encrypted with the citizen's own data key.
    ident_krypteret  TEXT,
    navn_krypteret   TEXT,
    oprettet         TIMESTAMPTZ  NOT NULL,
    oprettet_af      VARCHAR(100) NOT NULL,
    kommune          CHAR(8)      NOT NULL,
    glemt            TIMESTAMPTZ,
    glemt_af         VARCHAR(100),
    glemt_begrundelse VARCHAR(200)
);

-- One AES-256 data key per citizen, wrapped (AES-GCM) with the master key. Deleting the row is crypto-shredding.
CREATE TABLE borger_noegle (
    borger_id        UUID PRIMARY KEY REFERENCES borger (borger_id),
    noegle_indpakket BYTEA NOT NULL
);
