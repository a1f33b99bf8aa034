package dk.careledger.app.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.arbejdsbyrde.Arbejdsbyrde;
import dk.careledger.arbejdsbyrde.Bulkindlaeser;
import dk.careledger.arbejdsbyrde.GenereretBorger;
import dk.careledger.arbejdsbyrde.GenereretHaendelse;
import dk.careledger.arbejdsbyrde.Koersel;
import dk.careledger.arbejdsbyrde.Parametre;
import dk.careledger.arbejdsbyrde.SyntetiskKryptering;
import dk.careledger.commandside.borger.Borger;
import dk.careledger.commandside.borger.BorgerRegister;
import dk.careledger.commandside.borger.NoegleBoks;
import dk.careledger.commandside.infra.EventJson;
import dk.careledger.domain.bevilling.BevillingState;
import dk.careledger.domain.bevilling.event.LeveringUdfoert;
import dk.careledger.domain.katalog.Ydelsestype;
import dk.careledger.domain.sag.SagState;
import dk.careledger.domain.sag.event.RevisitationStartet;
import dk.careledger.domain.sag.event.SagOprettet;
import dk.careledger.projection.motor.Projektionsmotor;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A generated history bulk-loaded with COPY is, to the application, indistinguishable from one recorded through the
 * REST API: Axon reads every aggregate back event for event, the real command path extends a loaded aggregate, the
 * revisitation process reacts to new E4s but not to the imported ones, the texts decrypt with the key vault, and the
 * projections catch up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkindlaesningTest {

    private static final ZoneId TIDSZONE = ZoneId.of("Europe/Copenhagen");
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    Bulkindlaeser bulkindlaeser;

    @Autowired
    EventStore eventStore;

    @Autowired
    Projektionsmotor projektionsmotor;

    @Autowired
    NoegleBoks noegleBoks;

    @Autowired
    BorgerRegister register;

    @Autowired
    JdbcTemplate jdbc;

    private Arbejdsbyrde byrde;
    private final List<GenereretHaendelse> genereret = new ArrayList<>();
    private final Map<String, List<GenereretHaendelse>> prAggregat = new LinkedHashMap<>();
    private Map<String, Object> tilstande;
    private final List<Long> fremskridt = new CopyOnWriteArrayList<>();
    private Bulkindlaeser.Resultat resultat;
    /** Aggregates the tests extend through the REST API; the others must hold exactly the generated events. */
    private final java.util.Set<String> beroert = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @BeforeAll
    void indlaesEnHistorie() {
        byrde = Arbejdsbyrde.af(Parametre.af(50_501, 60, 150, 2).medBeholdTilstande(true));
        bulkindlaeser.registrerBorgere(byrde.borgere(), Instant.parse("2023-12-31T00:00:00Z"));
        Koersel koersel = byrde.koer(noegleBoks);
        koersel.forEachRemaining(genereret::add);
        tilstande = koersel.tilstande();
        for (GenereretHaendelse h : genereret) {
            prAggregat.computeIfAbsent(h.aggregatId(), id -> new ArrayList<>()).add(h);
        }
        resultat = bulkindlaeser.indlaesHaendelser(genereret.iterator(), 1_000, (n, tid) -> fremskridt.add(n));
    }

    @Test
    void loadsEveryGeneratedEventInChunksAndReportsProgress() {
        assertThat(resultat.haendelser()).isEqualTo(genereret.size());
        assertThat(genereret.size()).isGreaterThan(3_000);
        assertThat(fremskridt).isSorted().last().isEqualTo((long) genereret.size());
        assertThat(fremskridt).hasSize((genereret.size() + 999) / 1_000);
        assertThat(resultat.prType().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(genereret.size());
    }

    @Test
    void theGlobalIndexKeepsTheGeneratedOrder() {
        List<String> ider = genereret.stream().map(h -> h.haendelsesId().toString()).toList();
        List<String> lagret = jdbc.queryForList("SELECT event_identifier FROM domain_event_entry WHERE event_identifier = ANY (?) "
                + "ORDER BY global_index", String.class, (Object) ider.toArray(new String[0]));

        assertThat(lagret).isEqualTo(ider);
    }

    @Test
    void axonReadsEveryAggregateBackExactlyAsGenerated() {
        for (Map.Entry<String, List<GenereretHaendelse>> e : prAggregat.entrySet()) {
            boolean udvidet = beroert.contains(e.getKey());
            List<? extends DomainEventMessage<?>> laest = eventStore.readEvents(e.getKey()).asStream().toList();
            List<GenereretHaendelse> forventet = e.getValue();
            if (udvidet) {
                assertThat(laest).as("events of %s", e.getKey()).hasSizeGreaterThan(forventet.size());
            } else {
                assertThat(laest).as("events of %s", e.getKey()).hasSize(forventet.size());
            }
            for (int i = 0; i < forventet.size(); i++) {
                GenereretHaendelse g = forventet.get(i);
                DomainEventMessage<?> m = laest.get(i);
                assertThat(m.getPayload()).isEqualTo(g.haendelse());
                assertThat(m.getSequenceNumber()).isEqualTo(g.sekvens()).isEqualTo(i);
                assertThat(m.getType()).isEqualTo(g.aggregattype());
                assertThat(m.getIdentifier()).isEqualTo(g.haendelsesId().toString());
                assertThat(m.getTimestamp()).isEqualTo(g.tidspunkt());
                assertThat(m.getMetaData()).containsEntry("correlationId", g.kommandoId().toString())
                        .containsEntry("traceId", g.kommandoId().toString()).hasSize(2);
            }
        }
    }

    @Test
    void theRealCommandPathExtendsALoadedBevillingAndWritesRowsOfTheSameShape() throws Exception {
        String bevilling = tilstande.entrySet().stream()
                .filter(e -> e.getValue() instanceof BevillingState b && loeber(b) && b.ydelsestype() == Ydelsestype.TID
                        && !beroert.contains(e.getKey()))
                .map(Map.Entry::getKey).reduce((a, b) -> b).orElseThrow();
        beroert.add(bevilling);
        List<GenereretHaendelse> genereretForBevilling = prAggregat.get(bevilling);
        GenereretHaendelse sidste = genereretForBevilling.get(genereretForBevilling.size() - 1);
        long foer = eventStore.readEvents(bevilling).asStream().count();
        UUID levering = UUID.randomUUID();
        String leveret = byrde.parametre().slutdato().atTime(12, 0).atZone(TIDSZONE).toInstant().toString();

        HttpKlient.Svar svar = klient(sidste).post("/api/bevillinger/" + bevilling + "/leveringer", Map.of("leveringId", levering,
                "leveret", leveret, "udfoertAf", "hp-1101", "varighedMinutter", 20));

        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        List<? extends DomainEventMessage<?>> efter = eventStore.readEvents(bevilling).asStream().toList();
        assertThat(efter).hasSize((int) foer + 1);
        DomainEventMessage<?> ny = efter.get(efter.size() - 1);
        assertThat(ny.getSequenceNumber()).isEqualTo(foer);
        assertThat(ny.getPayload()).isInstanceOfSatisfying(LeveringUdfoert.class,
                l -> assertThat(l.leveringId()).isEqualTo(levering));

        Map<String, Object> rest = raekke(bevilling, ny.getSequenceNumber());
        Map<String, Object> bulk = raekke(bevilling, sidste.sekvens());
        assertThat(rest.get("type")).isEqualTo(bulk.get("type")).isEqualTo("BevillingAggregate");
        assertThat(rest.get("payload_revision")).isEqualTo(bulk.get("payload_revision")).isEqualTo("1");
        assertThat((String) bulk.get("time_stamp")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat((String) rest.get("time_stamp")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(noegler((byte[]) bulk.get("meta_data"))).isEqualTo(noegler((byte[]) rest.get("meta_data")));
        assertThat((String) bulk.get("event_identifier")).matches("[0-9a-f-]{36}");
        assertThat((byte[]) bulk.get("payload")).isEqualTo(EventJson.objectMapper().writeValueAsBytes(sidste.haendelse()));
        assertThat(bulk.get("payload_type")).isEqualTo(sidste.haendelse().getClass().getName());
    }

    @Test
    void theRevisitationProcessReactsToANewE4OnALoadedBevillingButNotToTheImportedOnes() throws Exception {
        Map.Entry<String, Object> valgt = tilstande.entrySet().stream()
                .filter(e -> e.getValue() instanceof BevillingState b && loeber(b) && b.sagId() != null
                        && !b.revisitationPaagaar() && tilstande.get(b.sagId().toString()) instanceof SagState s
                        && !s.afsluttet() && s.harAfgoerelse() && !s.underRevisitation() && !beroert.contains(e.getKey()))
                .findFirst().orElseThrow();
        String bevilling = valgt.getKey();
        String sag = ((BevillingState) valgt.getValue()).sagId().toString();
        beroert.add(bevilling);
        beroert.add(sag);
        String idag = byrde.parametre().slutdato().toString();
        String naeste = byrde.parametre().slutdato().plusDays(30).toString();

        HttpKlient.Svar svar = klient(prAggregat.get(bevilling).get(0)).post("/api/bevillinger/" + bevilling + "/opfoelgninger",
                Map.of("opfoelgningId", UUID.randomUUID(), "resultatKode", "E4", "gennemfoertDato", idag,
                        "naesteOpfoelgning", naeste, "notat", "Funktionsniveau forværret"));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);

        List<?> sagensHaendelser = List.of();
        long frist = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < frist) {
            sagensHaendelser = eventStore.readEvents(sag).asStream().map(DomainEventMessage::getPayload).toList();
            if (sagensHaendelser.size() > prAggregat.get(sag).size()) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(sagensHaendelser).hasSize(prAggregat.get(sag).size() + 1);
        assertThat(sagensHaendelser.get(sagensHaendelser.size() - 1)).isInstanceOf(RevisitationStartet.class);

        Map<String, Long> lagret = jdbc.query("SELECT aggregate_identifier, count(*) FROM domain_event_entry "
                + "WHERE type = 'SagAggregate' GROUP BY aggregate_identifier", rs -> {
                    Map<String, Long> m = new LinkedHashMap<>();
                    while (rs.next()) {
                        m.put(rs.getString(1), rs.getLong(2));
                    }
                    return m;
                });
        for (Map.Entry<String, List<GenereretHaendelse>> e : prAggregat.entrySet()) {
            if (e.getValue().get(0).aggregattype().equals("SagAggregate") && !e.getKey().equals(sag)) {
                assertThat(lagret.get(e.getKey())).as("events of sag %s", e.getKey()).isEqualTo(e.getValue().size());
            }
        }
    }

    @Test
    void theCitizensAreRegisteredAndTheLoadedTextsDecrypt() {
        for (GenereretBorger g : byrde.borgere()) {
            Borger borger = register.hent(g.borgerId().value()).orElseThrow();
            assertThat(borger.identtype()).isEqualTo(g.identtype());
            assertThat(borger.identifikator()).isEqualTo(g.identifikator());
            assertThat(borger.navn()).isEqualTo(g.navn());
            assertThat(borger.kommune()).isEqualTo(g.kommune().cvr().value());
        }
        List<SagOprettet> sager = genereret.stream().map(GenereretHaendelse::haendelse)
                .filter(SagOprettet.class::isInstance).map(SagOprettet.class::cast).toList();
        assertThat(sager).isNotEmpty();
        for (SagOprettet s : sager) {
            assertThat(noegleBoks.dekrypter(s.titel())).get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .matches("(Ansøgning om|Visitation til|Sag om) .+");
        }
    }

    @Test
    void theProjectionsCatchUpWithALoadedHistory() {
        boolean ajour = projektionsmotor.venTilAjour(Duration.ofSeconds(60));
        assertThat(ajour).as("projections up to date: %s", projektionsmotor.status()).isTrue();
    }

    @Test
    void theAllInOneLoadRegistersGeneratesWithTheKeyVaultAndWrites() {
        Arbejdsbyrde anden = Arbejdsbyrde.af(Parametre.af(50_502, 15, 60, 1));
        List<Long> meldt = new ArrayList<>();

        Bulkindlaeser.Resultat r = bulkindlaeser.indlaes(anden, (n, tid) -> meldt.add(n));

        assertThat(r.borgere()).isEqualTo(15);
        assertThat(r.haendelser()).isPositive().isEqualTo(meldt.get(meldt.size() - 1));
        List<String> ider = anden.borgere().stream().map(b -> b.borgerId().toString()).toList();
        Long lagret = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type = ? "
                + "AND convert_from(payload, 'UTF8')::jsonb ->> 'borgerId' = ANY (?)", Long.class,
                SagOprettet.class.getName(), ider.toArray(new String[0]));
        assertThat(lagret).isEqualTo(r.prType().getOrDefault("SagOprettet", 0L));
        String titel = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8')::jsonb -> 'titel' ->> 'chiffertekst' "
                + "FROM domain_event_entry WHERE payload_type = ? AND convert_from(payload, 'UTF8')::jsonb ->> 'borgerId' = ANY (?) "
                + "LIMIT 1", String.class, SagOprettet.class.getName(), ider.toArray(new String[0]));
        assertThat(titel).startsWith("v1:");
    }

    @Test
    void theSyntheticStandInLoadsWithoutTheRegisterAndReadsAsForgottenText() {
        Arbejdsbyrde benchmark = Arbejdsbyrde.af(Parametre.af(50_503, 10, 45, 1));

        Bulkindlaeser.Resultat r = bulkindlaeser.indlaes(benchmark, new SyntetiskKryptering(), Bulkindlaeser.Fremskridt.ingen());

        assertThat(r.borgere()).isZero();
        assertThat(r.haendelser()).isEqualTo(benchmark.haendelser(new SyntetiskKryptering()).count());
        GenereretBorger borger = benchmark.borgere().get(0);
        assertThat(register.hent(borger.borgerId().value())).isEmpty();
        SagOprettet sag = benchmark.haendelser(new SyntetiskKryptering()).map(GenereretHaendelse::haendelse)
                .filter(SagOprettet.class::isInstance).map(SagOprettet.class::cast).findFirst().orElseThrow();
        SagOprettet laest = (SagOprettet) eventStore.readEvents(sag.sagId().toString()).next().getPayload();
        assertThat(laest).isEqualTo(sag);
        assertThat(noegleBoks.dekrypter(laest.titel())).isEmpty();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** Running on the last day of the history, with a start date and no end. */
    private boolean loeber(BevillingState b) {
        return b.startdato() != null && !b.erOphoert() && (b.slutdato() == null
                || !b.slutdato().isBefore(byrde.parametre().slutdato()))
                && !b.startdato().isAfter(byrde.parametre().slutdato());
    }

    private HttpKlient klient(GenereretHaendelse h) {
        return new HttpKlient(port, "hp-1101", "UDFOERER", h.registrering().kommune().value());
    }

    private Map<String, Object> raekke(String aggregat, long sekvens) {
        return jdbc.queryForMap("SELECT * FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?",
                aggregat, sekvens);
    }

    private static List<String> noegler(byte[] json) throws Exception {
        JsonNode node = JSON.readTree(json);
        List<String> noegler = new ArrayList<>();
        node.fieldNames().forEachRemaining(noegler::add);
        return noegler.stream().sorted().collect(Collectors.toList());
    }
}
