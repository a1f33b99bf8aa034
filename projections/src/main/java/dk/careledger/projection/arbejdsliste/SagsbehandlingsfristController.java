package dk.careledger.projection.arbejdsliste;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Inputgraenser;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.katalog.Katalog;
import dk.careledger.projection.arbejdsliste.laesning.Sagsbehandlingsfrister.Fristpost;
import dk.careledger.projection.arbejdsliste.Fristskriver.Tilfoejet;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import dk.careledger.projection.arbejdsliste.laesning.Fristregler;
import dk.careledger.projection.arbejdsliste.laesning.Sagsbehandlingsfrister;

/**
 * The sagsbehandlingsfrister each kommune has set per area (RSL § 3 stk. 2): configuration, effective-dated and
 * append-only. Kommune {@value Fristregler#ALLE_KOMMUNER} holds the defaults for kommuner that have not set their own.
 */
@RestController
@RequestMapping(path = "/api/konfiguration/sagsbehandlingsfrister", produces = "application/json")
@Tag(name = "Konfiguration: sagsbehandlingsfrister", description = "Kommunernes sagsbehandlingsfrister pr. KLE-område og indsats, "
        + "med virkning fra en dato (RSL § 3)")
public class SagsbehandlingsfristController {
    static final int MAKS_FRIST_DAGE = 3650;

    private final Sagsbehandlingsfrister frister;
    private final Fristskriver skriver;
    private final Katalog katalog;
    private final Clock clock;

    public SagsbehandlingsfristController(Sagsbehandlingsfrister frister, Fristskriver skriver, Katalog katalog, Clock clock) {
        this.frister = frister;
        this.skriver = skriver;
        this.katalog = katalog;
        this.clock = clock;
    }

    /**
     * A frist to add: applications in {@code kommune} in the KLE area {@code klePraefiks} (hovedgruppe, gruppe or emne),
     * optionally only for the indsats {@code indsatsKode}, get an afgørelse within {@code fristDage} calendar days,
     * for applications received from {@code gyldigFra}.
     */
    public record NyFrist(String kommune, String klePraefiks, String indsatsKode, Integer fristDage, LocalDate gyldigFra) {
    }

    @GetMapping
    @Kraever({Adgangsrolle.KONFIGURATION, Adgangsrolle.LEDER, Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.REVISOR})
    @Operation(summary = "Brugerens kommunes sagsbehandlingsfrister og standardfristerne (00000000)")
    public List<Fristpost> alle(@Parameter(description = "Kommunens CVR-nummer (otte cifre); kun brugerens egen, som også er standard")
            @RequestParam(required = false) String kommune, @Parameter(hidden = true) Bruger bruger) {
        if (kommune != null && !kommune.isBlank()) {
            Inputgraenser.cvrParameter(kommune, "kommune");
        }
        return frister.alle(bruger.egenKommune(kommune));
    }

    @PutMapping(consumes = "application/json")
    @Kraever({Adgangsrolle.KONFIGURATION})
    @Operation(summary = "Tilføj en sagsbehandlingsfrist med virkning fra en dato",
            description = "Ændringer er nye rækker: den mest specifikke regel gælder (egen kommune før standard, indsats før "
                    + "KLE-område, længere KLE-præfiks før kortere), i kraft den dag ansøgningen blev modtaget; samme regel "
                    + "registreret igen retter den. 201 når rækken er tilføjet, 200 når den samme frist allerede var registreret.")
    public ResponseEntity<Fristpost> tilfoej(@RequestBody NyFrist ny, @Parameter(hidden = true) Bruger bruger) {
        String kommune = bruger.egenKommune(Cvr.parse(Afvisning.paakraevet(ny.kommune(), "kommune"), "kommune").value());
        String praefiks = Afvisning.paakraevet(ny.klePraefiks(), "klePraefiks");
        if (!Fristregler.kendtKlePraefiks(katalog, praefiks)) {
            throw Afvisning.ugyldig("UKENDT_KLE", "klePraefiks", "'" + praefiks + "' er ikke en KLE-hovedgruppe (NN), -gruppe (NN.NN) "
                    + "eller -emne (NN.NN.NN) i kataloget " + katalog.version());
        }
        String indsats = ny.indsatsKode() == null || ny.indsatsKode().isBlank() ? null : ny.indsatsKode();
        if (indsats != null && katalog.indsats(indsats).isEmpty()) {
            throw Afvisning.ugyldig("UKENDT_INDSATS", "indsatsKode", "Ukendt indsats '" + indsats + "'");
        }
        int dage = Afvisning.paakraevet(ny.fristDage(), "fristDage");
        if (dage < 1 || dage > MAKS_FRIST_DAGE) {
            throw Afvisning.ugyldig("FRIST_UGYLDIG", "fristDage", "En frist er 1 til " + MAKS_FRIST_DAGE + " dage, fik " + dage);
        }
        LocalDate gyldigFra = Inputgraenser.dato(Afvisning.paakraevet(ny.gyldigFra(), "gyldigFra"), "gyldigFra");
        Tilfoejet t = skriver.tilfoej(kommune, praefiks, indsats, dage, gyldigFra, clock.instant().truncatedTo(ChronoUnit.MICROS), bruger.brugerId());
        return ResponseEntity.status(t.ny() ? HttpStatus.CREATED : HttpStatus.OK).body(t.post());
    }
}
