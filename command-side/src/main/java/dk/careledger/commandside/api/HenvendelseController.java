package dk.careledger.commandside.api;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Kraever;
import static dk.careledger.commandside.kommando.Aggregattype.HENVENDELSE;
import static dk.careledger.commandside.kommando.Aggregattype.SAG;

import dk.careledger.commandside.kommando.Referencer;
import dk.careledger.domain.henvendelse.command.AfklarHenvendelse;
import dk.careledger.domain.henvendelse.command.HaandterHenvendelse;
import dk.careledger.domain.henvendelse.command.ModtagHenvendelse;
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

/** Henvendelser, ansøgninger og henvisninger (UC1): received, clarified, handled. */
@RestController
@Kraever({Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER})
@RequestMapping(path = "/api/henvendelser", produces = "application/json")
@Tag(name = "Henvendelser", description = "Modtagelse, afklaring og håndtering af henvendelser og henvisninger (UC1)")
public class HenvendelseController {
    private final KommandoApi api;
    private final Referencer referencer;

    public HenvendelseController(KommandoApi api, Referencer referencer) {
        this.api = api;
        this.referencer = referencer;
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Modtag henvendelse, ansøgning eller henvisning (UC1 trin 3)", description = "henvendelseId vælges af klienten.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = ModtagHenvendelse.class))))
    public ResponseEntity<KommandoApi.Svar> modtag(@RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.opret(HENVENDELSE, "henvendelseId", body, ModtagHenvendelse.class, headers,
                k -> referencer.kraevBorger(k.borgerId(), "borgerId"));
    }

    @PostMapping(path = "/{henvendelseId}/afklaring", consumes = "application/json")
    @Operation(summary = "Afklar henvendelsen (UC1 3.b1)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = AfklarHenvendelse.class))))
    public ResponseEntity<KommandoApi.Svar> afklar(@PathVariable UUID henvendelseId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(HENVENDELSE, henvendelseId, "henvendelseId", body, AfklarHenvendelse.class, headers, null);
    }

    @PostMapping(path = "/{henvendelseId}/haandtering", consumes = "application/json")
    @Operation(summary = "Marker henvendelsen håndteret: sag oprettet, tilknyttet sag eller ingen sag (UC1 trin 6, 3.a1)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = HaandterHenvendelse.class))))
    public ResponseEntity<KommandoApi.Svar> haandter(@PathVariable UUID henvendelseId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(HENVENDELSE, henvendelseId, "henvendelseId", body, HaandterHenvendelse.class, headers,
                k -> referencer.kraevAlle(SAG, k.sager(), "sager"));
    }
}
