package dk.careledger.projection.borgerblik;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Inputgraenser;
import dk.careledger.domain.felles.Tidszone;
import dk.careledger.projection.borgerblik.laesning.Borgerblikindstillinger;
import dk.careledger.projection.borgerblik.laesning.Borgerbliksindstilling;
import dk.careledger.projection.borgerblik.laesning.Borgerbliksregel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The kommuner's Borgerblikket configuration per KLE prefix, effective-dated: reads of the projection of the kommune
 * settings' facts ({@link BorgerblikindstillingProjektion}). A setting is made by a command on the kommune's settings
 * ({@code POST} on the same path, command side, ADR 0021).
 */
@RestController
@RequestMapping(path = "/api/borgerblik/konfiguration", produces = "application/json")
@Tag(name = "Konfiguration: Borgerblikket", description = "Hvad kommunen viser borgeren i Borgerblikket pr. KLE-præfiks, med virkning fra en dato")
public class BorgerblikindstillingController {
    private static final Pattern KLE_EMNE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}");

    private final Borgerblikindstillinger konfiguration;
    private final Clock clock;

    public BorgerblikindstillingController(Borgerblikindstillinger konfiguration, Clock clock) {
        this.konfiguration = konfiguration;
        this.clock = clock;
    }

    @GetMapping
    @Kraever({Adgangsrolle.KONFIGURATION, Adgangsrolle.LEDER, Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.REVISOR})
    @Operation(summary = "Brugerens kommunes rækker af Borgerblik-konfigurationen, ældste først")
    public List<Borgerbliksregel> alle(@Parameter(description = "Kommunens CVR-nummer (otte cifre); kun brugerens egen, som også er standard")
            @RequestParam(required = false) String kommune, @Parameter(hidden = true) Bruger bruger) {
        return konfiguration.regler(bruger.egenKommune(kommune == null || kommune.isBlank() ? null : Inputgraenser.cvrParameter(kommune, "kommune")));
    }

    @GetMapping("/effektiv")
    @Kraever({Adgangsrolle.KONFIGURATION, Adgangsrolle.LEDER, Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.REVISOR})
    @Operation(summary = "Den indstilling, der gælder for en kommunes sager med et KLE-emne på en dag, og hvor den kommer fra",
            description = "standard=true: intet er konfigureret, og standarden gælder. Uden dato: i dag.")
    public Borgerbliksindstilling effektiv(@Parameter(description = "Kommunens CVR-nummer", required = true) @RequestParam(required = false) String kommune,
            @Parameter(description = "KLE-emne (NN.NN.NN)", required = true) @RequestParam(required = false) String kle,
            @Parameter(description = "Dag (ÅÅÅÅ-MM-DD); standard i dag") @RequestParam(required = false) String dato,
            @Parameter(hidden = true) Bruger bruger) {
        String k = bruger.egenKommune(Inputgraenser.cvrParameter(Afvisning.paakraevet(kommune, "kommune"), "kommune"));
        String emne = Afvisning.paakraevet(kle, "kle").trim();
        if (!KLE_EMNE.matcher(emne).matches()) {
            throw Afvisning.ugyldig("PARAMETER_UGYLDIG", "kle", "kle er et KLE-emne (NN.NN.NN), fik '" + kle + "'");
        }
        LocalDate dag;
        try {
            dag = dato == null || dato.isBlank() ? LocalDate.ofInstant(clock.instant(), Tidszone.DANMARK) : LocalDate.parse(dato.trim());
        } catch (DateTimeParseException e) {
            throw Afvisning.ugyldig("PARAMETER_UGYLDIG", "dato", "dato er en dato (ÅÅÅÅ-MM-DD), fik '" + dato + "'");
        }
        return konfiguration.effektiv(k, emne, dag);
    }

}
