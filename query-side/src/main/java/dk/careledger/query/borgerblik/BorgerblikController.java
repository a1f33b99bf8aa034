package dk.careledger.query.borgerblik;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.adgang.Laesningslog;
import dk.careledger.query.adgang.Synlighed;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import dk.careledger.domain.felles.Afvisning;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Borgerblikket (issue 4 item 5): what the citizen may see of their own sager, computed and served per citizen. */
@RestController
@Kraever({Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER, Adgangsrolle.SELVVISITERENDE, Adgangsrolle.REVISOR})
@Tag(name = "Borgerblikket", description = "Det borgeren selv må se af sine sager på borger.dk, efter kommunens konfiguration pr. KLE")
public class BorgerblikController {
    private final BorgerblikLaeser laeser;
    private final Synlighed synlighed;
    private final Laesningslog log;

    public BorgerblikController(BorgerblikLaeser laeser, Synlighed synlighed, Laesningslog log) {
        this.laeser = laeser;
        this.synlighed = synlighed;
        this.log = log;
    }

    @GetMapping(path = "/api/borgere/{borgerId}/borgerblik", produces = "application/json")
    @Operation(summary = "Borgerens egne sager, som Borgerblikket viser dem i dag",
            description = "Kun brugerens kommunes sager. Kun sager hvor borgeren er primær part, og kun for borgere med CPR-nummer (erstatnings-CPR, anonyme og glemte "
                    + "borgere ser ingen sager). Aldrig sagsbehandlere, enheder eller aktører. Pr. sag: titlen (sagens egen eller KLE-emnets, "
                    + "efter kommunens konfiguration), fremdriften som tidslinje under kommunens afslutningspolitik, brevtitler hvor kommunen "
                    + "har valgt det, og på niveau 2 de bevilgede ydelser. Følsomhed VIP_SAGER vises aldrig; KLE-områder kommunen skjuler for "
                    + "borgeren og sager opstået før kommunens fradato (evt. undtagen aktive) vises ikke. 404 BORGER_UKENDT når borgerregistret "
                    + "ikke kender borgeren.")
    public Borgerblik hent(@PathVariable UUID borgerId, @Parameter(hidden = true) Bruger bruger) {
        // a caseworker previews what the citizen sees of their own kommune's sager (ADR 0019)
        Borgerblik blik = laeser.hent(borgerId)
                .map(b -> new Borgerblik(b.borgerId(), b.dato(), b.sager().stream().filter(s -> bruger.kommune().value().equals(s.kommune())).toList()))
                .filter(b -> !b.sager().isEmpty() || synlighed.registreret(bruger, borgerId))
                .orElseThrow(() -> Afvisning.ikkeFundet("BORGER_UKENDT", "borgerId", "Borgerregistret kender ikke borgeren " + borgerId));
        log.laest(bruger, "borgerblik", borgerId.toString(), List.of(borgerId));
        return blik;
    }
}
