package dk.careledger.commandside.api;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.indstilling.command.FastsaetBorgerblik;
import dk.careledger.domain.indstilling.command.FastsaetPolitik;
import dk.careledger.domain.indstilling.command.FastsaetSagsbehandlingsfrist;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A kommune's settings as facts (ADR 0021): the closing policy and case concept, the sagsbehandlingsfrister and
 * Borgerblikket's configuration are commands on the kommune's settings aggregate, like every other command (header
 * {@code X-Kommando-Id}, optional {@code If-Match}). Only the kommune's own configuration users change them (another
 * kommune is 404 {@code KOMMUNE_UKENDT}). The settings are read where they are projected: {@code GET} on the same paths,
 * and the policy change's report before it is made, {@code GET /api/politik/aendringsrapport}.
 */
@RestController
@Kraever({Adgangsrolle.KONFIGURATION})
@Tag(name = "Kommunens indstillinger", description = "Afslutningspolitik, sagsbegreb, sagsbehandlingsfrister og Borgerblikket som fakta "
        + "med virkning fra en dato")
public class KommuneindstillingController {
    private final KommandoApi api;

    public KommuneindstillingController(KommandoApi api) {
        this.api = api;
    }

    @PostMapping(path = "/api/politik/aendringer", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Fastsæt afslutningspolitik og/eller sagsbegreb for kommunens sager under et KLE-præfiks fra en dato",
            description = "Politik eller sagsbegreb kan udelades (ikke begge). Se rapporten over virkningen først: GET /api/politik/aendringsrapport. "
                    + "201 med hændelserne; 200 uden hændelser, når det samme allerede var fastsat.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = FastsaetPolitik.class))))
    public ResponseEntity<KommandoApi.Svar> politik(@RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.indstil(body, FastsaetPolitik.class, headers, FastsaetPolitik::kommune);
    }

    @PutMapping(path = "/api/konfiguration/sagsbehandlingsfrister", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Fastsæt en sagsbehandlingsfrist med virkning fra en dato",
            description = "Den mest specifikke regel gælder (egen kommune før standard, indsats før KLE-område, længere KLE-præfiks før kortere), "
                    + "i kraft den dag ansøgningen blev modtaget; samme regel fastsat igen retter den. 201 med hændelsen; 200 uden, når "
                    + "den samme frist allerede var fastsat.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = FastsaetSagsbehandlingsfrist.class))))
    public ResponseEntity<KommandoApi.Svar> frist(@RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.indstil(body, FastsaetSagsbehandlingsfrist.class, headers, FastsaetSagsbehandlingsfrist::kommune);
    }

    @PostMapping(path = "/api/borgerblik/konfiguration", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Fastsæt en komplet Borgerblik-indstilling for kommunens sager under et KLE-præfiks fra en dato",
            description = "titelKilde, dokumenttitler, niveau2 og skjulForBorger skal angives; fradato og visAeldreAktive kan udelades. "
                    + "201 med hændelsen; 200 uden, når den samme indstilling allerede var fastsat.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = FastsaetBorgerblik.class))))
    public ResponseEntity<KommandoApi.Svar> borgerblik(@RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.indstil(body, FastsaetBorgerblik.class, headers, FastsaetBorgerblik::kommune);
    }
}
