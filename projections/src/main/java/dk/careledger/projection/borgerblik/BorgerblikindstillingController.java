package dk.careledger.projection.borgerblik;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Inputgraenser;
import dk.careledger.domain.felles.Tidszone;
import dk.careledger.domain.katalog.Katalog;
import dk.careledger.projection.borgerblik.laesning.Borgerblikindstillinger;
import dk.careledger.projection.borgerblik.laesning.Borgerbliksindstilling;
import dk.careledger.projection.borgerblik.laesning.Borgerbliksregel;
import dk.careledger.projection.arbejdsliste.laesning.Fristregler;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The kommuner's Borgerblikket configuration per KLE prefix: effective-dated and append-only.
 *
 * <p><b>Writes:</b> {@code POST} stores one row of configuration ({@code borgerblik_konfiguration}) through
 * {@link Borgerblikskriver#gem}; like the policy and sagsbehandlingsfrist endpoints, the query side only ever
 * writes such configuration rows, never events or projection rows.
 */
@RestController
@RequestMapping(path = "/api/borgerblik/konfiguration", produces = "application/json")
@Tag(name = "Konfiguration: Borgerblikket", description = "Hvad kommunen viser borgeren i Borgerblikket pr. KLE-præfiks, med virkning fra en dato")
public class BorgerblikindstillingController {
    private static final Pattern KLE_EMNE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}");

    private final Borgerblikindstillinger konfiguration;
    private final Borgerblikskriver skriver;
    private final Clock clock;
    private final Katalog katalog;

    public BorgerblikindstillingController(Borgerblikindstillinger konfiguration, Borgerblikskriver skriver, Katalog katalog, Clock clock) {
        this.konfiguration = konfiguration;
        this.skriver = skriver;
        this.clock = clock;
        this.katalog = katalog;
    }

    /** The body of a new row, for the OpenAPI document (the endpoint reads the fields itself, to name a bad or unknown one). */
    @Schema(name = "NyBorgerbliksregel", description = "En komplet indstilling for kommunens sager under KLE-præfikset fra gyldigFra")
    public record NyBorgerbliksregel(
            @Schema(description = "Kommunens CVR-nummer", example = "29189420", requiredMode = Schema.RequiredMode.REQUIRED) String kommune,
            @Schema(description = "KLE-hovedgruppe, -gruppe eller -emne; tom eller udeladt = alle", example = "27.36") String klePraefiks,
            @Schema(description = "Fra hvilken dag rækken gælder", example = "2026-01-01", requiredMode = Schema.RequiredMode.REQUIRED) String gyldigFra,
            @Schema(description = "SAG: sagens egen titel; KLE: KLE-emnets titel", allowableValues = {"SAG", "KLE"},
                    requiredMode = Schema.RequiredMode.REQUIRED) String titelKilde,
            @Schema(description = "Vis titler på sagens breve (afgørelse, partshøring, ...)", requiredMode = Schema.RequiredMode.REQUIRED)
            Boolean dokumenttitler,
            @Schema(description = "Vis kun sager opstået denne dag eller senere; udeladt = ingen grænse", example = "2024-01-01") String fradato,
            @Schema(description = "Med fradato: vis også ældre sager, der stadig er aktive (ikke afsluttet); udeladt = false") Boolean visAeldreAktive,
            @Schema(description = "Niveau 2 (løsning B): vis også navnene på de bevilgede ydelser", requiredMode = Schema.RequiredMode.REQUIRED)
            Boolean niveau2,
            @Schema(description = "Visningsklasse: skjul sagerne for borgeren", requiredMode = Schema.RequiredMode.REQUIRED) Boolean skjulForBorger) {
    }

    @PostMapping(consumes = "application/json")
    @Kraever({Adgangsrolle.KONFIGURATION})
    @Operation(summary = "Tilføj en række Borgerblik-konfiguration med virkning fra en dato",
            description = "Hver række er en komplet indstilling: titelKilde, dokumenttitler, niveau2 og skjulForBorger skal angives. For en sag "
                    + "gælder den række, hvis KLE-præfiks er længst blandt kommunens rækker med gyldigFra til og med dagen; dernæst seneste "
                    + "gyldigFra, dernæst seneste registrering. Uden række: KLE-titel, ingen brevtitler, ingen fradato, ikke niveau 2, ikke skjult. "
                    + "400 med fejlkode og felt: FELT_PAAKRAEVET, UGYLDIG_VAERDI, UKENDT_FELT, UKENDT_KLE. 201 med den gemte række.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = NyBorgerbliksregel.class))))
    public ResponseEntity<Borgerbliksregel> tilfoej(@RequestBody Map<String, Object> krop, @Parameter(hidden = true) Bruger bruger) {
        Borgerbliksaendring a = Borgerbliksaendring.fra(krop);
        bruger.egenKommune(a.kommune());
        if (!a.klePraefiks().isEmpty() && !Fristregler.kendtKlePraefiks(katalog, a.klePraefiks())) {
            throw Afvisning.ugyldig("UKENDT_KLE", "klePraefiks", "'" + a.klePraefiks() + "' er ikke en KLE-hovedgruppe, -gruppe eller -emne "
                    + "i kataloget " + katalog.version());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(skriver.gem(a, bruger.brugerId()));
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
