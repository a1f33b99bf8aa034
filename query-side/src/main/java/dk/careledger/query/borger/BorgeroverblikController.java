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
import java.time.Clock;
import dk.careledger.query.tid.Tidsbestemt;
import dk.careledger.query.tid.Tidsparametre;
import dk.careledger.query.tid.Tidsparametre.Tidsvalg;
import org.springframework.web.bind.annotation.RequestParam;
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
    private final Clock clock;

    public BorgeroverblikController(BorgeroverblikLaeser laeser, Laesningslog log, Clock clock) {
        this.laeser = laeser;
        this.log = log;
        this.clock = clock;
    }

    @GetMapping(path = "/api/borgere/{borgerId}/overblik", produces = "application/json")
    @Operation(summary = "Borgerens overblik: sager, forløb, bevillinger, tilstande og verserende henvendelser",
            description = "Kun brugerens kommunes oplysninger, inden for brugerens KLE- og følsomhedsgrænser. Aktuelle tilstande: pr. FSIII-kode den seneste vurdering på nogen af borgerens sager. Sager er åbne til de "
                    + "afsluttes (sagens egen fremdrift). En registreret borger uden sager mv. får et tomt overblik; 404 BORGER_UKENDT når hverken registret eller projektionerne kender borgeren. "
                    + "Med kendtPr og/eller gaeldendePr: overblikket som kendt på et tidspunkt og/eller gældende på en dag, med feltet tidsangivelse (ADR 0026); "
                    + "med gaeldendePr er hver sags fremdrift den på dagen (som på sagen, politik EKSPLICIT). Med kendtPr vises en sag kun, hvis brugeren må se "
                    + "den både som den er klassificeret nu og som den var klassificeret da.")
    public Tidsbestemt<Borgeroverblik> hent(@PathVariable UUID borgerId,
            @RequestParam(required = false) @Parameter(description = Tidsparametre.KENDT_PR_BESKRIVELSE) String kendtPr,
            @RequestParam(required = false) @Parameter(description = Tidsparametre.GAELDENDE_PR_BESKRIVELSE) String gaeldendePr,
            @Parameter(hidden = true) Bruger bruger) {
        Tidsvalg tid = Tidsparametre.laes(kendtPr, gaeldendePr, clock);
        Borgeroverblik overblik = (tid == null ? laeser.hent(borgerId, bruger) : laeser.hent(borgerId, bruger, tid))
                .orElseThrow(() -> Afvisning.ikkeFundet("BORGER_UKENDT", "borgerId", "Der er intet registreret om borgeren " + borgerId));
        log.laest(bruger, "borgeroverblik", borgerId.toString(), List.of(borgerId));
        return new Tidsbestemt<>(tid == null ? null : tid.angivelse(), overblik);
    }

    /** The live overview, for the UI's pages (called in-process). */
    public Borgeroverblik hent(UUID borgerId, Bruger bruger) {
        return hent(borgerId, null, null, bruger).svar();
    }
}
