package dk.careledger.projection.admin;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.felles.Inputgraenser;
import dk.careledger.projection.motor.Projektionsmotor;
import dk.careledger.projection.motor.Projektionsstatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operating the projections: their state and progress, rebuilding one or all from the first event, and deciding
 * what a projection stopped at a parked event does next (ADR 0012, "Poison events and holes").
 */
@RestController
@Kraever({Adgangsrolle.DRIFT})
@RequestMapping(path = "/api/admin/projektioner", produces = "application/json")
@Tag(name = "Projektioner (drift)", description = "Status og genopbygning af projektionerne, mens applikationen kører videre, "
        + "og beslutninger om hændelser en projektion ikke kunne anvende")
public class ProjektionAdminController {
    private final Projektionsmotor motor;

    public ProjektionAdminController(Projektionsmotor motor) {
        this.motor = motor;
    }

    /** Which projections to rebuild; none named means all. */
    public record Genopbygning(List<String> projektioner) {
    }

    /** Trying a parked event again; the reason is optional. */
    public record Genoptagelse(@Schema(description = "Hvorfor hændelsen prøves igen (fx den rettelse der er rullet ud)") String begrundelse) {
    }

    /** Skipping a parked event: which one (as the status shows it), and why. */
    public record Overspringelse(
            @Schema(description = "Den parkerede hændelses globale indeks, som statussen viser det", requiredMode = Schema.RequiredMode.REQUIRED)
            Long globalIndeks,
            @Schema(description = "Hvorfor projektionen kan undvære hændelsen", requiredMode = Schema.RequiredMode.REQUIRED)
            String begrundelse) {
    }

    @GetMapping
    @Operation(summary = "Projektionernes tilstand: LIVE, GENOPBYGGES, FEJL (fejl uden tilknytning til en hændelse; prøves igen), "
            + "STOPPET (ved en parkeret hændelse, se 'parkeret') eller STANDBY (en anden node kører projektionerne; positionen er den "
            + "gemte), med hændelser behandlet, rate og forventet resttid")
    public List<Projektionsstatus> status() {
        return motor.status();
    }

    @PostMapping(path = "/genopbygning", consumes = "application/json")
    @Operation(summary = "Genopbyg en, flere eller alle projektioner fra første hændelse; de øvrige holdes ajour imens",
            description = "En stoppet projektion kan også genopbygges: dens parkering lukkes (GENOPBYGGET), og genopbygningen "
                    + "parkerer hændelsen igen, med alt før den anvendt, hvis projektionen stadig ikke kan anvende den. "
                    + "Hændelser der er sprunget over ved beslutning, springes også over her. På en standby-node (en anden node "
                    + "kører projektionerne) afvises den med 409 IKKE_PROJEKTIONSNODE.")
    public ResponseEntity<List<Projektionsstatus>> genopbyg(@RequestBody(required = false) Genopbygning genopbygning,
            @Parameter(hidden = true) Bruger bruger) {
        List<String> navne = genopbygning == null || genopbygning.projektioner() == null ? List.of() : genopbygning.projektioner();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(motor.genopbyg(navne, bruger.brugerId()));
    }

    @PostMapping(path = "/{navn}/genoptagelse", consumes = "application/json")
    @Operation(summary = "Prøv en stoppet projektions parkerede hændelse igen (efter en rettelse)",
            description = "Projektionen indhenter fra lige før hændelsen og overgår til live, når den er ajour. Fejler hændelsen "
                    + "stadig, parkeres den igen (en ny parkering, status STOPPET). Beslutningen skrives på parkeringen med hvem og hvorfor.",
            responses = {
                @ApiResponse(responseCode = "202", description = "Projektionen indhenter"),
                @ApiResponse(responseCode = "404", description = "Ingen projektion med det navn (PROJEKTION_UKENDT)"),
                @ApiResponse(responseCode = "409", description = "Projektionen er ikke stoppet (PROJEKTION_IKKE_STOPPET), eller denne node "
                        + "kører ikke projektionerne (IKKE_PROJEKTIONSNODE)")})
    public ResponseEntity<Projektionsstatus> genoptag(@PathVariable String navn, @RequestBody(required = false) Genoptagelse genoptagelse,
            @Parameter(hidden = true) Bruger bruger) {
        String begrundelse = genoptagelse == null || genoptagelse.begrundelse() == null || genoptagelse.begrundelse().isBlank() ? null
                : genoptagelse.begrundelse();
        Inputgraenser.tekst(begrundelse, Projektionsmotor.MAKS_BEGRUNDELSE, "begrundelse");
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(motor.genoptag(navn, bruger.brugerId(), begrundelse));
    }

    @PostMapping(path = "/{navn}/overspringelse", consumes = "application/json")
    @Operation(summary = "Spring en stoppet projektions parkerede hændelse over, ved en udtrykkelig beslutning med begrundelse",
            description = "Kun den ene hændelse (angivet ved sit globale indeks) og kun for denne projektion; beslutningen gemmes med "
                    + "hvem, hvornår og hvorfor, og gælder også ved senere genopbygninger. Projektionen fortsætter efter hændelsen.",
            responses = {
                @ApiResponse(responseCode = "202", description = "Projektionen fortsætter efter hændelsen"),
                @ApiResponse(responseCode = "400", description = "globalIndeks eller begrundelse mangler (FELT_PAAKRAEVET)"),
                @ApiResponse(responseCode = "404", description = "Ingen projektion med det navn (PROJEKTION_UKENDT)"),
                @ApiResponse(responseCode = "409", description = "Projektionen er ikke stoppet (PROJEKTION_IKKE_STOPPET), eller stoppet ved "
                        + "en anden hændelse (PARKERET_HAENDELSE_ANDEN), eller denne node kører ikke projektionerne (IKKE_PROJEKTIONSNODE)")})
    public ResponseEntity<Projektionsstatus> springOver(@PathVariable String navn, @RequestBody(required = false) Overspringelse overspringelse,
            @Parameter(hidden = true) Bruger bruger) {
        String hvem = bruger.brugerId();
        Overspringelse o = overspringelse == null ? new Overspringelse(null, null) : overspringelse;
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(motor.springOver(navn, o.globalIndeks(), hvem, o.begrundelse()));
    }
}
