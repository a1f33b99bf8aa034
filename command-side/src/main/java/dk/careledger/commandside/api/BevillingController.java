package dk.careledger.commandside.api;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Kraever;
import static dk.careledger.commandside.kommando.Aggregattype.BEVILLING;
import static dk.careledger.commandside.kommando.Aggregattype.SAG;

import dk.careledger.commandside.kommando.Referencer;
import dk.careledger.domain.bevilling.command.AendrBevilling;
import dk.careledger.domain.bevilling.command.AnnullerLevering;
import dk.careledger.domain.bevilling.command.BestilBevilling;
import dk.careledger.domain.bevilling.command.FastsaetStartdato;
import dk.careledger.domain.bevilling.command.GennemfoerOpfoelgning;
import dk.careledger.domain.bevilling.command.GivBevilling;
import dk.careledger.domain.bevilling.command.OphoerBevilling;
import dk.careledger.domain.bevilling.command.RegistrerIkkeLeveret;
import dk.careledger.domain.bevilling.command.RegistrerLevering;
import dk.careledger.domain.bevilling.command.RegistrerUplanlagtLevering;
import dk.careledger.domain.bevilling.command.RetStartdato;
import dk.careledger.domain.bevilling.command.TilknytSagTilBevilling;
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

/** Bevillinger with their bestilling, leveringer (UC6, UC8) and opfølgninger (FSIII E1–E4). */
@RestController
@Kraever({Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER, Adgangsrolle.SELVVISITERENDE})
@RequestMapping(path = "/api/bevillinger", produces = "application/json")
@Tag(name = "Bevillinger", description = "Bevilling, bestilling, levering og opfølgning (UC3, UC6, UC8)")
public class BevillingController {
    private final KommandoApi api;
    private final Referencer referencer;

