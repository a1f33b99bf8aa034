package dk.careledger.projection.arbejdsliste;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.felles.Inputgraenser;
import dk.careledger.projection.arbejdsliste.laesning.Sagsbehandlingsfrister.Fristpost;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import dk.careledger.projection.arbejdsliste.laesning.Fristregler;
import dk.careledger.projection.arbejdsliste.laesning.Sagsbehandlingsfrister;

/**
 * The sagsbehandlingsfrister each kommune has set per area (RSL § 3 stk. 2), effective-dated: a read of the projection
 * of the kommune settings' facts ({@link SagsbehandlingsfristProjektion}); a frist is set by a command on the kommune's
 * settings ({@code PUT} on the same path, command side, ADR 0021). Kommune {@value Fristregler#ALLE_KOMMUNER} holds the
 * defaults for kommuner that have not set their own.
 */
@RestController
@RequestMapping(path = "/api/konfiguration/sagsbehandlingsfrister", produces = "application/json")
@Tag(name = "Konfiguration: sagsbehandlingsfrister", description = "Kommunernes sagsbehandlingsfrister pr. KLE-område og indsats, "
        + "med virkning fra en dato (RSL § 3)")
public class SagsbehandlingsfristController {
    private final Sagsbehandlingsfrister frister;

    public SagsbehandlingsfristController(Sagsbehandlingsfrister frister) {
        this.frister = frister;
    }

    @GetMapping
    @Kraever({Adgangsrolle.KONFIGURATION, Adgangsrolle.LEDER, Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.REVISOR})
    @Operation(summary = "Brugerens kommunes sagsbehandlingsfrister og standardfristerne (00000000)")
    public List<Fristpost> alle(@Parameter(description = "Kommunens CVR-nummer (otte cifre); kun brugerens egen, som også er standard")
            @RequestParam(required = false) String kommune, @Parameter(hidden = true) Bruger bruger) {
        if (kommune != null && !kommune.isBlank()) {
            Inputgraenser.cvrParameter(kommune, "kommune");
        }
        return frister.alle(bruger.egenKommune(kommune));
    }
}
