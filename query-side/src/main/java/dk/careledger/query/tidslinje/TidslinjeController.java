package dk.careledger.query.tidslinje;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import dk.careledger.domain.felles.Afvisning;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Timelines: a sag's facts in order, and any aggregate's stream for auditors. */
@RestController
@Tag(name = "Tidslinjer", description = "Hændelserne på en sag (eller ethvert aggregat) i rækkefølge, med aktør, registreringstid og virkning")
public class TidslinjeController {
    private final Tidslinjelaeser tidslinje;

    public TidslinjeController(Tidslinjelaeser tidslinje) {
        this.tidslinje = tidslinje;
    }

    @GetMapping(path = "/api/sager/{sagId}/tidslinje", produces = "application/json")
    @Operation(summary = "Sagens tidslinje")
    public ResponseEntity<List<Tidslinjepost>> sag(@PathVariable UUID sagId) {
        return svar(tidslinje.for_(sagId.toString(), "SagAggregate"), "SAG_UKENDT", "sagId", "Der findes ingen sag med id " + sagId);
    }

    @GetMapping(path = "/api/haendelser/{aggregatId}", produces = "application/json")
    @Operation(summary = "Alle hændelser på et aggregat (henvendelse, sag, bevilling eller forløb)")
    public ResponseEntity<List<Tidslinjepost>> aggregat(@PathVariable UUID aggregatId) {
        return svar(tidslinje.for_(aggregatId.toString(), null), "AGGREGAT_UKENDT", "aggregatId", "Intet aggregat med id " + aggregatId);
    }

    private static ResponseEntity<List<Tidslinjepost>> svar(java.util.Optional<List<Tidslinjepost>> poster, String fejlkode, String felt,
            String besked) {
        return ResponseEntity.ok(poster.orElseThrow(() -> Afvisning.ikkeFundet(fejlkode, felt, besked)));
    }
}
