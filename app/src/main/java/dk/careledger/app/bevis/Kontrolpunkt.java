package dk.careledger.app.bevis;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A signed checkpoint (ADR 0024): the chain head {@code hoved} of {@code log} at {@code position}, at {@code tidspunkt},
 * signed (RSA, SHA-256) by the key {@code noegleId}. The signature covers the UTF-8 text
 * <pre>care-ledger kontrolpunkt v1\nlog=HAENDELSER\nposition=123\nhoved=&lt;hex&gt;\ntidspunkt=&lt;ISO-8601, microseconds&gt;\n</pre>
 * so an outside party can check it with any RSA library and the exported public key.
 */
public record Kontrolpunkt(Bevislog log, long position, byte[] hoved, Instant tidspunkt, String noegleId, byte[] signatur) {

    public Kontrolpunkt {
        tidspunkt = tidspunkt.truncatedTo(ChronoUnit.MICROS);
    }

    static Kontrolpunkt signeret(Bevislog log, long position, byte[] hoved, Instant tidspunkt, Bevisnoegle noegle) {
        Kontrolpunkt usigneret = new Kontrolpunkt(log, position, hoved, tidspunkt, noegle.noegleId(), new byte[0]);
        return new Kontrolpunkt(log, position, hoved, usigneret.tidspunkt, noegle.noegleId(), noegle.signer(usigneret.besked()));
    }

    /** The bytes the signature covers. */
    byte[] besked() {
        return ("care-ledger kontrolpunkt v1\nlog=" + log + "\nposition=" + position + "\nhoved=" + HexFormat.of().formatHex(hoved)
                + "\ntidspunkt=" + tidspunkt + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** True when {@code noegle} signed exactly this position, head and time. */
    public boolean gyldigUnder(PublicKey noegle) {
        try {
            Signature s = Signature.getInstance(Bevisnoegle.ALGORITME);
            s.initVerify(noegle);
            s.update(besked());
            return s.verify(signatur);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** As exported, and as an outside party hands it back. */
    public Map<String, Object> somKort() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("log", log.name());
        m.put("position", position);
        m.put("hoved", HexFormat.of().formatHex(hoved));
        m.put("tidspunkt", tidspunkt.toString());
        m.put("noegleId", noegleId);
        m.put("signatur", Base64.getEncoder().encodeToString(signatur));
        return m;
    }

    /** A row of {@code bevis_kontrolpunkt}: log, position, hoved, tidspunkt, noegle_id, signatur. */
    static Kontrolpunkt fraRaekke(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Kontrolpunkt(Bevislog.valueOf(rs.getString(1)), rs.getLong(2), rs.getBytes(3), rs.getTimestamp(4).toInstant(),
                rs.getString(5), rs.getBytes(6));
    }

    /** Reads an exported checkpoint; a missing or malformed field is an {@link IllegalArgumentException}. */
    public static Kontrolpunkt fraKort(Map<?, ?> m) {
        try {
            return new Kontrolpunkt(Bevislog.valueOf(String.valueOf(m.get("log"))), Long.parseLong(String.valueOf(m.get("position"))),
                    HexFormat.of().parseHex(String.valueOf(m.get("hoved"))), Instant.parse(String.valueOf(m.get("tidspunkt"))),
                    String.valueOf(m.get("noegleId")), Base64.getDecoder().decode(String.valueOf(m.get("signatur"))));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a checkpoint: " + e.getMessage(), e);
        }
    }
}
