package dk.careledger.query.ydelse;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.adgang.Laesningslog;
import dk.careledger.query.adgang.Synlighed;
import dk.careledger.domain.felles.Afvisning;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.Map;
import java.time.Clock;
import dk.careledger.query.tid.Tidsangivelse;
import dk.careledger.query.tid.Tidsbestemt;
import dk.careledger.query.tid.Tidsparametre;
import dk.careledger.query.tid.Tidsparametre.Tidsvalg;
import org.springframework.http.ResponseEntity;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The KLE-tagged Ydelsesindeks (issue 3 item 6): bevilgede ydelser filtered by KLE on any level (solution D), kommune,
 * citizen, status and sag, each with its effektueringer. Read from the {@code ydelsesindeks} projection, which is
 * eventually consistent with the commands.
 */
@RestController
@Kraever({Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER, Adgangsrolle.SELVVISITERENDE, Adgangsrolle.LEVERANDOER, Adgangsrolle.REVISOR})
@RequestMapping(path = "/api/ydelser", produces = "application/json")
@Tag(name = "Ydelsesindeks", description = "Bevilgede ydelser med KLE på ydelsen (hovedgruppe, gruppe, emne), valgfri sag, status og "
        + "effektuering: økonomiske beløb pr. måned og leveringer pr. uge/måned")
public class YdelseController {
    static final int STANDARD_GRAENSE = 200;
    static final int MAKS_GRAENSE = 1000;
    private static final Pattern CVR = Pattern.compile("\\d{8}");

    private final Ydelseslaeser ydelser;
    private final Laesningslog log;

    private final Clock clock;

    public YdelseController(Ydelseslaeser ydelser, Laesningslog log, Clock clock) {
        this.ydelser = ydelser;
        this.log = log;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Søg bevilgede ydelser; alle filtre er valgfrie og skal alle passe",
            description = "Status beregnes for i dag (dansk tid): VENTELISTE uden startdato, FREMTIDIG før startdatoen, AKTIV, "
                    + "OPHOERT efter sidste dag (slutdato eller dagen før ophørsdatoen). Ældste bevilling først. Med kendtPr og/eller "
                    + "gaeldendePr: svaret er {tidsangivelse, ydelser} i stedet for listen (ADR 0026).")
    public ResponseEntity<Object> soeg(
            @Parameter(description = "KLE på ydelsen: hovedgruppe NN, gruppe NN.NN eller emne NN.NN.NN") @RequestParam(required = false) String kle,
            @Parameter(description = "Den bevilgende kommunes CVR-nummer (otte cifre)") @RequestParam(required = false) String kommune,
            @Parameter(description = "Borgerens id") @RequestParam(required = false) String borgerId,
            @Parameter(description = "VENTELISTE, FREMTIDIG, AKTIV eller OPHOERT") @RequestParam(required = false) String status,
            @Parameter(description = "Sagens id (kun bevillinger med den sag)") @RequestParam(required = false) String sagId,
            @Parameter(description = "Højst så mange (1–" + MAKS_GRAENSE + ", standard " + STANDARD_GRAENSE + ")") @RequestParam(required = false) String graense,
            @RequestParam(required = false) @Parameter(description = Tidsparametre.KENDT_PR_BESKRIVELSE + " Med borgerId eller sagId "
                    + "genskabes svaret af borgerens registrerede fakta (ADR 0026); uden læses ydelsesindeksets historik i registreringstid (ADR 0031).")
            String kendtPr,
            @RequestParam(required = false) @Parameter(description = Tidsparametre.GAELDENDE_PR_BESKRIVELSE + " Også status-filteret gælder den dag.")
            String gaeldendePr,
            @Parameter(hidden = true) Bruger bruger) {
        Tidsvalg tid = Tidsparametre.laes(kendtPr, gaeldendePr, clock);
        String kleVaerdi = tom(kle) ? null : kle.trim();
        KleFilter niveau = null;
        if (kleVaerdi != null) {
            niveau = KleFilter.niveau(kleVaerdi);
            if (niveau == null) {
                throw Afvisning.ugyldig("PARAMETER_UGYLDIG", "kle",
                        "kle er en KLE-hovedgruppe (NN), -gruppe (NN.NN) eller -emne (NN.NN.NN), fik '" + kle + "'");
            }
        }
        String kommuneVaerdi = null;
        if (!tom(kommune)) {
            if (!CVR.matcher(kommune.trim()).matches()) {
                throw Afvisning.ugyldig("PARAMETER_UGYLDIG", "kommune", "kommune er et CVR-nummer på otte cifre, fik '" + kommune + "'");
            }
            kommuneVaerdi = kommune.trim();
        }
        String leverandoerKommune = null;
        if (bruger.handlerSom() != Adgangsrolle.LEVERANDOER) {
            kommuneVaerdi = bruger.egenKommune(kommuneVaerdi);
        } else {
            // a leverandør kommune's users search what was ordered from them, whichever kommune granted it; filtered in the
            // query, so their page is not cut short by other kommuners' rows
            leverandoerKommune = bruger.kommune().value();
        }
        Ydelseslaeser.Filter filter = new Ydelseslaeser.Filter(kleVaerdi, niveau, kommuneVaerdi, uuid(borgerId, "borgerId"), status(status),
                uuid(sagId, "sagId"), graense(graense), leverandoerKommune);
        // the visibility rule (bevilgende or leverandør kommune, KLE limit) is applied to the rows found, so a page can be
        // shorter than graense; the kommune filter above keeps the rows found mostly the caller's own
        List<Ydelse> synlige = (tid == null ? ydelser.soeg(filter) : ydelser.soeg(filter, tid)).stream().filter(y -> Synlighed.ydelse(bruger, y))
                .toList();
        log.laest(bruger, "ydelser", null, synlige.stream().map(Ydelse::borgerId).toList());
        return tid == null ? ResponseEntity.ok(synlige) : ResponseEntity.ok(new Ydelser(tid.angivelse(), synlige));
    }

