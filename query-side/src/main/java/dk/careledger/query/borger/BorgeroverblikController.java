package dk.careledger.query.borger;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.adgang.Laesningslog;
import dk.careledger.domain.felles.Afvisning;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The citizen overview (UC1 step 2, issue 3 item 7): one call, everything about one citizen across sager. */
@RestController
@Kraever({Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER, Adgangsrolle.SELVVISITERENDE, Adgangsrolle.REVISOR})
@Tag(name = "Borgeroverblik", description = "Alt om én borger på tværs af sager: åbne og tidligere sager, forløb, bevillinger, "
        + "aktuelle tilstande og verserende henvendelser")
public class BorgeroverblikController {
    private final BorgeroverblikLaeser laeser;
    private final Laesningslog log;

    public BorgeroverblikController(BorgeroverblikLaeser laeser, Laesningslog log) {
        this.laeser = laeser;
        this.log = log;
    }

    @GetMapping(path = "/api/borgere/{borgerId}/overblik", produces = "application/json")
    @Operation(summary = "Borgerens overblik: sager, forløb, bevillinger, tilstande og verserende henvendelser",
            description = "Kun brugerens kommunes oplysninger, inden for brugerens KLE- og følsomhedsgrænser. Aktuelle tilstande: pr. FSIII-kode den seneste vurdering på nogen af borgerens sager. Sager er åbne til de "
                    + "afsluttes (sagens egen fremdrift). En registreret borger uden sager mv. får et tomt overblik; 404 BORGER_UKENDT når hverken registret eller projektionerne kender borgeren.")
    public Borgeroverblik hent(@PathVariable UUID borgerId, @Parameter(hidden = true) Bruger bruger) {
        Borgeroverblik overblik = laeser.hent(borgerId, bruger).orElseThrow(() -> Afvisning.ikkeFundet("BORGER_UKENDT", "borgerId",
                "Der er intet registreret om borgeren " + borgerId));
        log.laest(bruger, "borgeroverblik", borgerId.toString(), List.of(borgerId));
        return overblik;
    }
}
