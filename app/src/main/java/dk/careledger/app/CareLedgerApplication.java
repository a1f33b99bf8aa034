package dk.careledger.app;

import org.axonframework.springboot.autoconfig.MetricsAutoConfiguration;
import org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The care ledger as one application: command side, projections and query side, on the embedded PostgreSQL unless
 * {@code LEDGER_DB_URL} (or {@code spring.datasource.url}) names a database.
 *
 * <p>Axon's own metrics auto-configurations are excluded: {@code AxonInfrastructureConfig} puts Axon's monitors on
 * the application's Micrometer registry. Axon 4.13's version orders itself after Spring Boot 3 class names, runs
 * before Boot 4 has defined a registry and adds a private {@code SimpleMeterRegistry} beside Prometheus.
 */
@SpringBootApplication(scanBasePackages = "dk.careledger",
        exclude = {MicrometerMetricsAutoConfiguration.class, MetricsAutoConfiguration.class})
public class CareLedgerApplication {

    /** Axon's update checker phones home at start-up; the ledger never does (also set in application.yml). */
    static final String AXON_UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    static final String AXONIQ_CONSOLE_MESSAGE_DISABLED = "disable-axoniq-console-message";

    public static void main(String[] args) {
        if (System.getProperty(AXON_UPDATE_CHECKER_DISABLED) == null) {
            System.setProperty(AXON_UPDATE_CHECKER_DISABLED, "true");
        }
        // Axon's advertisement for its hosted console, a banner on every start; we run without it
        if (System.getProperty(AXONIQ_CONSOLE_MESSAGE_DISABLED) == null) {
            System.setProperty(AXONIQ_CONSOLE_MESSAGE_DISABLED, "true");
        }
        SpringApplication.run(CareLedgerApplication.class, args);
    }
}