    /** The live search, for the UI's pages (called in-process). */
    @SuppressWarnings("unchecked")
    public List<Ydelse> soeg(String kle, String kommune, String borgerId, String status, String sagId, String graense, Bruger bruger) {
        return (List<Ydelse>) soeg(kle, kommune, borgerId, status, sagId, graense, null, null, bruger).getBody();
    }

    @GetMapping("/{bevillingId}")
    @Operation(summary = "Én bevilget ydelse med effektueringer: beløb pr. måned (økonomiske ydelser) eller leveringer pr. måned",
            description = "Økonomiske effektueringer: én pr. kalendermåned fra startdato til sidste dag, forholdsmæssigt efter "
                    + "kalenderdage i første og sidste måned; uden slutdato til og med indeværende måned. kommende = måneden er ikke begyndt. "
                    + "Med kendtPr og/eller gaeldendePr: bevillingen som kendt på et tidspunkt og/eller med status og effektueringer den dag, med "
                    + "feltet tidsangivelse (ADR 0026); 404 når bevillingen ikke var kendt da.")
    public Tidsbestemt<YdelseDetalje> hent(@PathVariable UUID bevillingId,
            @RequestParam(required = false) @Parameter(description = Tidsparametre.KENDT_PR_BESKRIVELSE) String kendtPr,
            @RequestParam(required = false) @Parameter(description = Tidsparametre.GAELDENDE_PR_BESKRIVELSE) String gaeldendePr,
            @Parameter(hidden = true) Bruger bruger) {
        Tidsvalg tid = Tidsparametre.laes(kendtPr, gaeldendePr, clock);
        YdelseDetalje detalje = (tid == null ? ydelser.hent(bevillingId) : ydelser.hent(bevillingId, tid))
                .filter(d -> Synlighed.ydelse(bruger, d.ydelse())).orElseThrow(() -> ukendt(bevillingId));
        log.laest(bruger, "ydelse", bevillingId.toString(), List.of(detalje.ydelse().borgerId()));
        return new Tidsbestemt<>(tid == null ? null : tid.angivelse(), detalje);
    }

    /** The live bevilling, for the UI's pages (called in-process). */
    public YdelseDetalje hent(UUID bevillingId, Bruger bruger) {
        return hent(bevillingId, null, null, bruger).svar();
    }

