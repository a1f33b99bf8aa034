package dk.careledger.query.tidslinje;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.adgang.Laesningslog;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.query.adgang.Synlighed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
    private final Synlighed synlighed;
    private final Laesningslog log;

    public TidslinjeController(Tidslinjelaeser tidslinje, Synlighed synlighed, Laesningslog log) {
        this.tidslinje = tidslinje;
        this.synlighed = synlighed;
        this.log = log;
    }

    @GetMapping(path = "/api/sager/{sagId}/tidslinje", produces = "application/json")
    @Operation(summary = "Sagens tidslinje")
    public ResponseEntity<List<Tidslinjepost>> sag(@PathVariable UUID sagId, @Parameter(hidden = true) Bruger bruger) {
        String besked = "Der findes ingen sag med id " + sagId;
        List<Tidslinjepost> poster = tidslinje.for_(sagId.toString(), "SagAggregate")
                .filter(p -> synlig(p, bruger))
                .orElseThrow(() -> Afvisning.ikkeFundet("SAG_UKENDT", "sagId", besked));
        log.laest(bruger, "sag-tidslinje", sagId.toString(), borgere(poster));
        return ResponseEntity.ok(poster);
    }

    @GetMapping(path = "/api/haendelser/{aggregatId}", produces = "application/json")
    @Operation(summary = "Alle hændelser på et aggregat (henvendelse, sag, bevilling eller forløb)")
    public ResponseEntity<List<Tidslinjepost>> aggregat(@PathVariable UUID aggregatId, @Parameter(hidden = true) Bruger bruger) {
        List<Tidslinjepost> poster = tidslinje.for_(aggregatId.toString(), null)
                .filter(p -> synlig(p, bruger))
                .orElseThrow(() -> Afvisning.ikkeFundet("AGGREGAT_UKENDT", "aggregatId", "Intet aggregat med id " + aggregatId));
        log.laest(bruger, "haendelser", aggregatId.toString(), borgere(poster));
        return ResponseEntity.ok(poster);
    }

    /** The stream's first fact names the kommune that created it and, for a sag or bevilling, its KLE and følsomhed. */
    public static boolean synlig(List<Tidslinjepost> poster, Bruger bruger) {
        Tidslinjepost foerste = poster.get(0);
        if (!bruger.kommune().value().equals(foerste.kommune())) {
            return false;
        }
        Object kle = foerste.data().get("kleNummer");
        Object foelsomhed = foerste.data().get("foelsomhed");
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
