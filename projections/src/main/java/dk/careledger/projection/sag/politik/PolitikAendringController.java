package dk.careledger.projection.sag.politik;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import io.swagger.v3.oas.annotations.Parameter;
import dk.careledger.projection.sag.politik.PolitikAendring;
import dk.careledger.projection.sag.politik.PolitikAendringsrapport;
import dk.careledger.projection.sag.politik.PolitikAendringsrapport.Rapport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Changing a kommune's closing policy or case concept, with a report before it takes effect.
 *
 * <p><b>Writes:</b> with {@code anvend = true} this endpoint stores one row of configuration
 * ({@code sag_politik_konfiguration}) through {@link dk.careledger.projection.sag.politik.laesning.Politikindstillinger#gem}; like
 * the sagsbehandlingsfrist endpoint, the query side only ever writes such configuration rows. It is configuration, not
 * data: no event is written or rewritten and no
 * projection row changes, because every policy and variant is already projected side by side.
 */
@RestController
@Tag(name = "Politik", description = "Afslutningspolitik og sagsbegreb pr. kommune og KLE: ændring med rapport før den træder i kraft")
public class PolitikAendringController {
    private final PolitikAendringsrapport rapport;

    public PolitikAendringController(PolitikAendringsrapport rapport) {
        this.rapport = rapport;
    }

    /** The proposed change; politik or sagsbegreb may be left out (then the value in force for the prefix is kept). */
    public record Aendringsanmodning(String kommune, String klePraefiks, String politik, String sagsbegreb, String gyldigFra, Boolean anvend) {
    }

    @Kraever({Adgangsrolle.KONFIGURATION})
    @PostMapping(path = "/api/politik/aendringer", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Rapport over en ændring af politik og/eller sagsbegreb for en kommune og et KLE-præfiks; med anvend=true gemmes den",
            description = "Rapporten viser, hvor mange og hvilke sager der skifter tilstand under den gældende politik (id, gammel → ny fremdrift), "
                    + "og for sagsbegrebet antal sager før → efter og hvilke id'er der kommer og forsvinder. 200 uden anvend, 201 når gemt.")
    public ResponseEntity<Rapport> aendr(@RequestBody Aendringsanmodning anmodning, @Parameter(hidden = true) Bruger bruger) {
        PolitikAendring a = PolitikAendring.fra(anmodning.kommune(), anmodning.klePraefiks(), anmodning.politik(), anmodning.sagsbegreb(),
                anmodning.gyldigFra(), anmodning.anvend());
        // a kommune changes its own policy only (ADR 0019); the user who changes it is the authenticated one
        bruger.egenKommune(a.kommune());
        Rapport r = rapport.vurder(a, bruger.brugerId());
        return ResponseEntity.status(r.anvendt() ? HttpStatus.CREATED : HttpStatus.OK).body(r);
    }
}
