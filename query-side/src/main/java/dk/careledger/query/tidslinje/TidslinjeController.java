package dk.careledger.query.tidslinje;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.adgang.Laesningslog;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.sag.event.SagOmklassificeret;
import dk.careledger.query.adgang.Synlighed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.Optional;
import java.util.function.Supplier;
import java.time.Clock;
import dk.careledger.query.tid.Tidsparametre;
import dk.careledger.query.tid.Tidsparametre.Tidsvalg;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Timelines: a sag's facts in order, and any aggregate's stream for auditors. Only the kommune that created the
 * aggregate sees it (its first fact's registrering), within the KLE and følsomhed limits of the caller (ADR 0019);
 * every citizen the stream names is logged as read.
 */
@RestController
@Kraever({Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER, Adgangsrolle.SELVVISITERENDE, Adgangsrolle.REVISOR})
@Tag(name = "Tidslinjer", description = "Hændelserne på en sag (eller ethvert aggregat) i rækkefølge, med aktør, registreringstid og virkning")
public class TidslinjeController {
    private final Tidslinjelaeser tidslinje;
    private static final String OMKLASSIFICERET = SagOmklassificeret.class.getSimpleName();

    private final Synlighed synlighed;
    private final Laesningslog log;
    private final Clock clock;

    public TidslinjeController(Tidslinjelaeser tidslinje, Synlighed synlighed, Laesningslog log, Clock clock) {
        this.tidslinje = tidslinje;
        this.synlighed = synlighed;
        this.log = log;
        this.clock = clock;
    }

    @GetMapping(path = "/api/sager/{sagId}/tidslinje", produces = "application/json")
    @Operation(summary = "Sagens tidslinje", description = "Hændelserne i rækkefølge. Med kendtPr: kun dem registreret til og med da; med "
            + "gaeldendePr: kun dem der havde virkning senest den dag. Så er svaret {tidsangivelse, poster} i stedet for listen (ADR 0026).")
    public ResponseEntity<Object> sag(@PathVariable UUID sagId,
            @RequestParam(required = false) @Parameter(description = Tidsparametre.KENDT_PR_BESKRIVELSE) String kendtPr,
            @RequestParam(required = false) @Parameter(description = Tidsparametre.GAELDENDE_PR_BESKRIVELSE) String gaeldendePr,
            @Parameter(hidden = true) Bruger bruger) {
        return laes(sagId, "SagAggregate", "sag-tidslinje", Tidsparametre.laes(kendtPr, gaeldendePr, clock), bruger,
                () -> Afvisning.ikkeFundet("SAG_UKENDT", "sagId", "Der findes ingen sag med id " + sagId));
    }

    /** The live timeline of a sag, for the UI's pages (called in-process). */
    public ResponseEntity<List<Tidslinjepost>> sag(UUID sagId, Bruger bruger) {
        return ResponseEntity.ok(poster(sag(sagId, null, null, bruger)));
    }

    @GetMapping(path = "/api/haendelser/{aggregatId}", produces = "application/json")
    @Operation(summary = "Alle hændelser på et aggregat (henvendelse, sag, bevilling eller forløb)", description = "Med kendtPr og/eller "
            + "gaeldendePr som sagens tidslinje: svaret er da {tidsangivelse, poster} (ADR 0026).")
    public ResponseEntity<Object> aggregat(@PathVariable UUID aggregatId,
            @RequestParam(required = false) @Parameter(description = Tidsparametre.KENDT_PR_BESKRIVELSE) String kendtPr,
            @RequestParam(required = false) @Parameter(description = Tidsparametre.GAELDENDE_PR_BESKRIVELSE) String gaeldendePr,
            @Parameter(hidden = true) Bruger bruger) {
        return laes(aggregatId, null, "haendelser", Tidsparametre.laes(kendtPr, gaeldendePr, clock), bruger,
                () -> Afvisning.ikkeFundet("AGGREGAT_UKENDT", "aggregatId", "Intet aggregat med id " + aggregatId));
    }

    /** The live stream of an aggregate, for the UI's pages (called in-process). */
    public ResponseEntity<List<Tidslinjepost>> aggregat(UUID aggregatId, Bruger bruger) {
        return ResponseEntity.ok(poster(aggregat(aggregatId, null, null, bruger)));
    }

    private ResponseEntity<Object> laes(UUID id, String aggregattype, String visning, Tidsvalg tid, Bruger bruger, Supplier<Afvisning> ukendt) {
        // visible as classified now (the whole stream) and, read as of an earlier instant, as classified then (ADR 0026)
        List<Tidslinjepost> poster = tidslinje.for_(id.toString(), aggregattype)
                .filter(p -> synlig(p, bruger))
                .flatMap(p -> tid == null ? Optional.of(p) : Tidslinjelaeser.pr(p, tid))
                .filter(p -> synlig(p, bruger))
                .orElseThrow(ukendt);
        log.laest(bruger, visning, id.toString(), borgere(poster));
        return ResponseEntity.ok(tid == null ? poster : new Tidslinje(tid.angivelse(), poster));
    }

    @SuppressWarnings("unchecked")
    private static List<Tidslinjepost> poster(ResponseEntity<Object> svar) {
        return (List<Tidslinjepost>) svar.getBody();
    }

    /**
     * The stream's first fact names the kommune that created it and, for a sag or bevilling, its KLE and følsomhed; a
     * sag's reclassification ({@code SagOmklassificeret}, ADR 0022) replaces them: the stream's last classification decides.
     */
    public static boolean synlig(List<Tidslinjepost> poster, Bruger bruger) {
        Tidslinjepost foerste = poster.get(0);
        if (!bruger.kommune().value().equals(foerste.kommune())) {
            return false;
        }
        Object kle = foerste.data().get("kleNummer");
        Object foelsomhed = foerste.data().get("foelsomhed");
        for (Tidslinjepost p : poster) {
            if (OMKLASSIFICERET.equals(p.haendelse()) && p.data().get("ny") instanceof Map<?, ?> ny) {
                kle = ny.get("kleNummer");
                foelsomhed = ny.get("foelsomhed");
            }
        }
        return bruger.maaSe(kle == null ? null : kle.toString(), Synlighed.foelsomhed(foelsomhed == null ? null : foelsomhed.toString()))
                || (kle == null && foelsomhed == null);
    }

    /** Every citizen the stream names (borgerId in any fact). */
    private static List<UUID> borgere(List<Tidslinjepost> poster) {
        Set<UUID> borgere = new LinkedHashSet<>();
        for (Tidslinjepost p : poster) {
            Object b = p.data().get("borgerId");
            if (b != null) {
                try {
                    borgere.add(UUID.fromString(b.toString()));
                } catch (IllegalArgumentException e) {
                    // not a citizen id
                }
            }
        }
        return List.copyOf(borgere);
    }
}