    public BevillingController(KommandoApi api, Referencer referencer) {
        this.api = api;
        this.referencer = referencer;
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Giv bevilling, med eller uden sag (UC3; uden startdato = venteliste, 4.a1)", description = "bevillingId vælges af klienten.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = GivBevilling.class))))
    public ResponseEntity<KommandoApi.Svar> giv(@RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.opret(BEVILLING, "bevillingId", body, GivBevilling.class, headers, k -> {
            referencer.kraevBorger(k.borgerId(), "borgerId");
            referencer.kraev(SAG, k.sagId(), "sagId");
        });
    }

    @PostMapping(path = "/{bevillingId}/bestilling", consumes = "application/json")
    @Operation(summary = "Bestil hos leverandør, evt. i anden kommune (UC3 trin 3, 5.a1)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = BestilBevilling.class))))
    public ResponseEntity<KommandoApi.Svar> bestil(@PathVariable UUID bevillingId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(BEVILLING, bevillingId, "bevillingId", body, BestilBevilling.class, headers, null);
    }

    @PostMapping(path = "/{bevillingId}/startdato", consumes = "application/json")
    @Operation(summary = "Fastsæt startdato for en bevilling på venteliste (UC3 4.a1)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = FastsaetStartdato.class))))
    public ResponseEntity<KommandoApi.Svar> fastsaetStartdato(@PathVariable UUID bevillingId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(BEVILLING, bevillingId, "bevillingId", body, FastsaetStartdato.class, headers, null);
    }

    @PostMapping(path = "/{bevillingId}/aendring", consumes = "application/json")
    @Operation(summary = "Ændr omfang inden for rammen (UC5)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = AendrBevilling.class))))
    public ResponseEntity<KommandoApi.Svar> aendr(@PathVariable UUID bevillingId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(BEVILLING, bevillingId, "bevillingId", body, AendrBevilling.class, headers, null);
    }

    @PostMapping(path = "/{bevillingId}/ophoer", consumes = "application/json")
    @Operation(summary = "Bevillingen ophører",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = OphoerBevilling.class))))
    public ResponseEntity<KommandoApi.Svar> ophoer(@PathVariable UUID bevillingId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(BEVILLING, bevillingId, "bevillingId", body, OphoerBevilling.class, headers, null);
    }

    @Kraever({Adgangsrolle.LEVERANDOER, Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER, Adgangsrolle.SELVVISITERENDE})
    @PostMapping(path = "/{bevillingId}/leveringer", consumes = "application/json")
    @Operation(summary = "Registrer udført levering (UC6)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RegistrerLevering.class))))
    public ResponseEntity<KommandoApi.Svar> levering(@PathVariable UUID bevillingId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(BEVILLING, bevillingId, "bevillingId", body, RegistrerLevering.class, headers, null);
    }

    @Kraever({Adgangsrolle.LEVERANDOER, Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER, Adgangsrolle.SELVVISITERENDE})
    @PostMapping(path = "/{bevillingId}/ikke-leveret", consumes = "application/json")
    @Operation(summary = "Registrer ikke-udført levering med årsag og evt. erstatning (UC6 4.a1)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RegistrerIkkeLeveret.class))))
    public ResponseEntity<KommandoApi.Svar> ikkeLeveret(@PathVariable UUID bevillingId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(BEVILLING, bevillingId, "bevillingId", body, RegistrerIkkeLeveret.class, headers, null);
    }

    @Kraever({Adgangsrolle.LEVERANDOER, Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER, Adgangsrolle.SELVVISITERENDE})
    @PostMapping(path = "/{bevillingId}/uplanlagte-leveringer", consumes = "application/json")
    @Operation(summary = "Registrer ikke-planlagt/akut levering bagefter (UC8)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RegistrerUplanlagtLevering.class))))
    public ResponseEntity<KommandoApi.Svar> uplanlagt(@PathVariable UUID bevillingId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(BEVILLING, bevillingId, "bevillingId", body, RegistrerUplanlagtLevering.class, headers, null);
    }

    @Kraever({Adgangsrolle.LEVERANDOER, Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER, Adgangsrolle.SELVVISITERENDE})
    @PostMapping(path = "/{bevillingId}/opfoelgninger", consumes = "application/json")
    @Operation(summary = "Gennemfør opfølgning: E1 fortsættes, E2 ændres, E3 afsluttes, E4 revisitation (UC6 4.b1)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = GennemfoerOpfoelgning.class))))
    public ResponseEntity<KommandoApi.Svar> opfoelgning(@PathVariable UUID bevillingId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(BEVILLING, bevillingId, "bevillingId", body, GennemfoerOpfoelgning.class, headers, null);
    }

    @Kraever({Adgangsrolle.LEVERANDOER, Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER, Adgangsrolle.SELVVISITERENDE})
    @PostMapping(path = "/{bevillingId}/annulleringer", consumes = "application/json")
    @Operation(summary = "Annullér en levering, ikke-levering eller ikke-planlagt levering registreret ved en fejl (ADR 0022)",
            description = "En leverandør annullerer kun leverandørens egne registreringer.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = AnnullerLevering.class))))
    public ResponseEntity<KommandoApi.Svar> annullerLevering(@PathVariable UUID bevillingId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(BEVILLING, bevillingId, "bevillingId", body, AnnullerLevering.class, headers, null);
    }

    @PostMapping(path = "/{bevillingId}/startdato-rettelse", consumes = "application/json")
    @Operation(summary = "Ret en forkert registreret startdato (ADR 0022)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RetStartdato.class))))
    public ResponseEntity<KommandoApi.Svar> retStartdato(@PathVariable UUID bevillingId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(BEVILLING, bevillingId, "bevillingId", body, RetStartdato.class, headers, null);
    }

    @PostMapping(path = "/{bevillingId}/sag", consumes = "application/json")
    @Operation(summary = "Knyt en bevilling givet uden sag til borgerens sag bagefter (løsning C, ADR 0022)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = TilknytSagTilBevilling.class))))
    public ResponseEntity<KommandoApi.Svar> tilknytSag(@PathVariable UUID bevillingId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(BEVILLING, bevillingId, "bevillingId", body, TilknytSagTilBevilling.class, headers,
                k -> referencer.kraev(SAG, k.sagId(), "sagId"));
    }
}
