package dk.careledger.commandside.api;

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
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The citizen register: the one place CPR numbers, erstatnings-CPR and names are kept. Everything else refers
 * to a citizen by borgerId. Lookups by CPR are POSTs so that CPR numbers never appear in URLs or access logs.
 */
@RestController
@RequestMapping(path = "/api/borgere", produces = "application/json")
@Tag(name = "Borgere", description = "Borgerregistret: pseudonyme borger-id'er, CPR/erstatnings-CPR, anonyme borgere, glemsel")
public class BorgerController {
    private final BorgerRegister register;
    private final KommandoApi api;
    private final Clock clock;

    public BorgerController(BorgerRegister register, KommandoApi api, Clock clock) {
        this.register = register;
        this.api = api;
        this.clock = clock;
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
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RegistrerBorger.class))))
    public ResponseEntity<Map<String, Object>> registrer(@RequestBody String body, @RequestHeader HttpHeaders headers) {
        RegistrerBorger anmodning = api.laesKrop(body, RegistrerBorger.class);
        Kalder kalder = api.kalder(headers);
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

    @PostMapping(path = "/opslag", consumes = "application/json")
    @Operation(summary = "Find borgerId ud fra CPR eller erstatnings-CPR",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = Opslag.class))))
    public Map<String, Object> opslag(@RequestBody String body, @RequestHeader HttpHeaders headers) {
        api.kalder(headers);
        Opslag opslag = api.laesKrop(body, Opslag.class);
        Afvisning.paakraevet(opslag.identtype(), "identtype");
        UUID borgerId = register.find(opslag.identtype(), opslag.identifikator())
                .orElseThrow(() -> Afvisning.ikkeFundet("BORGER_UKENDT", "identifikator", "Ingen borger med den identifikator"));
        return Map.of("borgerId", borgerId);
    }

    @GetMapping("/{borgerId}")
    @Operation(summary = "Hent borgerens registeroplysninger")
    public Borger hent(@PathVariable UUID borgerId, @RequestHeader HttpHeaders headers) {
        api.kalder(headers);
        return register.hent(borgerId).orElseThrow(() -> Afvisning.ikkeFundet("BORGER_UKENDT", "borgerId", "Borgeren " + borgerId + " findes ikke"));
    }

    @PostMapping(path = "/{borgerId}/glem", consumes = "application/json")
    @Operation(summary = "Glem borgeren: CPR og navn slettes, borgerens nøgle destrueres (crypto-shredding)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = Glem.class))))
    public Map<String, Object> glem(@PathVariable UUID borgerId, @RequestBody String body, @RequestHeader HttpHeaders headers) {
        Kalder kalder = api.kalder(headers);
        Glem glem = api.laesKrop(body, Glem.class);
        register.glem(borgerId, glem.begrundelse(), kalder.registrering(clock.instant()));
        return Map.of("borgerId", borgerId, "glemt", true);
    }
}
