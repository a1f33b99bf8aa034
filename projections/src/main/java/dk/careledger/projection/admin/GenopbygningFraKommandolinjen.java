package dk.careledger.projection.admin;

import dk.careledger.projection.motor.Projektionsmotor;
import dk.careledger.projection.motor.Projektionsstatus;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command-line rebuild: start the application with {@code --ledger.genopbyg=alle} (or a comma-separated list
 * of projection names); it rebuilds, prints progress every second (events done, rate, estimated time left) and
 * exits: 0 when every projection has caught up, 1 when one has not (e.g. it stopped at an event it could not apply:
 * the rest of its history is applied, the event is parked, see docs/README.md).
 */
@Component
@ConditionalOnProperty("ledger.genopbyg")
public class GenopbygningFraKommandolinjen implements ApplicationRunner {
    private final Projektionsmotor motor;
    private final ConfigurableApplicationContext context;
    private final String valg;
    private final PrintStream ud;

    @Autowired
    public GenopbygningFraKommandolinjen(Projektionsmotor motor, ConfigurableApplicationContext context,
            @Value("${ledger.genopbyg}") String valg) {
        this(motor, context, valg, System.out);
    }

    public GenopbygningFraKommandolinjen(Projektionsmotor motor, ConfigurableApplicationContext context, String valg, PrintStream ud) {
        this.motor = motor;
        this.context = context;
        this.valg = valg;
        this.ud = ud;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        int kode = genopbyg();
        System.exit(SpringApplication.exit(context, () -> kode));
    }

    /** Rebuilds the chosen projections, printing progress, and answers the exit code (without exiting). */
    public int genopbyg() throws InterruptedException {
        List<String> navne = valg.isBlank() || valg.equals("alle") ? List.of()
                : Arrays.stream(valg.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        motor.genopbyg(navne, "kommandolinjen");
        while (true) {
            Thread.sleep(1000);
            List<Projektionsstatus> status = motor.status();
            // a projection whose rebuild hit an error not tied to an event (FEJL) is still being rebuilt: the engine
            // retries it; one that stopped at a parked event (STOPPET) waits for an operator and is done here
            List<Projektionsstatus> igang = status.stream().filter(s -> s.tilstand() == Projektionsstatus.Tilstand.GENOPBYGGES
                    || s.tilstand() == Projektionsstatus.Tilstand.FEJL).toList();
            for (Projektionsstatus s : igang) {
                ud.printf("%-28s %,12d hændelser  %,10.0f/s  %,12d tilbage  ~%s%n", s.navn(), s.behandlet(), s.rate(),
                        s.resterende() == null ? 0 : s.resterende(),
                        s.sekunderTilbage() == null ? "?" : Duration.ofSeconds(Math.round(s.sekunderTilbage())));
            }
            if (igang.isEmpty()) {
                boolean ajour = motor.venTilAjour(Duration.ofMinutes(1));
                for (Projektionsstatus s : motor.status()) {
                    ud.printf("%-28s %s, position %s, %,d hændelser%n", s.navn(), s.tilstand(), s.position(), s.behandlet());
                    if (s.parkeret() != null) {
                        ud.printf("%-28s stoppet ved hændelse %d (%s, aggregat %s): %s%n", "", s.parkeret().globalIndeks(),
                                s.parkeret().haendelsestype(), s.parkeret().aggregatId(), s.parkeret().aarsag());
                    }
                }
                return ajour ? 0 : 1;
            }
        }
    }
}
