package dk.careledger.indeksfeed.api;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.indeksfeed.Feedafstemning;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reconciliation on request: after a rebuild that changed the feed's rules, correct what receivers have been given. */
@RestController
@Kraever({Adgangsrolle.DRIFT})
@Tag(name = "Indeksfeeds")
public class FeedAfstemningController {
    private final Feedafstemning afstemning;

    public FeedAfstemningController(Feedafstemning afstemning) {
        this.afstemning = afstemning;
    }

    /** The subjects (sager; bevillinger and effektueringer) that got a correcting registration. */
    public record Afstemning(int rettede, List<UUID> sager) {
    }

    @PostMapping(path = "/api/admin/feeds/sagsindeks/afstemning", produces = "application/json")
    @Operation(summary = "Afstem Sagsindeks-feedet med fakta og den gældende konfiguration",
            description = "Hver sag hvis seneste leverance viser noget andet end fakta nu giver under den politik der gælder i dag, får en "
                    + "rettende Opdater-registrering (aarsag KORREKTION). Kører også efter hver politikændring og hver nat.")
    public Afstemning afstem(@Parameter(hidden = true) Bruger bruger) {
        List<UUID> rettede = afstemning.afstem(null, bruger.brugerId());
        return new Afstemning(rettede.size(), rettede);
    }

    @PostMapping(path = "/api/admin/feeds/ydelsesindeks/afstemning", produces = "application/json")
    @Operation(summary = "Afstem Ydelsesindeks-feedet med fakta pr. i dag",
            description = "Leverer det indekset skal vise i dag men ikke har fået: måneder begyndt siden seneste hændelse for en løbende "
                    + "økonomisk ydelse, og hvad en ændret regel nu viser anderledes (aarsag KORREKTION). Kører også hver nat.")
    public Afstemning afstemYdelser(@Parameter(hidden = true) Bruger bruger) {
        List<UUID> leveret = afstemning.afstemYdelser(bruger.brugerId());
        return new Afstemning(leveret.size(), leveret);
    }
}
