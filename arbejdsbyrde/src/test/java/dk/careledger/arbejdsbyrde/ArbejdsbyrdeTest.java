package dk.careledger.arbejdsbyrde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.careledger.commandside.borger.Identtype;
import dk.careledger.commandside.infra.EventJson;
import dk.careledger.domain.bevilling.BevillingDecider;
import dk.careledger.domain.bevilling.BevillingState;
import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.domain.felles.Id;
import dk.careledger.domain.forloeb.ForloebDecider;
import dk.careledger.domain.forloeb.ForloebState;
import dk.careledger.domain.forloeb.event.ForloebEvent;
import dk.careledger.domain.henvendelse.HenvendelseDecider;
import dk.careledger.domain.henvendelse.HenvendelseState;
import dk.careledger.domain.henvendelse.event.HenvendelseEvent;
import dk.careledger.domain.sag.SagDecider;
import dk.careledger.domain.sag.SagState;
import dk.careledger.domain.sag.event.SagEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generator is deterministic, covers the whole event vocabulary, and everything it emits is a valid history:
 * contiguous per-aggregate sequences, and states that replaying the events through the deciders' evolve reproduces.
 */
class ArbejdsbyrdeTest {

    private static final Parametre LILLE = Parametre.af(42, 200, 180, 3);

    @Test
    void theSameSeedGivesByteIdenticalOutput() throws Exception {
        Parametre parametre = Parametre.af(7, 120, 120, 2);

        String foerste = fingeraftryk(Arbejdsbyrde.af(parametre));
        String anden = fingeraftryk(Arbejdsbyrde.af(parametre));
        String andetFroe = fingeraftryk(Arbejdsbyrde.af(Parametre.af(8, 120, 120, 2)));

        assertThat(anden).isEqualTo(foerste);
        assertThat(andetFroe).isNotEqualTo(foerste);
        assertThat(Arbejdsbyrde.af(parametre).borgere()).isEqualTo(Arbejdsbyrde.af(parametre).borgere());
    }

