-- Tamper evidence for the event store (ADR 0024): every row of domain_event_entry gets a leaf hash, computed by
-- PostgreSQL inside the transaction that inserts the row (a statement trigger with a transition table, so one
-- INSERT ... SELECT per statement; it fires for Axon's batched INSERTs, for the bulk loader's COPY and for a
-- migration's INSERT alike). The sealer (app, dk.careledger.app.bevis.Forsegler) later chains the leaves in
-- global_index order and signs checkpoints; the verifier recomputes every leaf from the row in Java.
--
-- The leaf: SHA-256 over a canonical, length-prefixed concatenation of every column, global_index included:
--   'care-ledger haendelse v1' || int8(global_index) || t(event_identifier) || t(aggregate_identifier)
--   || int8(sequence_number) || t(type) || t(time_stamp) || t(payload_type) || t(payload_revision)
--   || b(payload) || b(meta_data)
-- where int8 is 8 bytes big-endian, b(x) is int4(length of x) || x, t(x) is b(x as UTF-8), and NULL is int4(-1).

CREATE FUNCTION bevis_felt(felt BYTEA) RETURNS BYTEA IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
    SELECT CASE WHEN felt IS NULL THEN int4send(-1) ELSE int4send(length(felt)) || felt END
$$;

CREATE FUNCTION bevis_tekst(felt TEXT) RETURNS BYTEA IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
    SELECT bevis_felt(convert_to(felt, 'UTF8'))
$$;

CREATE FUNCTION haendelse_blad(e domain_event_entry) RETURNS BYTEA IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
    SELECT sha256(convert_to('care-ledger haendelse v1', 'UTF8') || int8send(e.global_index)
        || bevis_tekst(e.event_identifier) || bevis_tekst(e.aggregate_identifier) || int8send(e.sequence_number)
        || bevis_tekst(e.type) || bevis_tekst(e.time_stamp) || bevis_tekst(e.payload_type)
        || bevis_tekst(e.payload_revision) || bevis_felt(e.payload) || bevis_felt(e.meta_data))
$$;

-- One leaf per event, written once. Append-only like the access log: UPDATE, DELETE and TRUNCATE are refused for
-- everyone (someone who can drop the trigger can do anything; that is what the signed checkpoints are for).
CREATE TABLE haendelse_blad (
    global_index BIGINT NOT NULL,
    blad         BYTEA  NOT NULL,
    CONSTRAINT haendelse_blad_pk PRIMARY KEY (global_index)
);

CREATE FUNCTION haendelse_blad_tilfoej() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO haendelse_blad (global_index, blad) SELECT n.global_index, haendelse_blad(n) FROM nye n;
    RETURN NULL;
END;
$$;

CREATE TRIGGER haendelse_bevis AFTER INSERT ON domain_event_entry
    REFERENCING NEW TABLE AS nye FOR EACH STATEMENT EXECUTE FUNCTION haendelse_blad_tilfoej();

CREATE FUNCTION bevis_kun_tilfoejelse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% er kun til tilføjelse: % er ikke tilladt', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER haendelse_blad_ingen_aendring BEFORE UPDATE OR DELETE ON haendelse_blad
    FOR EACH ROW EXECUTE FUNCTION bevis_kun_tilfoejelse();
CREATE TRIGGER haendelse_blad_ingen_toemning BEFORE TRUNCATE ON haendelse_blad
    FOR EACH STATEMENT EXECUTE FUNCTION bevis_kun_tilfoejelse();

-- Events stored before this migration (and by migrations before it) get their leaves now.
INSERT INTO haendelse_blad (global_index, blad) SELECT e.global_index, haendelse_blad(e) FROM domain_event_entry e;
