package dk.careledger.commandside.api;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.felles.Afvisning;
import static dk.careledger.commandside.kommando.Aggregattype.HENVENDELSE;
import static dk.careledger.commandside.kommando.Aggregattype.SAG;

import dk.careledger.commandside.kommando.Referencer;
import dk.careledger.commandside.sag.Sagsnumre;
import dk.careledger.domain.sag.command.AfslutSag;
import dk.careledger.domain.sag.command.AfslutSagUdenAfgoerelse;
import dk.careledger.domain.sag.command.AnmodOmOplysninger;
import dk.careledger.domain.sag.command.OmgoerAfgoerelse;
import dk.careledger.domain.sag.command.OmklassificerSag;
import dk.careledger.domain.sag.command.RetAfgoerelsensSendtDato;
import dk.careledger.domain.sag.command.BesvarPartshoering;
import dk.careledger.domain.sag.command.GenoptagSag;
import dk.careledger.domain.sag.command.MarkerSagOplyst;
import dk.careledger.domain.sag.command.ModtagKlage;
import dk.careledger.domain.sag.command.OpretSag;
import dk.careledger.domain.sag.command.RegistrerSamtykke;
import dk.careledger.domain.sag.command.SendPartshoering;
import dk.careledger.domain.sag.command.StartRevisitation;
import dk.careledger.domain.sag.command.TildelSagsbehandler;
import dk.careledger.domain.sag.command.TraefAfgoerelse;
import dk.careledger.domain.sag.command.VurderTilstand;
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

/** Commands on a sag: from opening (UC1) through sagsoplysning (UC2) to afgørelse and closing (UC3). */
@RestController
@Kraever({Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER})
@RequestMapping(path = "/api/sager", produces = "application/json")
@Tag(name = "Sager", description = "Sagsbehandling: oprettelse, oplysning, partshøring, afgørelse, klage, afslutning")
public class SagController {
    private final KommandoApi api;
    private final Referencer referencer;
    private final Sagsnumre sagsnumre;

