package dk.careledger.commandside.api;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.adgang.Laesningslog;
import dk.careledger.commandside.borger.Borger;
import dk.careledger.commandside.borger.BorgerRegister;
import dk.careledger.commandside.borger.Identtype;
import dk.careledger.commandside.kommando.Kalder;
import dk.careledger.domain.felles.Afvisning;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The citizen register: the one place CPR numbers, erstatnings-CPR and names are kept. Everything else refers
 * to a citizen by borgerId. Lookups by CPR are POSTs so that CPR numbers never appear in URLs or access logs.
 */
@RestController
@Kraever({Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER, Adgangsrolle.SELVVISITERENDE})
@RequestMapping(path = "/api/borgere", produces = "application/json")
@Tag(name = "Borgere", description = "Borgerregistret: pseudonyme borger-id'er, CPR/erstatnings-CPR, anonyme borgere, glemsel")
public class BorgerController {
    private final BorgerRegister register;
    private final KommandoApi api;
    private final Clock clock;
    private final Laesningslog laesningslog;

    public BorgerController(BorgerRegister register, KommandoApi api, Clock clock, Laesningslog laesningslog) {
        this.register = register;
        this.api = api;
        this.clock = clock;
        this.laesningslog = laesningslog;
    }

    /** Register a citizen: with CPR, with erstatnings-CPR, or anonymous (UC1 3.c1). */
    public record RegistrerBorger(UUID borgerId, Identtype identtype, String identifikator, String navn) {
    }

    /** Look a citizen up by identifier. */
    public record Opslag(Identtype identtype, String identifikator) {
    }

    /** Forget a citizen (kassation at retention expiry, or an upheld erasure request). */
    public record Glem(String begrundelse) {
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Registrer borger (CPR, erstatnings-CPR eller anonym)", description = "Samme CPR to gange giver samme borgerId (200).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RegistrerBorger.class))),
            responses = {@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "Registreret; Location peger på borgeren"),
                    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "Borgeren var registreret i forvejen: samme borgerId")})
    public ResponseEntity<Map<String, Object>> registrer(@RequestBody String body) {
        RegistrerBorger anmodning = api.laesKrop(body, RegistrerBorger.class);
        Kalder kalder = api.kalder();
        BorgerRegister.Registreret r;
        try {
            r = register.registrer(anmodning.borgerId(), anmodning.identtype(), anmodning.identifikator(),
                    anmodning.navn(), kalder.registrering(clock.instant()));
        } catch (DuplicateKeyException samtidig) {
            // the same citizen was registered by a concurrent request: answer with that registration
            UUID eksisterende = register.find(anmodning.identtype(), anmodning.identifikator())
                    .orElseThrow(() -> Afvisning.konflikt("BORGER_FINDES", "borgerId", "Borger-id'et " + anmodning.borgerId() + " er allerede brugt"));
            r = new BorgerRegister.Registreret(eksisterende, false);
        }
        Map<String, Object> svar = Map.of("borgerId", r.borgerId(), "ny", r.ny());
        return r.ny() ? ResponseEntity.created(URI.create("/api/borgere/" + r.borgerId())).body(svar) : ResponseEntity.ok(svar);
    }

    @Kraever({Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER, Adgangsrolle.SELVVISITERENDE, Adgangsrolle.REVISOR})
    @PostMapping(path = "/opslag", consumes = "application/json")
    @Operation(summary = "Find borgerId ud fra CPR eller erstatnings-CPR",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = Opslag.class))))
    public Map<String, Object> opslag(@RequestBody String body) {
        Opslag opslag = api.laesKrop(body, Opslag.class);
        Afvisning.paakraevet(opslag.identtype(), "identtype");
        UUID borgerId = register.find(opslag.identtype(), opslag.identifikator())
                .orElseThrow(() -> Afvisning.ikkeFundet("BORGER_UKENDT", "identifikator", "Ingen borger med den identifikator"));
        return Map.of("borgerId", borgerId);
    }

    @Kraever({Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER, Adgangsrolle.SELVVISITERENDE, Adgangsrolle.REVISOR})
    @GetMapping("/{borgerId}")
    @Operation(summary = "Hent borgerens registeroplysninger")
    public Borger hent(@PathVariable UUID borgerId) {
        Bruger bruger = KommandoApi.bruger();
        Borger borger = egen(borgerId, bruger);
        laesningslog.laest(bruger, "borgerregister", borgerId.toString(), List.of(borgerId));
        return borger;
    }

    /**
     * The citizen as registered by the caller's kommune; another kommune's registration answers as if there were none
     * (404 BORGER_UKENDT, ADR 0019). The register is national by CPR, but what it holds is the registering kommune's.
     */
    private Borger egen(UUID borgerId, Bruger bruger) {
        return register.hent(borgerId).filter(b -> bruger.kommune().value().equals(b.kommune()))
                .orElseThrow(() -> Afvisning.ikkeFundet("BORGER_UKENDT", "borgerId", "Borgeren " + borgerId + " findes ikke"));
    }

    @Kraever({Adgangsrolle.LEDER})
    @PostMapping(path = "/{borgerId}/glem", consumes = "application/json")
    @Operation(summary = "Glem borgeren: CPR og navn slettes, borgerens nøgle destrueres (crypto-shredding)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = Glem.class))))
    public Map<String, Object> glem(@PathVariable UUID borgerId, @RequestBody String body) {
        Kalder kalder = api.kalder();
        Glem glem = api.laesKrop(body, Glem.class);
        egen(borgerId, KommandoApi.bruger());
        register.glem(borgerId, glem.begrundelse(), kalder.registrering(clock.instant()));
        return Map.of("borgerId", borgerId, "glemt", true);
    }
}
