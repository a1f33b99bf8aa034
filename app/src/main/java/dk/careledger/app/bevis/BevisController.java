package dk.careledger.app.bevis;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.felles.Afvisning;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The revisor's view of the proof (ADR 0024): verify the event store and the access log against their proofs, and
 * export the signed checkpoints with the public key, so an outside party can keep them and hand them back later. The
 * logs are global, not per kommune, so both answers carry positions, hashes, times and signatures only: no fact and
 * no citizen, nothing a revisor of one kommune may not see of another's.
 */
@RestController
@Kraever({Adgangsrolle.REVISOR, Adgangsrolle.DRIFT})
@Tag(name = "Bevis", description = "Bevis for at hændelsesloggen og adgangsloggen er uændrede: verifikation og signerede kontrolpunkter")
public class BevisController {
    private static final int SIDE = 1_000;

    private final Bevisvagt vagt;
    private final Bevisnoegle noegle;
    private final JdbcTemplate jdbc;

    public BevisController(Bevisvagt vagt, Bevisnoegle noegle, JdbcTemplate jdbc) {
        this.vagt = vagt;
        this.noegle = noegle;
        this.jdbc = jdbc;
    }

    /** Checkpoints as exported, handed back by the one who kept them (the export's other fields are allowed). */
    public record Kontrolpunktsamling(String algoritme, String noegleId, Map<String, Object> offentligNoegle,
            List<Map<String, Object>> kontrolpunkter) {
    }

    @GetMapping(path = "/api/bevis/verifikation", produces = "application/json")
    @Operation(summary = "Verificér hændelsesloggen og adgangsloggen mod deres beviser",
            description = "Genberegner hvert blad og kæden og tjekker hvert kontrolpunkts signatur; svarer med den første position, "
                    + "hvor loggen og beviserne er uenige. Kan tage op til et minut ved en million hændelser.")
    public Map<String, Object> verifikation() {
        return svar(vagt.verificer(List.of()));
    }

    @PostMapping(path = "/api/bevis/verifikation", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Verificér loggene mod kontrolpunkter, som en udenforstående har gemt",
            description = "Kroppen er et eksporteret kontrolpunktsdokument (GET /api/bevis/kontrolpunkter). Et kontrolpunkt med en "
                    + "forkert signatur afvises og meldes; et med rigtig signatur men et andet kædehoved viser, at loggen er ændret.")
    public Map<String, Object> verifikationMod(@RequestBody Kontrolpunktsamling samling) {
        List<Map<String, Object>> kort = Afvisning.paakraevet(samling.kontrolpunkter(), "kontrolpunkter");
        List<Kontrolpunkt> udefra = new ArrayList<>();
        for (Map<String, Object> k : kort) {
            try {
                udefra.add(Kontrolpunkt.fraKort(k));
            } catch (IllegalArgumentException e) {
                throw Afvisning.ugyldig("KONTROLPUNKT_UGYLDIG", "kontrolpunkter", "Et kontrolpunkt kan ikke læses: " + e.getMessage());
            }
        }
        return svar(vagt.verificer(udefra));
    }

    @GetMapping(path = "/api/bevis/kontrolpunkter", produces = "application/json")
    @Operation(summary = "Eksportér de signerede kontrolpunkter og den offentlige nøgle",
            description = "log: HAENDELSER eller ADGANGSLOG (uden: begge); efter: kun kontrolpunkter efter denne position. "
                    + "Højst 1000 pr. side, ældste først.")
    public Map<String, Object> kontrolpunkter(@RequestParam(required = false) String log, @RequestParam(required = false) Long efter) {
        Bevislog valgt = null;
        if (log != null) {
            try {
                valgt = Bevislog.valueOf(log);
            } catch (IllegalArgumentException e) {
                throw Afvisning.ugyldig("LOG_UKENDT", "log", "'log' skal være HAENDELSER eller ADGANGSLOG");
            }
        }
        List<Map<String, Object>> punkter = jdbc.query("SELECT log, position, hoved, tidspunkt, noegle_id, signatur FROM bevis_kontrolpunkt "
                + "WHERE (?::text IS NULL OR log = ?) AND position > ? ORDER BY log, position LIMIT ?",
                (rs, i) -> Kontrolpunkt.fraRaekke(rs).somKort(),
                valgt == null ? null : valgt.name(), valgt == null ? null : valgt.name(), efter == null ? 0 : efter, SIDE);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("algoritme", "RS256 (RSASSA-PKCS1-v1_5, SHA-256) over 'care-ledger kontrolpunkt v1\\nlog=..\\nposition=..\\nhoved=<hex>\\ntidspunkt=..\\n'");
        m.put("noegleId", noegle.noegleId());
        m.put("offentligNoegle", noegle.offentligJwk());
        m.put("kontrolpunkter", punkter);
        return m;
    }

    private static Map<String, Object> svar(List<Verifikation.Resultat> resultater) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", resultater.stream().allMatch(Verifikation.Resultat::ok));
        List<Map<String, Object>> logs = new ArrayList<>();
        for (Verifikation.Resultat r : resultater) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("log", r.log().name());
            l.put("ok", r.ok());
            l.put("verificeretTil", r.verificeretTil());
            l.put("poster", r.poster());
            l.put("kontrolpunkter", r.kontrolpunkter());
            l.put("millisekunder", r.tid().toMillis());
            if (!r.ok()) {
                l.put("foersteAfvigelse", Map.of("position", r.afvigelse().position(), "art", r.afvigelse().art().name(),
                        "besked", r.afvigelse().besked()));
            }
            logs.add(l);
        }
        m.put("logs", logs);
        return m;
    }
}