    public SagController(KommandoApi api, Referencer referencer, Sagsnumre sagsnumre) {
        this.api = api;
        this.referencer = referencer;
        this.sagsnumre = sagsnumre;
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Opret sag (UC1 trin 3–4)", description = "sagId vælges af klienten. Uden sagsnummer tildeles et i KLE-form.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = OpretSag.class))))
    public ResponseEntity<KommandoApi.Svar> opret(@RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.opret(SAG, "sagId", body, OpretSag.class, headers, k -> {
            if (k.ejer() != null && !k.ejer().equals(KommandoApi.bruger().kommune())) {
                // a kommune opens sager only for itself (ADR 0019)
                throw Afvisning.naegtet("EJER_ANDEN_KOMMUNE", "ejer", "Sagens ejer skal være den kommune, brugeren handler for");
            }
            referencer.kraevBorger(k.borgerId(), "borgerId");
            referencer.kraevAlle(HENVENDELSE, k.henvendelser(), "henvendelser");
        }, sagsnumre::medSagsnummer);
    }

    @PostMapping(path = "/{sagId}/sagsbehandler", consumes = "application/json")
    @Operation(summary = "Tildel eller skift sagsbehandler (UC1 4.a1)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = TildelSagsbehandler.class))))
    public ResponseEntity<KommandoApi.Svar> tildelSagsbehandler(@PathVariable UUID sagId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(SAG, sagId, "sagId", body, TildelSagsbehandler.class, headers, null);
    }

    @PostMapping(path = "/{sagId}/samtykker", consumes = "application/json")
    @Operation(summary = "Registrer samtykke (UC1 trin 7, UC2 2.a1)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RegistrerSamtykke.class))))
    public ResponseEntity<KommandoApi.Svar> registrerSamtykke(@PathVariable UUID sagId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(SAG, sagId, "sagId", body, RegistrerSamtykke.class, headers, null);
    }

    @PostMapping(path = "/{sagId}/tilstande", consumes = "application/json")
    @Operation(summary = "Vurder FSIII-tilstand (UC2 trin 2)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = VurderTilstand.class))))
    public ResponseEntity<KommandoApi.Svar> vurderTilstand(@PathVariable UUID sagId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(SAG, sagId, "sagId", body, VurderTilstand.class, headers, null);
    }

    @PostMapping(path = "/{sagId}/oplysningsanmodninger", consumes = "application/json")
    @Operation(summary = "Anmod tredjepart om oplysninger, evt. med sagen i bero (UC2 2.a2)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = AnmodOmOplysninger.class))))
    public ResponseEntity<KommandoApi.Svar> anmodOmOplysninger(@PathVariable UUID sagId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(SAG, sagId, "sagId", body, AnmodOmOplysninger.class, headers, null);
    }

    @PostMapping(path = "/{sagId}/genoptagelse", consumes = "application/json")
    @Operation(summary = "Genoptag sag i bero",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = GenoptagSag.class))))
    public ResponseEntity<KommandoApi.Svar> genoptag(@PathVariable UUID sagId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(SAG, sagId, "sagId", body, GenoptagSag.class, headers, null);
    }

    @PostMapping(path = "/{sagId}/oplyst", consumes = "application/json")
    @Operation(summary = "Marker sagen oplyst (UC2 slutbetingelse)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = MarkerSagOplyst.class))))
    public ResponseEntity<KommandoApi.Svar> markerOplyst(@PathVariable UUID sagId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(SAG, sagId, "sagId", body, MarkerSagOplyst.class, headers, null);
    }

    @PostMapping(path = "/{sagId}/partshoeringer", consumes = "application/json")
    @Operation(summary = "Send partshøring (FVL § 19)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = SendPartshoering.class))))
    public ResponseEntity<KommandoApi.Svar> sendPartshoering(@PathVariable UUID sagId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(SAG, sagId, "sagId", body, SendPartshoering.class, headers, null);
    }

    @PostMapping(path = "/{sagId}/partshoeringssvar", consumes = "application/json")
    @Operation(summary = "Registrer svar på partshøring",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = BesvarPartshoering.class))))
    public ResponseEntity<KommandoApi.Svar> besvarPartshoering(@PathVariable UUID sagId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(SAG, sagId, "sagId", body, BesvarPartshoering.class, headers, null);
    }

    @PostMapping(path = "/{sagId}/afgoerelser", consumes = "application/json")
    @Operation(summary = "Træf afgørelse: bevilling, delvis bevilling eller afslag (UC3 trin 1.1)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = TraefAfgoerelse.class))))
    public ResponseEntity<KommandoApi.Svar> traefAfgoerelse(@PathVariable UUID sagId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(SAG, sagId, "sagId", body, TraefAfgoerelse.class, headers, null);
    }

    @PostMapping(path = "/{sagId}/klager", consumes = "application/json")
    @Operation(summary = "Modtag klage over en afgørelse (RSL §§ 66–67)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = ModtagKlage.class))))
    public ResponseEntity<KommandoApi.Svar> modtagKlage(@PathVariable UUID sagId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(SAG, sagId, "sagId", body, ModtagKlage.class, headers, null);
    }

    @PostMapping(path = "/{sagId}/revisitation", consumes = "application/json")
    @Operation(summary = "Start revisitation af en afgjort sag (FSIII E4)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = StartRevisitation.class))))
    public ResponseEntity<KommandoApi.Svar> startRevisitation(@PathVariable UUID sagId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(SAG, sagId, "sagId", body, StartRevisitation.class, headers,
                k -> referencer.kraev(dk.careledger.commandside.kommando.Aggregattype.BEVILLING, k.bevillingId(), "bevillingId"));
    }

    @PostMapping(path = "/{sagId}/afslutning-uden-afgoerelse", consumes = "application/json")
    @Operation(summary = "Afslut sag uden afgørelse: trukket tilbage, fraflyttet, død (UC3)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = AfslutSagUdenAfgoerelse.class))))
    public ResponseEntity<KommandoApi.Svar> afslutUdenAfgoerelse(@PathVariable UUID sagId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(SAG, sagId, "sagId", body, AfslutSagUdenAfgoerelse.class, headers, null);
    }

    @PostMapping(path = "/{sagId}/afslutning", consumes = "application/json")
    @Operation(summary = "Afslut sag",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = AfslutSag.class))))
    public ResponseEntity<KommandoApi.Svar> afslut(@PathVariable UUID sagId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(SAG, sagId, "sagId", body, AfslutSag.class, headers, null);
    }

    @PostMapping(path = "/{sagId}/omklassificering", consumes = "application/json")
    @Operation(summary = "Omklassificér sagen: KLE-emne, handlingsfacet, ansvarlig enhed, følsomhed, titel (ADR 0022)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = OmklassificerSag.class))))
    public ResponseEntity<KommandoApi.Svar> omklassificer(@PathVariable UUID sagId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(SAG, sagId, "sagId", body, OmklassificerSag.class, headers, null);
    }

    @PostMapping(path = "/{sagId}/sendt-dato-rettelse", consumes = "application/json")
    @Operation(summary = "Ret datoen, afgørelsen blev sendt (ADR 0022)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RetAfgoerelsensSendtDato.class))))
    public ResponseEntity<KommandoApi.Svar> retSendtDato(@PathVariable UUID sagId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(SAG, sagId, "sagId", body, RetAfgoerelsensSendtDato.class, headers, null);
    }

    @PostMapping(path = "/{sagId}/omgoerelse", consumes = "application/json")
    @Operation(summary = "Omgør afgørelsen: myndigheden omgør sin egen afgørelse, og sagen genoptages til ny afgørelse (ADR 0022)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = OmgoerAfgoerelse.class))))
    public ResponseEntity<KommandoApi.Svar> omgoer(@PathVariable UUID sagId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        return api.udfoer(SAG, sagId, "sagId", body, OmgoerAfgoerelse.class, headers, null);
    }
}
