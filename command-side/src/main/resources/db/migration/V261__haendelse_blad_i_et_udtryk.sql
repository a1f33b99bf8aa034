-- The event store's leaf (ADR 0024), computed by the same statement trigger in the same appending transaction, with
-- the same bytes as V10's haendelse_blad(e), but written out in one expression of built-in functions, as app V260 did
-- for the access log.
--
-- Why: haendelse_blad(e), bevis_tekst(x) and bevis_felt(x) are IMMUTABLE SQL functions whose bodies call convert_to,
-- which is only STABLE, so PostgreSQL never inlines them: each call runs as its own SQL function, parsed and planned
-- again in every statement that calls it. Axon appends an aggregate's new events as a JDBC batch of one-row INSERTs,
-- so every stored event paid some eighteen function plannings in its trigger. The expression below is planned once per
-- connection (PL/pgSQL keeps the plan). HaendelseBladTest holds it, V10's definition and the Java verifier
-- (Bevislog.HAENDELSER) to the same bytes.
--
-- Nothing else changes: the trigger haendelse_bevis still fires once per INSERT or COPY statement (Axon's, the bulk
-- loader's, a migration's or anyone's with database access) and writes every new row's leaf before the statement
-- ends; V10's haendelse_blad(e) stays as the readable definition of the leaf.
CREATE OR REPLACE FUNCTION haendelse_blad_tilfoej() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO haendelse_blad (global_index, blad)
    SELECT n.global_index, sha256(convert_to('care-ledger haendelse v1', 'UTF8') || int8send(n.global_index)
        || int4send(octet_length(convert_to(n.event_identifier, 'UTF8'))) || convert_to(n.event_identifier, 'UTF8')
        || int4send(octet_length(convert_to(n.aggregate_identifier, 'UTF8'))) || convert_to(n.aggregate_identifier, 'UTF8')
        || int8send(n.sequence_number)
        || CASE WHEN n.type IS NULL THEN int4send(-1)
                ELSE int4send(octet_length(convert_to(n.type, 'UTF8'))) || convert_to(n.type, 'UTF8') END
        || int4send(octet_length(convert_to(n.time_stamp, 'UTF8'))) || convert_to(n.time_stamp, 'UTF8')
        || int4send(octet_length(convert_to(n.payload_type, 'UTF8'))) || convert_to(n.payload_type, 'UTF8')
        || CASE WHEN n.payload_revision IS NULL THEN int4send(-1)
                ELSE int4send(octet_length(convert_to(n.payload_revision, 'UTF8'))) || convert_to(n.payload_revision, 'UTF8') END
        || int4send(length(n.payload)) || n.payload
        || CASE WHEN n.meta_data IS NULL THEN int4send(-1) ELSE int4send(length(n.meta_data)) || n.meta_data END)
    FROM nye n;
    RETURN NULL;
END;
$$;
