package dk.careledger.query.forloeb;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.adgang.Laesningslog;
import dk.careledger.domain.felles.Afvisning;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Forløb as read models (issue 3 item 5): each pathway with its sager, bevillinger and tilstande. Read from the
 * {@code forloeb} projection, eventually consistent with the commands.
 */
@RestController
@Kraever({Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER, Adgangsrolle.SELVVISITERENDE, Adgangsrolle.REVISOR})
@RequestMapping(path = "/api/forloeb", produces = "application/json")
@Tag(name = "Forløb (læsning)", description = "Forløb med sager, bevillinger, tilstande (seneste og forventet niveau pr. FSIII-kode), status og datoer")
public class ForloebOversigtController {
    static final int STANDARD_GRAENSE = 200;
    static final int MAKS_GRAENSE = 1000;

    private final ForloebLaeser laeser;
    private final Laesningslog log;

    public ForloebOversigtController(ForloebLaeser laeser, Laesningslog log) {
        this.laeser = laeser;
        this.log = log;
    }

    @GetMapping
    @Operation(summary = "Forløb, evt. for én borger og/eller med én status (aktiv eller afsluttet), tidligste start først")
    public List<ForloebOversigt> soeg(
            @Parameter(description = "Borgerens id") @RequestParam(required = false) String borgerId,
            @Parameter(description = "aktiv eller afsluttet") @RequestParam(required = false) String status,
            @Parameter(description = "Højst så mange (1–" + MAKS_GRAENSE + ", standard " + STANDARD_GRAENSE + ")") @RequestParam(required = false) String graense,
            @Parameter(hidden = true) Bruger bruger) {
        List<ForloebOversigt> forloeb = laeser.soeg(borger(borgerId), status(status), graense(graense), bruger.kommune().value()).stream()
                .filter(f -> bruger.maaSeKle(f.kleNummer())).toList();
        log.laest(bruger, "forloeb", null, forloeb.stream().map(ForloebOversigt::borgerId).toList());
        return forloeb;
    }

    @GetMapping("/{forloebId}")
    @Operation(summary = "Ét forløb med sager, bevillinger og tilstande",
            description = "Tilstande: pr. FSIII-kode den seneste vurdering (vurderingsdato, derefter registreringsrækkefølge) på forløbets "
                    + "sager, også vurderinger fra før sagen blev knyttet til forløbet.")
    public ForloebDetalje hent(@PathVariable UUID forloebId, @Parameter(hidden = true) Bruger bruger) {
        ForloebDetalje forloeb = laeser.hent(forloebId)
                .filter(f -> bruger.kommune().value().equals(f.kommune()) && bruger.maaSeKle(f.kleNummer()))
                .orElseThrow(() -> Afvisning.ikkeFundet("FORLOEB_UKENDT", "forloebId", "Der findes intet forløb med id " + forloebId));
        log.laest(bruger, "forloeb", forloebId.toString(), List.of(forloeb.borgerId()));
        return forloeb;
    }

    private static UUID borger(String borgerId) {
        if (borgerId == null || borgerId.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(borgerId.trim());
        } catch (IllegalArgumentException e) {
            throw Afvisning.ugyldig("PARAMETER_UGYLDIG", "borgerId", "borgerId er et UUID, fik '" + borgerId + "'");
        }
    }

    private static String status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        String s = status.trim().toUpperCase(Locale.ROOT);
        if (!s.equals("AKTIV") && !s.equals("AFSLUTTET")) {
            throw Afvisning.ugyldig("PARAMETER_UGYLDIG", "status", "status er 'aktiv' eller 'afsluttet', fik '" + status + "'");
        }
        return s;
    }

    private static int graense(String graense) {
        if (graense == null || graense.isBlank()) {
            return STANDARD_GRAENSE;
        }
        try {
            int g = Integer.parseInt(graense.trim());
            if (g >= 1 && g <= MAKS_GRAENSE) {
                return g;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw Afvisning.ugyldig("PARAMETER_UGYLDIG", "graense", "graense er et heltal fra 1 til " + MAKS_GRAENSE + ", fik '" + graense + "'");
    }
}