    @Test
    void aSmallHistoryHoldsEveryEventTypeOfEveryAggregateAndAtLeastTenThousandEvents() {
        Map<Class<?>, Long> prType = new HashMap<>();
        Arbejdsbyrde.af(LILLE).haendelser(new SyntetiskKryptering())
                .forEach(h -> prType.merge(h.haendelse().getClass(), 1L, Long::sum));

        assertThat(alleHaendelsestyper()).hasSize(41);
        assertThat(prType.keySet()).containsExactlyInAnyOrderElementsOf(alleHaendelsestyper());
        assertThat(prType.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(10_000);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void otherSeedsOfTheSameSizeCoverEveryEventTypeToo(long seed) {
        Set<Class<?>> typer = new HashSet<>();
        long antal = Arbejdsbyrde.af(Parametre.af(seed, 200, 180, 1 + (int) (seed % 4))).haendelser(new SyntetiskKryptering())
                .peek(h -> typer.add(h.haendelse().getClass())).count();

        assertThat(typer).containsExactlyInAnyOrderElementsOf(alleHaendelsestyper());
        assertThat(antal).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void sequenceNumbersRunFromZeroWithoutGapsInEveryAggregateAndNameTheRightAggregate() {
        Map<String, Long> naeste = new HashMap<>();
        Map<String, String> type = new HashMap<>();
        Set<java.util.UUID> haendelsesIder = new HashSet<>();

        Arbejdsbyrde.af(LILLE).haendelser(new SyntetiskKryptering()).forEach(h -> {
            assertThat(h.sekvens()).as("sequence of %s", h.aggregatId()).isEqualTo(naeste.getOrDefault(h.aggregatId(), 0L));
            naeste.put(h.aggregatId(), h.sekvens() + 1);
            assertThat(type.computeIfAbsent(h.aggregatId(), id -> h.aggregattype())).isEqualTo(h.aggregattype());
            assertThat(h.aggregattype()).isEqualTo(lagretType(h.haendelse()));
            assertThat(aggregatId(h.haendelse())).isEqualTo(h.aggregatId());
            assertThat(haendelsesIder.add(h.haendelsesId())).as("event id %s is unique", h.haendelsesId()).isTrue();
        });

        assertThat(naeste).hasSizeGreaterThan(500);
    }

    @Test
    void replayingEachAggregateThroughEvolveGivesTheStateTheGeneratorEndedWith() {
        Koersel koersel = Arbejdsbyrde.af(LILLE.medBeholdTilstande(true)).koer(new SyntetiskKryptering());
        Map<String, List<Record>> prAggregat = new LinkedHashMap<>();
        koersel.forEachRemaining(h -> prAggregat.computeIfAbsent(h.aggregatId(), id -> new ArrayList<>()).add(h.haendelse()));

        Map<String, Object> tilstande = koersel.tilstande();
        assertThat(tilstande.keySet()).containsExactlyInAnyOrderElementsOf(prAggregat.keySet());
        prAggregat.forEach((id, haendelser) -> assertThat(genafspil(haendelser)).as("state of %s", id).isEqualTo(tilstande.get(id)));
        assertThat(tilstande.values()).hasAtLeastOneElementOfType(SagState.class).hasAtLeastOneElementOfType(BevillingState.class)
                .hasAtLeastOneElementOfType(HenvendelseState.class).hasAtLeastOneElementOfType(ForloebState.class);
    }

    @Test
    void theStatesAreOnlyKeptWhenAskedFor() {
        Koersel koersel = Arbejdsbyrde.af(Parametre.af(42, 20, 30, 1)).koer(new SyntetiskKryptering());
        koersel.forEachRemaining(h -> { });

        assertThat(koersel.tilstande()).isEmpty();
        assertThat(koersel.antal()).isPositive();
    }

    @Test
    void theCitizensAreFixedByTheSeedWithUniqueIdentifiersAcrossTheKommuner() {
        List<GenereretBorger> borgere = Arbejdsbyrde.af(Parametre.af(3, 2_000, 10, 4)).borgere();

        assertThat(borgere).hasSize(2_000);
        assertThat(borgere).extracting(GenereretBorger::borgerId).doesNotHaveDuplicates();
        assertThat(borgere.stream().map(GenereretBorger::identifikator).filter(java.util.Objects::nonNull)).doesNotHaveDuplicates();
        assertThat(borgere).extracting(GenereretBorger::kommune).containsAll(Kommune.KENDTE);
        assertThat(borgere).filteredOn(b -> b.identtype() == Identtype.CPR).isNotEmpty()
                .allSatisfy(b -> assertThat(b.identifikator()).matches("\\d{10}"));
        assertThat(borgere).filteredOn(b -> b.identtype() == Identtype.ERSTATNINGS_CPR).isNotEmpty()
                .allSatisfy(b -> assertThat(b.identifikator()).matches("\\d{6}[A-Z]{2}\\d{2}"));
        assertThat(borgere).filteredOn(b -> b.identtype() == Identtype.ANONYM).isNotEmpty()
                .allSatisfy(b -> assertThat(b.identifikator()).isNull())
                .allSatisfy(b -> assertThat(b.navn()).isNull());
        assertThat(borgere.get(0).borgerId().value().version()).isEqualTo(4);
    }

    @Test
    void theSyntheticStandInIsDeterministicAndReversibleButNotPlaintext() {
        dk.careledger.domain.felles.BorgerId borger = Arbejdsbyrde.af(LILLE).borgere().get(0).borgerId();
        SyntetiskKryptering kryptering = new SyntetiskKryptering();

        var tekst = kryptering.krypter(borger, "Kan ikke komme i bad selv");

        assertThat(tekst).isEqualTo(kryptering.krypter(borger, "Kan ikke komme i bad selv"));
        assertThat(tekst.chiffertekst()).startsWith("syn:").doesNotContain("bad");
        assertThat(SyntetiskKryptering.klartekst(tekst)).isEqualTo("Kan ikke komme i bad selv");
        assertThat(kryptering.krypter(borger, " ")).isNull();
    }

    @Test
    void refusesParametreOutsideTheKnownKommunerOrWithoutCitizensOrDays() {
        assertThatThrownBy(() -> Parametre.af(1, 10, 10, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Parametre.af(1, 0, 10, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Parametre.af(1, 10, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    static List<Class<?>> alleHaendelsestyper() {
        return Stream.of(SagEvent.class, BevillingEvent.class, HenvendelseEvent.class, ForloebEvent.class)
                .flatMap(c -> Stream.of(c.getPermittedSubclasses())).toList();
    }

    private static String fingeraftryk(Arbejdsbyrde byrde) throws Exception {
        ObjectMapper json = EventJson.objectMapper();
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (GenereretBorger b : byrde.borgere()) {
            digest.update(b.toString().getBytes(StandardCharsets.UTF_8));
        }
        for (var it = byrde.koer(new SyntetiskKryptering()); it.hasNext(); ) {
            GenereretHaendelse h = it.next();
            digest.update((h.aggregatId() + "|" + h.aggregattype() + "|" + h.sekvens() + "|" + h.haendelsesId() + "|"
                    + h.kommandoId() + "|" + h.haendelse().getClass().getName() + "|").getBytes(StandardCharsets.UTF_8));
            digest.update(json.writeValueAsBytes(h.haendelse()));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String lagretType(Record haendelse) {
        if (haendelse instanceof SagEvent) {
            return "SagAggregate";
        }
        if (haendelse instanceof BevillingEvent) {
            return "BevillingAggregate";
        }
        if (haendelse instanceof HenvendelseEvent) {
            return "HenvendelseAggregate";
        }
        return haendelse instanceof ForloebEvent ? "ForloebAggregate" : null;
    }

    private static String aggregatId(Record haendelse) {
        Id id;
        if (haendelse instanceof SagEvent e) {
            id = e.sagId();
        } else if (haendelse instanceof BevillingEvent e) {
            id = e.bevillingId();
        } else if (haendelse instanceof HenvendelseEvent e) {
            id = e.henvendelseId();
        } else {
            id = ((ForloebEvent) haendelse).forloebId();
        }
        return id.toString();
    }

    @SuppressWarnings("unchecked")
    private static Object genafspil(List<Record> haendelser) {
        Record foerste = haendelser.get(0);
        if (foerste instanceof SagEvent) {
            return SagDecider.replay((List<SagEvent>) (List<?>) haendelser);
        }
        if (foerste instanceof BevillingEvent) {
            return BevillingDecider.replay((List<BevillingEvent>) (List<?>) haendelser);
        }
        if (foerste instanceof HenvendelseEvent) {
            return HenvendelseDecider.replay((List<HenvendelseEvent>) (List<?>) haendelser);
        }
        return ForloebDecider.replay((List<ForloebEvent>) (List<?>) haendelser);
    }
}
