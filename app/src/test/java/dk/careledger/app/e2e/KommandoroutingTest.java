package dk.careledger.app.e2e;

import static dk.careledger.app.e2e.LedgerKlient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.distributed.RoutingStrategy;
import org.axonframework.common.Registration;
import org.axonframework.messaging.GenericMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every command the ledger dispatches carries its aggregate's id as the routing key, so Axon Server's consistent hashing
 * pins an aggregate to one node (issue 14): one command of each aggregate type, and the revisitation process's too,
 * are caught at dispatch and routed by the id they act on; a command without one is refused rather than sent at random.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class KommandoroutingTest {

    @LocalServerPort
    int port;

    @Autowired
    CommandBus commandBus;

    @Autowired
    RoutingStrategy routing;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void everyDispatchedCommandIsRoutedByTheIdOfTheAggregateItActsOn() {
        List<CommandMessage<?>> sendt = new CopyOnWriteArrayList<>();
        LedgerKlient klient = new LedgerKlient(port);
        UUID borger = klient.borger(Cprnumre.tilfaeldigt(), "Test Borger");
        Map<String, UUID> ider = new java.util.LinkedHashMap<>();
        try (Lukbar r = lyt(sendt)) {
            UUID henvendelse = UUID.randomUUID();
            klient.post("/api/henvendelser", json("henvendelseId", henvendelse, "borgerId", borger, "kildeKode", "A1", "kanal", "TELEFON",
                    "modtagetDato", "2026-03-02", "aarsag", "x"));
            UUID sag = UUID.randomUUID();
            klient.post("/api/sager", json("sagId", sag, "borgerId", borger, "ejer", LedgerKlient.AALBORG, "ansvarligEnhed", "visitation",
                    "kleNummer", "27.36.04", "handlingsfacet", "G01", "foelsomhed", "FOELSOMME_PERSONOPLYSNINGER", "titel", "t",
                    "opstaaetDato", "2026-03-02"));
            klient.post("/api/sager/" + sag + "/sagsbehandler", json("sagsbehandler", "sb-2", "fra", "2026-03-03"));
            UUID bevilling = UUID.randomUUID();
            klient.post("/api/bevillinger", json("bevillingId", bevilling, "borgerId", borger, "sagId", sag, "indsatsKode", "SEL-83-PP",
                    "startdato", "2026-03-16", "omfang", json("minutter", 20, "periode", "PR_DAG", "gange", 1), "bevilgetDato", "2026-03-10"));
            UUID forloeb = UUID.randomUUID();
            klient.post("/api/forloeb", json("forloebId", forloeb, "borgerId", borger, "forloebstypeKode", "SEL-83", "startdato", "2026-03-02"));
            ider.putAll(Map.of("henvendelse", henvendelse, "sag", sag, "bevilling", bevilling, "forloeb", forloeb));
        }

        assertThat(sendt).hasSize(5);
        assertThat(sendt).allSatisfy(k -> assertThat(routing.getRoutingKey(k)).isEqualTo(k.getMetaData().get("aggregatId")));
        assertThat(sendt.stream().map(routing::getRoutingKey).toList()).containsExactly(ider.get("henvendelse").toString(),
                ider.get("sag").toString(), ider.get("sag").toString(), ider.get("bevilling").toString(), ider.get("forloeb").toString());
    }

    @Test
    void aCommandWithoutItsAggregatesIdHasNoRouteAndIsNotSentAtRandom() {
        CommandMessage<?> udenId = new GenericCommandMessage<>(new GenericMessage<>("kommando"), "careledger.sag");

        assertThatThrownBy(() -> routing.getRoutingKey(udenId)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aCommandWhoseHandlingNodeWasLostIsSentOnceMoreAndStoredOnce() {
        LedgerKlient klient = new LedgerKlient(port);
        UUID borger = klient.borger(Cprnumre.tilfaeldigt(), "Test Borger");
        UUID henvendelse = UUID.randomUUID();
        java.util.concurrent.atomic.AtomicInteger forsoeg = new java.util.concurrent.atomic.AtomicInteger();
        Registration tabt = commandBus.registerDispatchInterceptor(beskeder -> (i, besked) -> {
            if (henvendelse.toString().equals(besked.getMetaData().get("aggregatId")) && forsoeg.incrementAndGet() == 1) {
                // as Axon Server answers when the node handling the command dies before it answers (AXONIQ-4001)
                throw new org.axonframework.axonserver.connector.AxonServerException("AXONIQ-4001",
                        "Connection lost while executing command on: node2");
            }
            return besked;
        });
        LedgerKlient.Svar svar;
        try {
            svar = klient.post("/api/henvendelser", json("henvendelseId", henvendelse, "borgerId", borger, "kildeKode", "A1", "kanal", "TELEFON",
                    "modtagetDato", "2026-03-02", "aarsag", "x"));
        } finally {
            tabt.cancel();
        }

        assertThat(svar.status()).as("%s", svar).isEqualTo(201);
        assertThat(forsoeg.get()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class,
                henvendelse.toString())).isEqualTo(1);
    }

    private Lukbar lyt(List<CommandMessage<?>> sendt) {
        Registration r = commandBus.registerDispatchInterceptor(beskeder -> (i, besked) -> {
            sendt.add(besked);
            return besked;
        });
        return r::cancel;
    }

    interface Lukbar extends AutoCloseable {
        @Override
        void close();
    }
}
