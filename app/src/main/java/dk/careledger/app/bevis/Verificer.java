package dk.careledger.app.bevis;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The command-line verifier (ADR 0024, README "Verifying the log"): checks the event store and the access log of a
 * database against their proofs and against checkpoints an outside party kept, with the public key the caller pins,
 * and needs nothing of the application but this class. Run from the jar with
 * <pre>java -cp care-ledger.jar -Dloader.main=dk.careledger.app.bevis.Verificer org.springframework.boot.loader.launch.PropertiesLauncher \
 *   --url=jdbc:postgresql://db/careledger --bruger=revisor --adgangskode=... --kontrolpunkter=gemte.json [--noegle=offentlig.jwk]</pre>
 * {@code --kontrolpunkter} is a file as {@code GET /api/bevis/kontrolpunkter} exported it; without {@code --noegle} the
 * public key in that file is the one trusted (it was kept when the checkpoints were). Exit code 0 when both logs agree
 * with their proofs, 1 at the first disagreement (printed with its position), 2 when it could not verify.
 * <p>
 * With {@code --aktindsigt=eksport.json [--noegle=offentlig.jwk]} it checks an aktindsigt export offline instead, with no
 * database ({@link Aktindsigtsbevis}, docs/aktindsigt.md): 0 when every row in it is proven under a checkpoint signed by
 * the trusted key, 1 when anything disagrees (each printed), 2 when the export cannot be read.
 */
public final class Verificer {
    private Verificer() {
    }

    public static void main(String[] args) {
        System.exit(koer(args, System.out));
    }

    /** Runs the verification as {@link #main} does, printing to {@code ud}; returns the exit code. */
    public static int koer(String[] args, PrintStream ud) {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            int lig = arg.indexOf('=');
            if (!arg.startsWith("--") || lig < 0) {
                ud.println("Ukendt argument: " + arg);
                return 2;
            }
            a.put(arg.substring(2, lig), arg.substring(lig + 1));
        }
        if (a.containsKey("aktindsigt")) {
            return aktindsigt(a, ud);
        }
        try {
            Map<String, Object> gemt = a.containsKey("kontrolpunkter") ? JSONObjectUtils.parse(Files.readString(Path.of(a.get("kontrolpunkter"))))
                    : Map.of();
            RSAPublicKey noegle = offentligNoegle(a.get("noegle"), gemt);
            List<Kontrolpunkt> udefra = new ArrayList<>();
            for (Object k : (List<?>) gemt.getOrDefault("kontrolpunkter", List.of())) {
                udefra.add(Kontrolpunkt.fraKort((Map<?, ?>) k));
            }
            String url = paakraevet(a, "url");
            Verifikation v = new Verifikation(() -> DriverManager.getConnection(url, a.get("bruger"), a.get("adgangskode")), noegle);
            int kode = 0;
            for (Bevislog log : Bevislog.values()) {
                Verifikation.Resultat r = v.verificer(log, udefra);
                if (r.ok()) {
                    ud.printf("%s: OK til position %d (%d poster, %d kontrolpunkter, %d ms)%n", log, r.verificeretTil(), r.poster(),
                            r.kontrolpunkter(), r.tid().toMillis());
                } else {
                    ud.printf("%s: AFVIGELSE ved position %d (%s): %s%n", log, r.afvigelse().position(), r.afvigelse().art(),
                            r.afvigelse().besked());
                    kode = 1;
                }
            }
            return kode;
        } catch (IOException | ParseException | SQLException | JOSEException | RuntimeException e) {
            ud.println("Kunne ikke verificere: " + e);
            return 2;
        }
    }

    private static int aktindsigt(Map<String, String> a, PrintStream ud) {
        try {
            Map<String, Object> eksport = JSONObjectUtils.parse(Files.readString(Path.of(a.get("aktindsigt"))));
            RSAPublicKey noegle;
            if (a.containsKey("noegle")) {
                noegle = offentligNoegle(a.get("noegle"), Map.of());
            } else {
                ud.println("ADVARSEL: ingen --noegle; nøglen i eksporten selv bruges, så eksporten beviser kun, at den hænger sammen");
                noegle = offentligNoegle(null, JSONObjectUtils.getJSONObject(eksport, "bevis"));
            }
            Aktindsigtsbevis.Resultat r = Aktindsigtsbevis.kontroller(eksport, noegle);
            if (r.ok()) {
                ud.printf("AKTINDSIGT: OK, %d rækker bevist under %d signerede kontrolpunkter%n", r.bevisteRaekker(), r.kontrolpunkter());
                return 0;
            }
            r.afvigelser().forEach(f -> ud.println("AKTINDSIGT: AFVIGELSE " + f));
            if (r.afvigelser().isEmpty()) {
                ud.println("AKTINDSIGT: AFVIGELSE eksporten indeholder ingen rækker at bevise");
            }
            return 1;
        } catch (IOException | ParseException | JOSEException | RuntimeException e) {
            ud.println("Kunne ikke kontrollere aktindsigten: " + e);
            return 2;
        }
    }

    private static RSAPublicKey offentligNoegle(String fil, Map<String, Object> gemt) throws IOException, ParseException, JOSEException {
        if (fil != null) {
            return RSAKey.parse(Files.readString(Path.of(fil))).toRSAPublicKey();
        }
        Map<String, Object> jwk = JSONObjectUtils.getJSONObject(gemt, "offentligNoegle");
        if (jwk == null) {
            throw new IllegalArgumentException("--noegle=<offentlig JWK> eller --kontrolpunkter=<eksport med offentligNoegle> mangler");
        }
        return RSAKey.parse(jwk).toRSAPublicKey();
    }

    private static String paakraevet(Map<String, String> a, String navn) {
        String v = a.get(navn);
        if (v == null) {
            throw new IllegalArgumentException("--" + navn + "=... mangler");
        }
        return v;
    }
}
