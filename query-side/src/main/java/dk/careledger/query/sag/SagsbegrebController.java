package dk.careledger.query.sag;

import dk.careledger.domain.indstilling.Sagsbegreb;
import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.adgang.Laesningslog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The sag list under each case-concept variant (KL/KOMBIT: enkeltsager, borgersag pr. område, FSIII-sag pr. forløb). */
@RestController
@Kraever({Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER, Adgangsrolle.REVISOR, Adgangsrolle.KONFIGURATION})
@Tag(name = "Sagsbegreb", description = "Den sagsliste en kommune ville have under hver variant af sagsbegrebet, fra de samme fakta")
public class SagsbegrebController {
    private final Sagslaeser laeser;
    private final Laesningslog log;

    public SagsbegrebController(Sagslaeser laeser, Laesningslog log) {
        this.laeser = laeser;
        this.log = log;
    }

    @GetMapping(path = "/api/sagsbegreb/{variant}", produces = "application/json")
    @Operation(summary = "Sagerne under én variant (ENKELTSAGER, BORGERSAG_PR_OMRAADE, FSIII_PR_FORLOEB) for en kommune og/eller en borger",
            description = "Hver række har sin egen fremdrift (tidslinje og tilstand i dag), medlemssager og bevillinger. Sideopdelt som /api/sager.")
    public Visninger.Variantliste variant(@PathVariable String variant, @RequestParam(required = false) String kommune,
            @RequestParam(required = false) String borgerId, @RequestParam(required = false) String side,
            @RequestParam(required = false) String stoerrelse, @io.swagger.v3.oas.annotations.Parameter(hidden = true) Bruger bruger) {
        Sagsbegreb v = Sagsparametre.enumVaerdi(Sagsbegreb.class, variant, "variant");
        String k = Sagsparametre.kommune(kommune);
        Visninger.Variantliste liste = laeser.varianter(v, bruger.egenKommune(k), Sagsparametre.uuid(borgerId, "borgerId"),
                Sagsparametre.side(side), Sagsparametre.stoerrelse(stoerrelse));
        log.laest(bruger, "sagsbegreb", v.name(), liste.sager().stream().map(Visninger.Variantsag::borgerId).toList());
        return liste;
    }
}
