-- The access log (SUL § 42 a, ADR 0019): one row per citizen per read of their personal data. Append-only: the
-- application inserts and selects; the trigger refuses UPDATE, DELETE and TRUNCATE for everyone, the table owner
-- included, so neither the application nor a mistaken script changes what was logged. Kassation of old rows (when
-- the retention period allows it) is a governed operation outside the application: drop the trigger in a
-- migration reviewed for that purpose.
-- No CPR in here: borger_id is the pseudonymous key; the register maps it to the encrypted CPR (ADR 0009).
CREATE TABLE adgangslog (
    loebenummer  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tidspunkt    TIMESTAMPTZ  NOT NULL,
    bruger_id    VARCHAR(100) NOT NULL,
    rolle        VARCHAR(40)  NOT NULL,
    kommune      CHAR(8)      NOT NULL,
    borger_id    UUID         NOT NULL,
    visning      VARCHAR(60)  NOT NULL,
    reference    VARCHAR(100),
    formaal      VARCHAR(200)
);

-- "who read citizen X between T1 and T2"
CREATE INDEX adgangslog_borger ON adgangslog (borger_id, tidspunkt);

CREATE FUNCTION adgangslog_kun_tilfoejelse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'adgangslog er kun til tilføjelse: % er ikke tilladt', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER adgangslog_ingen_aendring BEFORE UPDATE OR DELETE ON adgangslog
    FOR EACH ROW EXECUTE FUNCTION adgangslog_kun_tilfoejelse();
CREATE TRIGGER adgangslog_ingen_toemning BEFORE TRUNCATE ON adgangslog
    FOR EACH STATEMENT EXECUTE FUNCTION adgangslog_kun_tilfoejelse();
