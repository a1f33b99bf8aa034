package dk.careledger.app.bevis;

import dk.careledger.app.adgang.IndbyggetUdsteder;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/** The proof key (ADR 0024): from the configuration, else from its key file, created once when absent. */
@Configuration(proxyBeanMethods = false)
public class BevisConfig {
    private static final Logger LOG = LoggerFactory.getLogger(BevisConfig.class);

    @Bean
    Bevisnoegle bevisnoegle(@Value("${ledger.bevis.jwk:}") String jwk, @Value("${ledger.bevis.noeglefil:}") String noeglefil) {
        if (StringUtils.hasText(jwk)) {
            return new Bevisnoegle(jwk, "the configuration (ledger.bevis.jwk / LEDGER_PROOF_KEY)");
        }
        if (!StringUtils.hasText(noeglefil)) {
            throw new IllegalStateException("No proof key: set ledger.bevis.jwk (LEDGER_PROOF_KEY, a private RSA JWK from the "
                    + "kommune's key management) or ledger.bevis.noeglefil (LEDGER_PROOF_KEY_FILE) (ADR 0024)");
        }
        Path fil = Path.of(noeglefil).toAbsolutePath().normalize();
        boolean ny = !fil.toFile().exists();
        Bevisnoegle noegle = new Bevisnoegle(IndbyggetUdsteder.jwkFraFil(fil), "the key file " + fil
                + " (ledger.bevis.noeglefil / LEDGER_PROOF_KEY_FILE)");
        if (ny) {
            LOG.warn("Created a new proof key in {}: it signs the checkpoints that prove the log unaltered. Keep it apart from "
                    + "the database, give its public key (GET /api/bevis/kontrolpunkter) to whoever keeps the checkpoints, and "
                    + "use a key from the kommune's key management (LEDGER_PROOF_KEY) in production (ADR 0024).", fil);
        }
        return noegle;
    }
}
