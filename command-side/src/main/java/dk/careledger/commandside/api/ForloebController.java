package dk.careledger.commandside.api;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Kraever;
import static dk.careledger.commandside.kommando.Aggregattype.BEVILLING;
import static dk.careledger.commandside.kommando.Aggregattype.FORLOEB;
import static dk.careledger.commandside.kommando.Aggregattype.SAG;

import dk.careledger.commandside.kommando.Referencer;
import dk.careledger.domain.forloeb.command.AfslutForloeb;
import dk.careledger.domain.forloeb.command.StartForloeb;
import dk.careledger.domain.forloeb.command.TilknytBevilling;
import dk.careledger.domain.forloeb.command.TilknytSag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Forløb (pathways): started, with sager and bevillinger attached, ended. */
@RestController
@Kraever({Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER, Adgangsrolle.SELVVISITERENDE})
@RequestMapping(path = "/api/forloeb", produces = "application/json")
@Tag(name = "Forløb", description = "Pleje- og omsorgsforløb med tilknyttede sager og bevillinger")
public class ForloebController {
    private final KommandoApi api;
    private final Referencer referencer;

    public ForloebController(KommandoApi api, Referencer referencer) {
        this.api = api;
        this.referencer = referencer;
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Start forløb", description = "forloebId vælges af klienten.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = StartForloeb.class))))
    public ResponseEntity<KommandoApi.Svar> start(@RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.opret(FORLOEB, "forloebId", body, StartForloeb.class, headers, k -> referencer.kraevBorger(k.borgerId(), "borgerId"));
    }

    @PostMapping(path = "/{forloebId}/sager", consumes = "application/json")
    @Operation(summary = "Tilknyt sag til forløbet",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = TilknytSag.class))))
    public ResponseEntity<KommandoApi.Svar> tilknytSag(@PathVariable UUID forloebId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(FORLOEB, forloebId, "forloebId", body, TilknytSag.class, headers, k -> referencer.kraev(SAG, k.sagId(), "sagId"));
    }

    @PostMapping(path = "/{forloebId}/bevillinger", consumes = "application/json")
    @Operation(summary = "Tilknyt bevilling til forløbet",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = TilknytBevilling.class))))
    public ResponseEntity<KommandoApi.Svar> tilknytBevilling(@PathVariable UUID forloebId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(FORLOEB, forloebId, "forloebId", body, TilknytBevilling.class, headers,
                k -> referencer.kraev(BEVILLING, k.bevillingId(), "bevillingId"));
    }

    @PostMapping(path = "/{forloebId}/afslutning", consumes = "application/json")
    @Operation(summary = "Afslut forløbet",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = AfslutForloeb.class))))
    public ResponseEntity<KommandoApi.Svar> afslut(@PathVariable UUID forloebId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(FORLOEB, forloebId, "forloebId", body, AfslutForloeb.class, headers, null);
    }
}
