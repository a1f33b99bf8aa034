package dk.careledger.app.e2e;

import static dk.careledger.app.e2e.LedgerKlient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Commands handled and refused are counted, and their latency measured, per command and outcome. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class KommandoMetrikTest {

    @LocalServerPort
    int port;

    @Test
    void handledAndRefusedCommandsAreMeteredWithTheirLatency() {
        LedgerKlient klient = new LedgerKlient(port);
        double haandteretFoer = antal(klient, "StartForloeb", "haandteret");
        double afvistFoer = antal(klient, "AfslutForloeb", "afvist");
        UUID borger = klient.borger(IdempotensOgSamtidighedTest.cpr(), "Metrik Maaling");
        UUID forloeb = UUID.randomUUID();
        assertThat(klient.post("/api/forloeb", json("forloebId", forloeb, "borgerId", borger, "forloebstypeKode", "SUL-140",
                "startdato", "2026-03-02")).status()).isEqualTo(201);
        assertThat(klient.post("/api/forloeb/" + forloeb + "/afslutning", json("slutdato", "2026-01-01", "aarsag", "Fejl")).status())
                .isEqualTo(400);

        JsonNode haandteret = klient.som("drift", "DRIFT").get("/actuator/metrics/ledger.kommandoer?tag=kommando:StartForloeb&tag=udfald:haandteret").krop();

        assertThat(antal(klient, "StartForloeb", "haandteret")).isEqualTo(haandteretFoer + 1);
        assertThat(antal(klient, "AfslutForloeb", "afvist")).isEqualTo(afvistFoer + 1);
        assertThat(maaling(haandteret, "TOTAL_TIME")).isPositive();
    }

    /** The count so far; 0 while the meter does not exist yet (the actuator answers 404 then). */
    private static double antal(LedgerKlient klient, String kommando, String udfald) {
        LedgerKlient.Svar svar = klient.som("drift", "DRIFT").get("/actuator/metrics/ledger.kommandoer?tag=kommando:" + kommando + "&tag=udfald:" + udfald);
        return svar.status() == 404 ? 0 : maaling(svar.krop(), "COUNT");
    }

    private static double maaling(JsonNode metrik, String statistik) {
        for (JsonNode m : metrik.get("measurements")) {
            if (m.get("statistic").asText().equals(statistik)) {
                return m.get("value").asDouble();
            }
        }
        throw new AssertionError("no " + statistik + " in " + metrik);
    }
}
