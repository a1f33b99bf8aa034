-- Tamper evidence (ADR 0024), part two: the access log gets leaf hashes the way the event store does (V10), and
-- both logs get their chain and their signed checkpoints.

-- The access log's leaf: SHA-256 over
--   'care-ledger adgangslog v1' || int8(loebenummer) || int8(tidspunkt as microseconds since 1970 UTC)
--   || t(bruger_id) || t(rolle) || t(kommune) || t(borger_id as text) || t(visning) || t(reference) || t(formaal)
-- (t and NULL as in V10).
CREATE FUNCTION adgangslog_blad(a adgangslog) RETURNS BYTEA IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
    SELECT sha256(convert_to('care-ledger adgangslog v1', 'UTF8') || int8send(a.loebenummer)
        || int8send((extract(epoch FROM a.tidspunkt) * 1000000)::BIGINT)
        || bevis_tekst(a.bruger_id) || bevis_tekst(a.rolle) || bevis_tekst(a.kommune::TEXT) || bevis_tekst(a.borger_id::TEXT)
        || bevis_tekst(a.visning) || bevis_tekst(a.reference) || bevis_tekst(a.formaal))
$$;

CREATE TABLE adgangslog_blad (
    loebenummer BIGINT NOT NULL,
    blad        BYTEA  NOT NULL,
    CONSTRAINT adgangslog_blad_pk PRIMARY KEY (loebenummer)
);

CREATE FUNCTION adgangslog_blad_tilfoej() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO adgangslog_blad (loebenummer, blad) SELECT n.loebenummer, adgangslog_blad(n) FROM nye n;
    RETURN NULL;
END;
$$;

CREATE TRIGGER adgangslog_bevis AFTER INSERT ON adgangslog
    REFERENCING NEW TABLE AS nye FOR EACH STATEMENT EXECUTE FUNCTION adgangslog_blad_tilfoej();

-- The chain: for each log, each sealed entry's chain value c(p) = SHA-256(c(previous) || int8(p) || leaf(p)), with
-- c before the first entry = 32 zero bytes. Written by the sealer in position order once no entry below can still
-- commit; one row per entry, never changed.
CREATE TABLE bevis_kaede (
    log      VARCHAR(20) NOT NULL,
    position BIGINT      NOT NULL,
    kaede    BYTEA       NOT NULL,
    CONSTRAINT bevis_kaede_pk PRIMARY KEY (log, position)
);

-- Signed checkpoints: the position, the chain head there, when, and an Ed25519 signature over those with the
-- kommune's key (its public key is exported with them). An outside party keeps copies.
CREATE TABLE bevis_kontrolpunkt (
    log       VARCHAR(20)  NOT NULL,
    position  BIGINT       NOT NULL,
    hoved     BYTEA        NOT NULL,
    tidspunkt TIMESTAMPTZ  NOT NULL,
    noegle_id VARCHAR(64)  NOT NULL,
    signatur  BYTEA        NOT NULL,
    CONSTRAINT bevis_kontrolpunkt_pk PRIMARY KEY (log, position)
);

CREATE TRIGGER adgangslog_blad_ingen_aendring BEFORE UPDATE OR DELETE ON adgangslog_blad
    FOR EACH ROW EXECUTE FUNCTION bevis_kun_tilfoejelse();
CREATE TRIGGER adgangslog_blad_ingen_toemning BEFORE TRUNCATE ON adgangslog_blad
    FOR EACH STATEMENT EXECUTE FUNCTION bevis_kun_tilfoejelse();
CREATE TRIGGER bevis_kaede_ingen_aendring BEFORE UPDATE OR DELETE ON bevis_kaede
    FOR EACH ROW EXECUTE FUNCTION bevis_kun_tilfoejelse();
CREATE TRIGGER bevis_kaede_ingen_toemning BEFORE TRUNCATE ON bevis_kaede
    FOR EACH STATEMENT EXECUTE FUNCTION bevis_kun_tilfoejelse();
CREATE TRIGGER bevis_kontrolpunkt_ingen_aendring BEFORE UPDATE OR DELETE ON bevis_kontrolpunkt
    FOR EACH ROW EXECUTE FUNCTION bevis_kun_tilfoejelse();
CREATE TRIGGER bevis_kontrolpunkt_ingen_toemning BEFORE TRUNCATE ON bevis_kontrolpunkt
    FOR EACH STATEMENT EXECUTE FUNCTION bevis_kun_tilfoejelse();

INSERT INTO adgangslog_blad (loebenummer, blad) SELECT a.loebenummer, adgangslog_blad(a) FROM adgangslog a;
