package dk.careledger.projection.admin;

import dk.careledger.projection.motor.Projektionsmotor;
import dk.careledger.projection.motor.Projektionsstatus;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
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
 * exits. See docs/README.md.
 */
@Component
@ConditionalOnProperty("ledger.genopbyg")
public class GenopbygningFraKommandolinjen implements ApplicationRunner {
    private final Projektionsmotor motor;
    private final ConfigurableApplicationContext context;
    private final String valg;
    private final PrintStream ud = System.out;

    public GenopbygningFraKommandolinjen(Projektionsmotor motor, ConfigurableApplicationContext context,
            @Value("${ledger.genopbyg}") String valg) {
        this.motor = motor;
        this.context = context;
        this.valg = valg;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        List<String> navne = valg.isBlank() || valg.equals("alle") ? List.of()
                : Arrays.stream(valg.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        motor.genopbyg(navne);
        while (true) {
            Thread.sleep(1000);
            List<Projektionsstatus> status = motor.status();
            // a projection whose rebuild hit an error (FEJL) is still being rebuilt: the engine retries it
            List<Projektionsstatus> igang = status.stream().filter(s -> s.tilstand() != Projektionsstatus.Tilstand.LIVE).toList();
            for (Projektionsstatus s : igang) {
                ud.printf("%-28s %,12d hændelser  %,10.0f/s  %,12d tilbage  ~%s%n", s.navn(), s.behandlet(), s.rate(),
                        s.resterende() == null ? 0 : s.resterende(),
                        s.sekunderTilbage() == null ? "?" : Duration.ofSeconds(Math.round(s.sekunderTilbage())));
            }
            if (igang.isEmpty()) {
                boolean ajour = motor.venTilAjour(Duration.ofMinutes(1));
                for (Projektionsstatus s : status) {
                    ud.printf("%-28s %s, position %s, %,d hændelser%n", s.navn(), s.tilstand(), s.position(), s.behandlet());
                }
                int kode = ajour ? 0 : 1;
                System.exit(SpringApplication.exit(context, () -> kode));
                return;
            }
        }
    }
}
