package dk.careledger.projection.admin;

import dk.careledger.projection.motor.Projektionsmotor;
import dk.careledger.projection.motor.Projektionsstatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operating the projections: their state and progress, and rebuilding one or all from the first event. */
@RestController
@RequestMapping(path = "/api/admin/projektioner", produces = "application/json")
@Tag(name = "Projektioner (drift)", description = "Status og genopbygning af projektionerne, mens applikationen kører videre")
public class ProjektionAdminController {
    private final Projektionsmotor motor;

    public ProjektionAdminController(Projektionsmotor motor) {
        this.motor = motor;
    }

    /** Which projections to rebuild; none named means all. */
    public record Genopbygning(List<String> projektioner) {
    }

    @GetMapping
    @Operation(summary = "Projektionernes tilstand: live eller under genopbygning, med hændelser behandlet, rate og forventet resttid")
    public List<Projektionsstatus> status() {
        return motor.status();
    }

    @PostMapping(path = "/genopbygning", consumes = "application/json")
    @Operation(summary = "Genopbyg en, flere eller alle projektioner fra første hændelse; de øvrige holdes ajour imens")
    public ResponseEntity<List<Projektionsstatus>> genopbyg(@RequestBody(required = false) Genopbygning genopbygning) {
        List<String> navne = genopbygning == null || genopbygning.projektioner() == null ? List.of() : genopbygning.projektioner();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(motor.genopbyg(navne));
    }
}
