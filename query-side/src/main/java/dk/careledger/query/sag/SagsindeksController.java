package dk.careledger.query.sag;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.adgang.Laesningslog;
import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.sag.Fremdrift;
import dk.careledger.domain.indstilling.Politik;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import dk.careledger.query.adgang.Synlighed;
import dk.careledger.query.tid.Tidsbestemt;
import dk.careledger.query.tid.Tidsparametre;
import dk.careledger.query.tid.Tidsparametre.Tidsvalg;
import java.time.Clock;

/** The sager read model: the index fields and the fremdrift under every closing policy, with its bitemporal history. */
@RestController
@Kraever({Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER, Adgangsrolle.SELVVISITERENDE, Adgangsrolle.REVISOR})
@Tag(name = "Sager (læsning)", description = "Sagerne som i Sags- og Dokumentindekset, med fremdrift under hver afslutningspolitik side om side")
public class SagsindeksController {
    private final Sagslaeser laeser;
    private final Synlighed synlighed;
    private final Laesningslog log;
    private final Clock clock;

    public SagsindeksController(Sagslaeser laeser, Synlighed synlighed, Laesningslog log, Clock clock) {
        this.laeser = laeser;
        this.synlighed = synlighed;
        this.log = log;
        this.clock = clock;
    }

    @GetMapping(path = "/api/sager/{sagId}", produces = "application/json")
    @Operation(summary = "Én sag: indeksfelterne, fremdrift i dag under hver politik side om side, og den politik der gælder for sagen",
            description = "titel dekrypteres ('[slettet]' når borgeren er glemt). 404 SAG_UKENDT. Med kendtPr og/eller gaeldendePr: sagen som "
                    + "kendt på et tidspunkt (også de politikindstillinger der var registreret da) og/eller med fremdrift og klagefrist den dag, "
                    + "med feltet tidsangivelse (ADR 0026); 404 når sagen ikke var kendt da.")
    public Tidsbestemt<Visninger.Sag> sag(@PathVariable UUID sagId,
            @RequestParam(required = false) @Parameter(description = Tidsparametre.KENDT_PR_BESKRIVELSE) String kendtPr,
            @RequestParam(required = false) @Parameter(description = Tidsparametre.GAELDENDE_PR_BESKRIVELSE) String gaeldendePr,
            @Parameter(hidden = true) Bruger bruger) {
        Tidsvalg tid = Tidsparametre.laes(kendtPr, gaeldendePr, clock);
        UUID borger = synlighed.kraevSag(bruger, sagId);
        Visninger.Sag sag = tid == null ? laeser.sag(sagId) : laeser.sag(sagId, tid);
        if (tid != null) {
            Synlighed.kraevSagSomDa(bruger, sagId, sag.ejer(), sag.primaerKlasse(), sag.foelsomhed());
        }
        log.laest(bruger, "sag", sagId.toString(), List.of(borger));
        return new Tidsbestemt<>(tid == null ? null : tid.angivelse(), sag);
    }

    /** The live sag, for the UI's pages (called in-process). */
    public Visninger.Sag sag(UUID sagId, Bruger bruger) {
        return sag(sagId, null, null, bruger).svar();
    }

    @GetMapping(path = "/api/sager/{sagId}/fremdrift", produces = "application/json")
    @Operation(summary = "Sagens bitemporale fremdriftshistorik",
            description = "Uden kendtPr: alle rækker, også dem vi ikke længere tror på (registreretTil udfyldt). Med kendtPr: hvad vi vidste på "
                    + "det tidspunkt. politik begrænser til én politik.")
    public Visninger.Fremdriftshistorik fremdrift(@PathVariable UUID sagId,
            @Parameter(description = "VED_AFGOERELSE, VED_KLAGEFRIST, VED_LEVERINGSOPHOER eller EKSPLICIT") @RequestParam(required = false) String politik,
            @Parameter(description = "Tidspunkt i ISO-8601 med tidszone, fx 2026-11-22T10:15:00Z") @RequestParam(required = false) String kendtPr,
            @Parameter(hidden = true) Bruger bruger) {
        Politik p = Sagsparametre.enumVaerdi(Politik.class, politik, "politik");
        Instant tid = Sagsparametre.tidspunkt(kendtPr, "kendtPr");
        UUID borger = synlighed.kraevSag(bruger, sagId);
        Visninger.Fremdriftshistorik historik = laeser.fremdrift(sagId, p, tid);
        log.laest(bruger, "sag-fremdrift", sagId.toString(), List.of(borger));
        return historik;
    }

    @GetMapping(path = "/api/sager", produces = "application/json")
    @Operation(summary = "Brugerens kommunes sager (inden for brugerens KLE- og følsomhedsgrænser) filtreret på KLE (emne, gruppe eller hovedgruppe), politik, fremdrift i dag og ansvarlig enhed",
            description = "Uden politik bruges den politik, der gælder for hver sag i dag (konfiguration pr. kommune og KLE). Sideopdelt: side fra 0, "
                    + "stoerrelse 1–500 (standard 50).")
    public Visninger.Sagsliste liste(@RequestParam(required = false) String kommune, @RequestParam(required = false) String kle,
            @RequestParam(required = false) String politik, @RequestParam(required = false) String fremdrift,
            @RequestParam(required = false) String enhed, @RequestParam(required = false) String side,
            @RequestParam(required = false) String stoerrelse, @Parameter(hidden = true) Bruger bruger) {
        String k = Sagsparametre.kommune(kommune);
        Visninger.Sagsliste liste = laeser.liste(bruger.egenKommune(k), Sagsparametre.kle(kle),
                Sagsparametre.enumVaerdi(Politik.class, politik, "politik"), Sagsparametre.enumVaerdi(Fremdrift.class, fremdrift, "fremdrift"),
                Sagsparametre.tom(enhed), Sagsparametre.side(side), Sagsparametre.stoerrelse(stoerrelse), bruger.kle(),
                Arrays.stream(Foelsomhed.values()).filter(bruger::maaSeFoelsomhed).map(Enum::name).toList());
        log.laest(bruger, "sagsliste", null, liste.sager().stream().map(Visninger.Sagsresume::borgerId).toList());
        return liste;
    }
}
