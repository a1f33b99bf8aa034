package dk.careledger.projection.sag.politik;

import dk.careledger.domain.felles.Afvisning;
import dk.careledger.projection.motor.Projektionsmotor;
import dk.careledger.projection.sag.politik.PolitikAendringsrapport.Rapport;
import dk.careledger.projection.sag.politik.PolitikAendringsrapport.Tilstandsskift;
import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The policy change as a command-line task: start the application with
 * {@code --ledger.politik-aendring=kommune=29189420,kle=27.36,politik=VED_LEVERINGSOPHOER,sagsbegreb=ENKELTSAGER,gyldigFra=2027-01-01}
 * (keys: {@code kommune}, {@code kle}, {@code politik}, {@code sagsbegreb}, {@code gyldigFra}; politik or sagsbegreb may
 * be left out). It waits until the projections are up to date, prints the report of {@link PolitikAendringsrapport} and
 * exits: 0 when done, 2 on bad input. It only reports: the change is a command on the kommune's settings, made by a
 * configuration user ({@code POST /api/politik/aendringer}, ADR 0021), so it has who and when like every fact.
 */
@Component
@ConditionalOnProperty("ledger.politik-aendring")
public class PolitikAendringFraKommandolinjen implements ApplicationRunner {
    private static final Set<String> NOEGLER = Set.of("kommune", "kle", "politik", "sagsbegreb", "gyldigFra");

    private final PolitikAendringsrapport rapport;
    private final Projektionsmotor motor;
    private final ConfigurableApplicationContext context;
    private final String spec;
    private final String bruger;

    public PolitikAendringFraKommandolinjen(PolitikAendringsrapport rapport, Projektionsmotor motor, ConfigurableApplicationContext context,
            @Value("${ledger.politik-aendring}") String spec, @Value("${ledger.politik-aendring-bruger:kommandolinje}") String bruger) {
        this.rapport = rapport;
        this.motor = motor;
        this.context = context;
        this.spec = spec;
        this.bruger = bruger;
    }

    @Override
    public void run(ApplicationArguments args) {
        int kode = koer(spec, System.out);
        System.exit(SpringApplication.exit(context, () -> kode));
    }

    /** Parses, reports (and applies) the change, prints to {@code ud}; returns the exit code. */
    public int koer(String aendring, PrintStream ud) {
        PolitikAendring a;
        try {
            a = fortolk(aendring);
        } catch (Afvisning e) {
            ud.println("Fejl i ledger.politik-aendring (" + e.felt() + "): " + e.besked());
            return 2;
        }
        if (!motor.venTilAjour(Duration.ofMinutes(10))) {
            ud.println("Advarsel: projektionerne er ikke ajour; rapporten kan mangle de nyeste hændelser");
        }
        ud.print(tekst(rapport.vurder(a, bruger)));
        return 0;
    }

    /** {@code key=value,key=value} → the validated change. */
    public static PolitikAendring fortolk(String aendring) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String del : aendring == null ? new String[0] : aendring.split(",")) {
            if (del.isBlank()) {
                continue;
            }
            int lig = del.indexOf('=');
            if (del.trim().startsWith("anvend")) {
                throw Afvisning.ugyldig("PARAMETER_UGYLDIG", "anvend", "Kommandolinjen rapporterer kun; en ændring fastsættes med "
                        + "POST /api/politik/aendringer af en bruger med rollen KONFIGURATION");
            }
            String noegle = lig < 0 ? del.trim() : del.substring(0, lig).trim();
            if (lig < 0 || !NOEGLER.contains(noegle)) {
                throw Afvisning.ugyldig("PARAMETER_UGYLDIG", noegle, "Ukendt eller tom nøgle '" + del.trim() + "'; kendte: " + NOEGLER);
            }
            v.put(noegle, del.substring(lig + 1).trim());
        }
        return PolitikAendring.fra(v.get("kommune"), v.get("kle"), v.get("politik"), v.get("sagsbegreb"), v.get("gyldigFra"));
    }

    /** The report as text. */
    public static String tekst(Rapport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("Politikændring for kommune %s, KLE %s: %s + %s fra %s (vurderet pr. %s) — kun rapport, ikke anvendt%n",
                r.kommune(), r.klePraefiks().isEmpty() ? "(alle)" : r.klePraefiks(), r.politik(), r.sagsbegreb(), r.gyldigFra(),
                r.vurderingsdato()));
        sb.append(String.format("Sager i omfang: %d%n", r.sagerIOmfang()));
        sb.append(String.format("Sager med ny politik: %d, heraf med ny tilstand: %d%n", r.politikskift().sagerMedNyPolitik(),
                r.politikskift().sagerDerSkifterTilstand()));
        for (Tilstandsskift s : r.politikskift().skift()) {
            sb.append(String.format("  %s  %-20s %s  %s -> %s  (%s -> %s)%n", s.sagId(), s.sagsnummer(), s.kleNummer(), s.fra(), s.til(),
                    s.fraPolitik(), s.tilPolitik()));
        }
        sb.append(String.format("Sager med nyt sagsbegreb: %d; antal sager på listen: %d -> %d%n",
                r.sagsbegrebsskift().sagerMedNytSagsbegreb(), r.sagsbegrebsskift().antalFoer(), r.sagsbegrebsskift().antalEfter()));
        for (UUID id : r.sagsbegrebsskift().nye()) {
            sb.append("  + ").append(id).append(System.lineSeparator());
        }
        for (UUID id : r.sagsbegrebsskift().forsvundne()) {
            sb.append("  - ").append(id).append(System.lineSeparator());
        }
        return sb.toString();
    }
}
