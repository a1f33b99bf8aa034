-- The access log's leaf (ADR 0024), computed by the same statement trigger in the same inserting transaction, with the
-- same bytes as V220's adgangslog_blad(a), but written out in one expression of built-in functions (ADR 0019,
-- amendment of 2026-12-08).
--
-- Why: adgangslog_blad(a) and bevis_tekst(x) are IMMUTABLE SQL functions whose bodies call convert_to and extract,
-- which are only STABLE, so PostgreSQL never inlines them: each call runs as its own SQL function, whose body is
-- parsed and planned again in every statement that calls it. A read of one citizen inserts one row in one statement,
-- so every such insert paid eight function plannings: about 0.7-1.8 ms of the database's time against 0.1 ms for
-- the insert itself (measured on the 2-core benchmark machine under load). The expression below is planned once per
-- connection (PL/pgSQL keeps the plan) and computes the same leaf; AdgangslogBladTest holds the two and the Java
-- verifier (Bevislog) to the same bytes.
--
-- Nothing else changes: the trigger adgangslog_bevis still fires once per INSERT statement (the application's, a
-- migration's or anyone's with database access) and writes every new row's leaf before the statement ends; V220's
-- adgangslog_blad(a) stays as the readable definition of the leaf.
CREATE OR REPLACE FUNCTION adgangslog_blad_tilfoej() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO adgangslog_blad (loebenummer, blad)
    SELECT n.loebenummer, sha256(convert_to('care-ledger adgangslog v1', 'UTF8') || int8send(n.loebenummer)
        || int8send((extract(epoch FROM n.tidspunkt) * 1000000)::BIGINT)
        || int4send(octet_length(convert_to(n.bruger_id, 'UTF8'))) || convert_to(n.bruger_id, 'UTF8')
        || int4send(octet_length(convert_to(n.rolle, 'UTF8'))) || convert_to(n.rolle, 'UTF8')
        || int4send(octet_length(convert_to(n.kommune::TEXT, 'UTF8'))) || convert_to(n.kommune::TEXT, 'UTF8')
        || int4send(octet_length(convert_to(n.borger_id::TEXT, 'UTF8'))) || convert_to(n.borger_id::TEXT, 'UTF8')
        || int4send(octet_length(convert_to(n.visning, 'UTF8'))) || convert_to(n.visning, 'UTF8')
        || CASE WHEN n.reference IS NULL THEN int4send(-1)
                ELSE int4send(octet_length(convert_to(n.reference, 'UTF8'))) || convert_to(n.reference, 'UTF8') END
        || CASE WHEN n.formaal IS NULL THEN int4send(-1)
                ELSE int4send(octet_length(convert_to(n.formaal, 'UTF8'))) || convert_to(n.formaal, 'UTF8') END)
    FROM nye n;
    RETURN NULL;
END;
$$;
