package dk.careledger.commandside.api;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Kraever;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Leveringer in bulk from a leverandør's planning or mobile system (UC6; issue 18): see {@link Leveranceregistrering}. */
@RestController
@Kraever({Adgangsrolle.LEVERANDOER, Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER, Adgangsrolle.SELVVISITERENDE})
@RequestMapping(path = "/api/leverancer", produces = "application/json")
@Tag(name = "Leverancer", description = "Leveringer, ikke-leverede og uplanlagte leveringer i bulk (UC6, UC8)")
public class LeveranceController {
    private final Leveranceregistrering registrering;

    public LeveranceController(Leveranceregistrering registrering) {
        this.registrering = registrering;
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Registrer op til 10.000 leveringer, ikke-leverede og uplanlagte leveringer på én gang",
            description = "Kroppen: {\"registreringer\": [{\"type\": \"LEVERING\" | \"IKKE_LEVERET\" | \"UPLANLAGT\", \"bevillingId\": …, "
                    + "og feltet som ved den enkelte registrering}]}. Hver registrering får sit eget udfald (OPRETTET, FANDTES eller "
                    + "AFVIST med fejlkode og felt); én afvist stopper ikke de andre. Hele anmodningen er idempotent under X-Kommando-Id.")
    public Leveranceregistrering.Svar registrer(@RequestBody String body, @RequestHeader HttpHeaders headers) {
        return registrering.registrer(body, headers);
    }
}