    @GetMapping("/{bevillingId}/leveringer")
    @Operation(summary = "Bevillingens leveringer pr. ISO-uge eller pr. måned: leveret (antal, minutter), ikke-planlagte, "
            + "ikke leveret pr. årsag og tilbudt erstatning", description = "Med kendtPr og/eller gaeldendePr: leveringerne som kendt på et "
            + "tidspunkt (annulleringer registreret senere er ikke trukket fra); svaret er da {tidsangivelse, perioder} i stedet for listen (ADR 0026).")
    public ResponseEntity<Object> leveringer(@PathVariable UUID bevillingId,
            @Parameter(description = "uge eller maaned (standard maaned)") @RequestParam(required = false) String periode,
            @RequestParam(required = false) @Parameter(description = Tidsparametre.KENDT_PR_BESKRIVELSE) String kendtPr,
            @RequestParam(required = false) @Parameter(description = Tidsparametre.GAELDENDE_PR_BESKRIVELSE) String gaeldendePr,
            @Parameter(hidden = true) Bruger bruger) {
        Ydelseslaeser.Periode type = periodetype(periode);
        Tidsvalg tid = Tidsparametre.laes(kendtPr, gaeldendePr, clock);
        if (tid != null) {
            Map.Entry<Ydelse, List<Leveringsperiode>> svar = ydelser.leveringer(bevillingId, type, tid).filter(e -> Synlighed.ydelse(bruger, e.getKey()))
                    .orElseThrow(() -> ukendt(bevillingId));
            log.laest(bruger, "ydelse-leveringer", bevillingId.toString(), List.of(svar.getKey().borgerId()));
            return ResponseEntity.ok(new Leveringer(tid.angivelse(), svar.getValue()));
        }
        Ydelse ydelse = ydelser.hent(bevillingId).map(YdelseDetalje::ydelse).filter(y -> Synlighed.ydelse(bruger, y))
                .orElseThrow(() -> ukendt(bevillingId));
        List<Leveringsperiode> leveringer = ydelser.leveringer(bevillingId, type);
        log.laest(bruger, "ydelse-leveringer", bevillingId.toString(), List.of(ydelse.borgerId()));
        return ResponseEntity.ok(leveringer);
    }

    /** A search asked "as of": the instants it describes and the ydelser found. */
    public record Ydelser(Tidsangivelse tidsangivelse, List<Ydelse> ydelser) {
    }

    /** The leveringer asked "as of": the instants they describe and the periods. */
    public record Leveringer(Tidsangivelse tidsangivelse, List<Leveringsperiode> perioder) {
    }

    private static Afvisning ukendt(UUID bevillingId) {
        return Afvisning.ikkeFundet("BEVILLING_UKENDT", "bevillingId", "Ydelsesindekset kender ingen bevilling med id " + bevillingId);
    }

    static Ydelseslaeser.Periode periodetype(String periode) {
        if (tom(periode)) {
            return Ydelseslaeser.Periode.MAANED;
        }
        return switch (periode.trim().toLowerCase(Locale.ROOT)) {
            case "uge" -> Ydelseslaeser.Periode.UGE;
            case "maaned" -> Ydelseslaeser.Periode.MAANED;
            default -> throw Afvisning.ugyldig("PARAMETER_UGYLDIG", "periode", "periode er 'uge' eller 'maaned', fik '" + periode + "'");
        };
    }

    private static Ydelsesstatus status(String status) {
        if (tom(status)) {
            return null;
        }
        try {
            return Ydelsesstatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Afvisning.ugyldig("PARAMETER_UGYLDIG", "status", "status er VENTELISTE, FREMTIDIG, AKTIV eller OPHOERT, fik '" + status + "'");
        }
    }

    private static UUID uuid(String vaerdi, String navn) {
        if (tom(vaerdi)) {
            return null;
        }
        try {
            return UUID.fromString(vaerdi.trim());
        } catch (IllegalArgumentException e) {
            throw Afvisning.ugyldig("PARAMETER_UGYLDIG", navn, navn + " er et UUID, fik '" + vaerdi + "'");
        }
    }

    private static int graense(String graense) {
        if (tom(graense)) {
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

    private static boolean tom(String s) {
        return s == null || s.isBlank();
    }
}
