package dk.careledger.app.aktindsigt;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.ui.revisor.Revisorkilde.Emne;
import dk.careledger.ui.revisor.Revisorkilde.Udtraek;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Aktindsigt (ADR 0027; FVL §§ 9 ff., offentlighedsloven, C-579/21): one export for a citizen or a sag, as JSON for
 * machines and as a printable page for people. For the revisor and the caseworker roles that may read the citizen, in
 * their own kommune and within their KLE and følsomhed limits; never the leverandør or an integration. A read: it writes
 * one access-log row (visning {@value Aktindsigtslaeser#VISNING}), and a checkpoint if the proof needs one.
 */
@RestController
@Kraever({Adgangsrolle.REVISOR, Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER, Adgangsrolle.SELVVISITERENDE})
@Tag(name = "Aktindsigt", description = "Alle oplysninger om en borger eller en sag i læsbar form, med adgangsloggen og bevis for, at de er uændrede")
public class AktindsigtController {
    private final Aktindsigtsudskrift udskrift;

    public AktindsigtController(Aktindsigtsudskrift udskrift) {
        this.udskrift = udskrift;
    }

    @GetMapping(path = "/api/aktindsigt/borgere/{borgerId}", produces = "application/json")
    @Operation(summary = "Aktindsigt for en borger (JSON med bevis)",
            description = "Alle hændelser om borgeren i kommunen, læsbare og som de er gemt, kommunens indstillinger, adgangsloggen for borgeren "
                    + "og bevis (blade, kædeudsnit og signerede kontrolpunkter), der kan kontrolleres offline (docs/aktindsigt.md).")
    public ResponseEntity<byte[]> borger(@PathVariable UUID borgerId, @Parameter(hidden = true) Bruger bruger) {
        return fil(udskrift.aktindsigt(Emne.BORGER, borgerId, false, bruger));
    }

    @GetMapping(path = "/api/aktindsigt/borgere/{borgerId}/udskrift")
    @Operation(summary = "Aktindsigt for en borger som udskrivbar side")
    public ResponseEntity<byte[]> borgerUdskrift(@PathVariable UUID borgerId, @Parameter(hidden = true) Bruger bruger) {
        return fil(udskrift.aktindsigt(Emne.BORGER, borgerId, true, bruger));
    }

    @GetMapping(path = "/api/aktindsigt/sager/{sagId}", produces = "application/json")
    @Operation(summary = "Aktindsigt i en sag (JSON med bevis)",
            description = "Sagens hændelser og dens bevillingers og forløbs, kommunens indstillinger, adgangsloggen for sagens borger og bevis.")
    public ResponseEntity<byte[]> sag(@PathVariable UUID sagId, @Parameter(hidden = true) Bruger bruger) {
        return fil(udskrift.aktindsigt(Emne.SAG, sagId, false, bruger));
    }

    @GetMapping(path = "/api/aktindsigt/sager/{sagId}/udskrift")
    @Operation(summary = "Aktindsigt i en sag som udskrivbar side")
    public ResponseEntity<byte[]> sagUdskrift(@PathVariable UUID sagId, @Parameter(hidden = true) Bruger bruger) {
        return fil(udskrift.aktindsigt(Emne.SAG, sagId, true, bruger));
    }

    private static ResponseEntity<byte[]> fil(Udtraek u) {
        return u.somFil();
    }
}
