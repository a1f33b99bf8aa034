package dk.careledger.query.sag;

import dk.careledger.projection.sag.laesning.Sagsbegreb;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The sag list under each case-concept variant (KL/KOMBIT: enkeltsager, borgersag pr. område, FSIII-sag pr. forløb). */
@RestController
@Tag(name = "Sagsbegreb", description = "Den sagsliste en kommune ville have under hver variant af sagsbegrebet, fra de samme fakta")
public class SagsbegrebController {
    private final Sagslaeser laeser;

    public SagsbegrebController(Sagslaeser laeser) {
        this.laeser = laeser;
    }

    @GetMapping(path = "/api/sagsbegreb/{variant}", produces = "application/json")
    @Operation(summary = "Sagerne under én variant (ENKELTSAGER, BORGERSAG_PR_OMRAADE, FSIII_PR_FORLOEB) for en kommune og/eller en borger",
            description = "Hver række har sin egen fremdrift (tidslinje og tilstand i dag), medlemssager og bevillinger. Sideopdelt som /api/sager.")
    public Visninger.Variantliste variant(@PathVariable String variant, @RequestParam(required = false) String kommune,
            @RequestParam(required = false) String borgerId, @RequestParam(required = false) String side,
            @RequestParam(required = false) String stoerrelse) {
        Sagsbegreb v = Sagsparametre.enumVaerdi(Sagsbegreb.class, variant, "variant");
        return laeser.varianter(v, Sagsparametre.kommune(kommune), Sagsparametre.uuid(borgerId, "borgerId"), Sagsparametre.side(side),
                Sagsparametre.stoerrelse(stoerrelse));
    }
}
