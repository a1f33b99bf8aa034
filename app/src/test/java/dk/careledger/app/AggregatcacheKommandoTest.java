package dk.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.arbejdsbyrde.Arbejdsbyrde;
import dk.careledger.arbejdsbyrde.Bulkindlaeser;
import dk.careledger.arbejdsbyrde.GenereretBorger;
import dk.careledger.arbejdsbyrde.Parametre;
import dk.careledger.arbejdsbyrde.SyntetiskKryptering;
import dk.careledger.commandside.infra.Aggregatcache;
import dk.careledger.commandside.kommando.Aggregattype;
import dk.careledger.commandside.kommando.Kalder;
import dk.careledger.commandside.kommando.Kommandoafsender;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Aktoer;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.HenvendelseId;
import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.felles.Rolle;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.sag.command.OpretSag;
import dk.careledger.domain.sag.command.TildelSagsbehandler;
import dk.careledger.domain.sag.event.SagsbehandlerTildelt;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import dk.careledger.domain.henvendelse.Kanal;
import dk.careledger.domain.henvendelse.command.AfklarHenvendelse;
import dk.careledger.domain.henvendelse.command.ModtagHenvendelse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The aggregate cache (ADR 0015) never answers a command with a state the event store does not have: an aggregate is
 * cached after its command commits, dropped when a command on it is refused, and the cache is emptied after events were
 * written past the aggregates.
 */
@SpringBootTest
@EmbeddedPostgresTest
class AggregatcacheKommandoTest {
    private static final Kalder SAGSBEHANDLER = new Kalder(new Aktoer("sb-cache", Rolle.SAGSBEHANDLER), new Cvr("29189420"));

    @Autowired
    Kommandoafsender kommandoer;
    @Autowired
    Aggregatcache cache;
    @Autowired
    Bulkindlaeser bulkindlaeser;
    @Autowired
    EventStore eventStore;
    @Autowired
    PlatformTransactionManager transaktioner;
    @Autowired
    MeterRegistry metrik;

    @Test
    void anAggregateIsCachedAfterItsCommandCommitsAndDroppedWhenACommandOnItIsRefused() {
        HenvendelseId id = new HenvendelseId(UUID.randomUUID());
        kommandoer.send(Aggregattype.HENVENDELSE, id.toString(), new ModtagHenvendelse(id, borger(101L), "A1",
                Kanal.TELEFON, LocalDate.of(2026, 11, 2), "Hjælp til rengøring", null, null), UUID.randomUUID(), null, SAGSBEHANDLER);
        assertThat(cache.containsKey(id.toString())).as("cached after commit").isTrue();

        assertThatThrownBy(() -> kommandoer.send(Aggregattype.HENVENDELSE, id.toString(), afklar(id), UUID.randomUUID(), 7L, SAGSBEHANDLER))
                .isInstanceOfSatisfying(Afvisning.class, a -> assertThat(a.fejlkode()).isEqualTo("VERSIONSKONFLIKT"));
        assertThat(cache.containsKey(id.toString())).as("dropped after the refusal rolled back").isFalse();

        Kommandoafsender.Svar svar = kommandoer.send(Aggregattype.HENVENDELSE, id.toString(), afklar(id), UUID.randomUUID(), 0L, SAGSBEHANDLER);
        assertThat(svar.udfald().version()).as("checked against the stored version 0, it made version 1").isEqualTo(1L);
        assertThat(cache.containsKey(id.toString())).isTrue();
    }

    @Test
    void anAggregateAnotherNodeAppendedToAfterItWasCachedTakesTheCommandAfterOneRetryFromTheStore() {
        SagId sag = new SagId(UUID.randomUUID());
        kommandoer.send(Aggregattype.SAG, sag.toString(), new OpretSag(sag, "27.36.04-G01-9-26", borger(103L), new Cvr("29189420"),
                "visitation", "27.36.04", "G01", Foelsomhed.FOELSOMME_PERSONOPLYSNINGER, "Praktisk hjælp", LocalDate.of(2026, 11, 2),
                List.of(), null), UUID.randomUUID(), null, SAGSBEHANDLER);
        assertThat(cache.containsKey(sag.toString())).isTrue();
        // another node (commands routed elsewhere before a topology change) appends version 1 past this node's cache
        new TransactionTemplate(transaktioner).executeWithoutResult(t -> eventStore.publish(new GenericDomainEventMessage<>("SagAggregate",
                sag.toString(), 1, new SagsbehandlerTildelt(sag, "sb-anden-node", LocalDate.of(2026, 11, 3),
                        SAGSBEHANDLER.registrering(Instant.parse("2026-11-03T08:00:00Z"))))));
        double genforsoeg = metrik.counter("ledger.kommandoer.genforsoeg", "kommando", "TildelSagsbehandler", "aarsag", "foraeldet").count();

        Kommandoafsender.Svar svar = kommandoer.send(Aggregattype.SAG, sag.toString(), new TildelSagsbehandler(sag, "sb-denne-node",
                LocalDate.of(2026, 11, 4)), UUID.randomUUID(), null, SAGSBEHANDLER);

        assertThat(svar.udfald().version()).as("appended after the other node's event").isEqualTo(2L);
        assertThat(metrik.counter("ledger.kommandoer.genforsoeg", "kommando", "TildelSagsbehandler", "aarsag", "foraeldet").count()).isEqualTo(genforsoeg + 1);
        assertThatThrownBy(() -> kommandoer.send(Aggregattype.SAG, sag.toString(), new TildelSagsbehandler(sag, "sb-x", LocalDate.of(2026, 11, 5)),
                UUID.randomUUID(), 1L, SAGSBEHANDLER)).as("a stale If-Match is still the client's conflict")
                .isInstanceOfSatisfying(Afvisning.class, a -> assertThat(a.fejlkode()).isEqualTo("VERSIONSKONFLIKT"));
    }

    @Test
    void theBulkLoaderEmptiesTheCacheBecauseItsEventsBypassTheAggregates() {
        HenvendelseId id = new HenvendelseId(UUID.randomUUID());
        kommandoer.send(Aggregattype.HENVENDELSE, id.toString(), new ModtagHenvendelse(id, borger(102L), "A1",
                Kanal.TELEFON, LocalDate.of(2026, 11, 2), "Hjælp til indkøb", null, null), UUID.randomUUID(), null, SAGSBEHANDLER);
        assertThat(cache.antal()).isPositive();

        bulkindlaeser.indlaes(Arbejdsbyrde.af(Parametre.af(77L, 2, 10, 1)), new SyntetiskKryptering(), Bulkindlaeser.Fremskridt.ingen());

        assertThat(cache.antal()).isZero();
    }

    /** A registered citizen (with a data key, so the henvendelse's text can be encrypted), one per seed. */
    private BorgerId borger(long seed) {
        GenereretBorger b = Arbejdsbyrde.af(Parametre.af(seed, 1, 1, 1)).borgere().get(0);
        bulkindlaeser.registrerBorgere(List.of(b), Instant.parse("2026-11-01T08:00:00Z"));
        return b.borgerId();
    }

    private static AfklarHenvendelse afklar(HenvendelseId id) {
        return new AfklarHenvendelse(id, LocalDate.of(2026, 11, 3), "Borgeren ønsker rengøring hver anden uge");
    }
}
