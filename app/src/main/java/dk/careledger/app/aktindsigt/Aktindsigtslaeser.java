package dk.careledger.app.aktindsigt;

import dk.careledger.app.adgang.Adgangslog;
import dk.careledger.app.bevis.Bevislog;
import dk.careledger.app.bevis.Bevisudtraek;
import dk.careledger.commandside.borger.Borger;
import dk.careledger.commandside.borger.BorgerRegister;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.projection.handling.laesning.HandlingRaekke;
import dk.careledger.projection.handling.laesning.Handlingslaeser;
import dk.careledger.query.tidslinje.TidslinjeController;
import dk.careledger.query.tidslinje.Tidslinjelaeser;
import dk.careledger.query.tidslinje.Tidslinjepost;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Gathers an aktindsigt (ADR 0027): for a citizen, or for one sag, every fact in readable Danish (free text decrypted,
 * as the timelines show it) with who recorded it, when (registreringstid) and its business dates (virkning), next to the
 * stored row it was read from; the kommune's settings (every Kommuneindstilling fact); who in the kommune read the
 * citizen (the access log, C-579/21); and the proof that those rows are the ones under the kommune's signed checkpoints
 * ({@link Bevisudtraek}). What the caller may see is what the timelines let them see ({@link TidslinjeController#synlig}):
 * their own kommune's aggregates within their KLE and følsomhed limits; a citizen or sag the kommune does not know is
 * 404, as if it did not exist. The export is itself logged as a read of the citizen (visning {@value #VISNING}).
 */
@Component
public class Aktindsigtslaeser {
    public static final String VISNING = "aktindsigt";
    public static final String FORMAT = "care-ledger aktindsigt v1";
    private static final int SIDE = 1_000;
    private static final Instant ALTID = Instant.parse("9999-01-01T00:00:00Z");
    /** How long an export waits for the sealer to cover what it exports with a checkpoint. */
    private static final Duration FORSEGLINGSFRIST = Duration.ofSeconds(10);

    /** What an aktindsigt is for: a citizen, or one sag. */
    public enum Emne {
        BORGER, SAG
    }

    private final Tidslinjelaeser tidslinje;
    private final Handlingslaeser handlinger;
    private final BorgerRegister register;
    private final Adgangslog adgangslog;
    private final Bevisudtraek bevis;
    private final Clock clock;

    public Aktindsigtslaeser(Tidslinjelaeser tidslinje, Handlingslaeser handlinger, BorgerRegister register, Adgangslog adgangslog,
            Bevisudtraek bevis, Clock clock) {
        this.tidslinje = tidslinje;
        this.handlinger = handlinger;
        this.register = register;
        this.adgangslog = adgangslog;
        this.bevis = bevis;
        this.clock = clock;
    }

    /** The aktindsigt for {@code emne} {@code id} as {@code bruger} may see it, as one JSON-ready map. */
    public Map<String, Object> udtraek(Emne emne, UUID id, Bruger bruger) {
        String kommune = bruger.kommune().value();
        UUID borger;
        Map<String, List<Tidslinjepost>> aggregater = new LinkedHashMap<>();
        if (emne == Emne.SAG) {
            List<Tidslinjepost> sag = tidslinje.for_(id.toString(), "SagAggregate").filter(p -> TidslinjeController.synlig(p, bruger))
                    .orElseThrow(() -> Afvisning.ikkeFundet("SAG_UKENDT", "sagId", "Der findes ingen sag med id " + id));
            borger = UUID.fromString(String.valueOf(sag.get(0).data().get("borgerId")));
            aggregater.put(id.toString(), sag);
        } else {
            borger = id;
        }
        for (String aggregat : borgerensAggregater(borger, kommune)) {
            if (aggregater.containsKey(aggregat)) {
                continue;
            }
            tidslinje.for_(aggregat, null).filter(p -> TidslinjeController.synlig(p, bruger))
                    .filter(p -> emne == Emne.BORGER || naevnerSag(p, id))
                    .ifPresent(p -> aggregater.put(aggregat, p));
        }
        if (aggregater.isEmpty() && !adgangslog.kender(borger, kommune)) {
            throw Afvisning.ikkeFundet("BORGER_UKENDT", "borgerId", "Borgeren " + borger + " findes ikke");
        }
        Instant udleveret = clock.instant();
        List<Map<String, Object>> fakta = fakta(aggregater);
        Map<String, List<Tidslinjepost>> indstillingsstroem = new LinkedHashMap<>();
        tidslinje.for_(kommune, "KommuneindstillingAggregate").ifPresent(p -> indstillingsstroem.put(kommune, p));
        List<Map<String, Object>> indstillinger = fakta(indstillingsstroem);
        List<Adgangslog.Post> laesninger = adgangslog.hvemLaeste(borger, Instant.EPOCH, ALTID, kommune);
        Map<Long, Map<String, Object>> adgangsraekker = bevis.raekker(Bevislog.ADGANGSLOG, laesninger.stream().map(Adgangslog.Post::loebenummer).toList());

        bevis.daekAlt(FORSEGLINGSFRIST);
        List<Long> positioner = new ArrayList<>();
        fakta.forEach(f -> positioner.add((Long) f.get("position")));
        indstillinger.forEach(f -> positioner.add((Long) f.get("position")));

        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("emne", Map.of("type", emne.name(), "id", id.toString(), "borgerId", borger.toString()));
        m.put("udleveret", udleveret(udleveret, bruger));
        m.put("borger", borger(borger));
        m.put("fakta", fakta);
        m.put("indstillinger", indstillinger);
        m.put("adgangslog", laesninger.stream().filter(p -> adgangsraekker.containsKey(p.loebenummer()))
                .map(p -> adgangspost(p, adgangsraekker.get(p.loebenummer()))).toList());
        Map<String, Object> b = new LinkedHashMap<>(bevis.noegle());
        b.put("logs", List.of(bevis.bevis(Bevislog.HAENDELSER, positioner), bevis.bevis(Bevislog.ADGANGSLOG, adgangsraekker.keySet())));
        b.put("kontrol", "Se docs/aktindsigt.md: java -cp care-ledger.jar -Dloader.main=dk.careledger.app.bevis.Verificer "
                + "org.springframework.boot.loader.launch.PropertiesLauncher --aktindsigt=<denne fil> --noegle=<kommunens offentlige nøgle>");
        m.put("bevis", b);
        adgangslog.laest(bruger, VISNING, emne.name().toLowerCase() + ":" + id, List.of(borger));
        return m;
    }

    /** Every aggregate the handlinger read model links to the citizen in the kommune (created on them, or owned there). */
    private List<String> borgerensAggregater(UUID borger, String kommune) {
        Set<String> ud = new LinkedHashSet<>();
        long efter = 0;
        List<HandlingRaekke> side;
        do {
            side = handlinger.find(new Handlingslaeser.Filter(kommune, null, null, borger, Instant.EPOCH, ALTID, efter, SIDE));
            side.forEach(r -> ud.add(r.aggregatId()));
            efter = side.isEmpty() ? efter : side.get(side.size() - 1).position();
        } while (side.size() == SIDE);
        return List.copyOf(ud);
    }

    private static boolean naevnerSag(List<Tidslinjepost> poster, UUID sag) {
        return poster.stream().anyMatch(p -> sag.toString().equals(String.valueOf(p.data().get("sagId"))));
    }

    /** The facts of the aggregates, each readable and with the stored row it was read from, in log order. */
    private List<Map<String, Object>> fakta(Map<String, List<Tidslinjepost>> aggregater) {
        Map<Long, Map<String, Object>> raekker = bevis.haendelser(aggregater.keySet());
        Map<String, Map<String, Object>> efterSekvens = new HashMap<>();
        raekker.values().forEach(r -> efterSekvens.put(r.get("aggregate_identifier") + "#" + r.get("sequence_number"), r));
        List<Map<String, Object>> ud = new ArrayList<>();
        aggregater.forEach((aggregat, poster) -> {
            for (Tidslinjepost p : poster) {
                Map<String, Object> raekke = efterSekvens.get(aggregat + "#" + p.sekvens());
                if (raekke == null) {
                    continue; // appended between the two reads: in the next export
                }
                String type = String.valueOf(raekke.get("type"));
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("position", ((Number) raekke.get("global_index")).longValue());
                f.put("aggregattype", type.endsWith("Aggregate") ? type.substring(0, type.length() - "Aggregate".length()) : type);
                f.put("aggregatId", aggregat);
                f.put("sekvens", p.sekvens());
                f.put("haendelse", p.haendelse());
                f.put("beskrivelse", p.beskrivelse());
                f.put("registreringstid", p.registreringstid().toString());
                f.put("kommune", p.kommune());
                f.put("brugerId", p.brugerId());
                f.put("rolle", p.rolle());
                f.put("virkning", p.virkning());
                f.put("data", p.data());
                f.put("raekke", raekke);
                ud.add(f);
            }
        });
        ud.sort(Comparator.comparingLong(f -> (Long) f.get("position")));
        return ud;
    }

    private static Map<String, Object> udleveret(Instant tid, Bruger bruger) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tidspunkt", tid.toString());
        m.put("bruger", bruger.brugerId());
        m.put("rolle", bruger.handlerSom() == null ? null : bruger.handlerSom().name());
        m.put("kommune", bruger.kommune().value());
        return m;
    }

    private Map<String, Object> borger(UUID borgerId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("borgerId", borgerId.toString());
        Optional<Borger> b = register.hent(borgerId);
        b.ifPresent(x -> {
            m.put("identtype", x.identtype().name());
            m.put("identifikator", x.identifikator() == null ? Tidslinjelaeser.SLETTET : x.identifikator());
            m.put("navn", x.navn() == null ? Tidslinjelaeser.SLETTET : x.navn());
            m.put("registreret", x.oprettet().toString());
            m.put("glemt", x.glemt() == null ? null : x.glemt().toString());
        });
        return m;
    }

    private static Map<String, Object> adgangspost(Adgangslog.Post p, Map<String, Object> raekke) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("loebenummer", p.loebenummer());
        m.put("tidspunkt", p.tidspunkt().toString());
        m.put("bruger", p.brugerId());
        m.put("rolle", p.rolle());
        m.put("visning", p.visning());
        m.put("reference", p.reference());
        m.put("formaal", p.formaal());
        m.put("raekke", raekke);
        return m;
    }
}
