package dk.careledger.projection.sag.politik;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Inputgraenser;
import dk.careledger.projection.sag.politik.PolitikAendringsrapport.Rapport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report before a change of a kommune's closing policy or case concept: a read. The change itself is a command on
 * the kommune's settings ({@code POST /api/politik/aendringer} on the command side, ADR 0021).
 */
@RestController
@Tag(name = "Politik", description = "Afslutningspolitik og sagsbegreb pr. kommune og KLE: rapport før en ændring træder i kraft")
public class PolitikAendringsrapportController {
    private final PolitikAendringsrapport rapport;

    public PolitikAendringsrapportController(PolitikAendringsrapport rapport) {
        this.rapport = rapport;
    }

    @Kraever({Adgangsrolle.KONFIGURATION})
    @GetMapping(path = "/api/politik/aendringsrapport", produces = "application/json")
    @Operation(summary = "Rapport over en ændring af politik og/eller sagsbegreb for en kommune og et KLE-præfiks, før den fastsættes",
            description = "Hvor mange og hvilke sager der skifter tilstand under den gældende politik (id, gammel → ny fremdrift), og for "
                    + "sagsbegrebet antal sager før → efter og hvilke id'er der kommer og forsvinder. Ændringen fastsættes med "
                    + "POST /api/politik/aendringer.")
    public Rapport rapport(@Parameter(description = "Kommunens CVR-nummer; kun brugerens egen", required = true) @RequestParam(required = false) String kommune,
            @Parameter(description = "KLE-præfiks; tom = alle") @RequestParam(required = false) String klePraefiks,
            @Parameter(description = "Ny afslutningspolitik; udeladt = den gældende") @RequestParam(required = false) String politik,
            @Parameter(description = "Nyt sagsbegreb; udeladt = det gældende") @RequestParam(required = false) String sagsbegreb,
            @Parameter(description = "Fra hvilken dag (ÅÅÅÅ-MM-DD)", required = true) @RequestParam(required = false) String gyldigFra,
            @Parameter(hidden = true) Bruger bruger) {
        // a kommune sees the report for its own policy only (ADR 0019): another kommune is 404 before anything else
        bruger.egenKommune(Inputgraenser.cvrParameter(Afvisning.paakraevet(kommune, "kommune"), "kommune"));
        PolitikAendring a = PolitikAendring.fra(kommune, klePraefiks, politik, sagsbegreb, gyldigFra);
        return rapport.vurder(a, bruger.brugerId());
    }
}
