package dk.careledger.ui.revisor;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Tidszone;
import dk.careledger.query.revision.HandlingController;
import dk.careledger.query.tidslinje.Tidslinje;
import dk.careledger.query.tidslinje.TidslinjeController;
import dk.careledger.query.tidslinje.Tidslinjepost;
import java.time.LocalDateTime;
import java.util.List;
import dk.careledger.ui.side.Uiside;
import dk.careledger.ui.visning.Borgere;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The revisor's pages (issue 17 item 5, ADR 0027): whether the event store and the access log verify against their
 * proofs, who did what (by user, unit or citizen, between two days, paged), a citizen's facts across their aggregates and a
 * sag's timeline, each with the aktindsigt export as JSON and as a printable page. Only reads: the services the API uses,
 * in-process, which log every citizen shown; the proof and the export through {@link Revisorkilde}, which {@code app}
 * provides. The record-time and valid-time pickers are not here yet (they need the as-of reads of issue 17 item 2).
 */
@Controller
@Kraever({Adgangsrolle.REVISOR})
public class RevisorSideController extends Uiside {
    private final Revisorkilde kilde;
    private final HandlingController handlinger;
    private final TidslinjeController tidslinjer;
    private final Borgere borgere;

    public RevisorSideController(Revisorkilde kilde, HandlingController handlinger, TidslinjeController tidslinjer, Borgere borgere) {
        this.kilde = kilde;
        this.handlinger = handlinger;
        this.tidslinjer = tidslinjer;
        this.borgere = borgere;
    }

    /** The revisor's start page: the proof's status now, and where to go from here. */
    @GetMapping("/revisor")
    public String start(@RequestParam(required = false) String cpr, Bruger bruger, Model model) {
        if (cpr != null && !cpr.isBlank()) {
            Optional<UUID> fundet = borgere.medCpr(cpr, bruger);
            if (fundet.isPresent()) {
                return "redirect:/revisor/borger/" + fundet.get();
            }
            model.addAttribute("cpr", cpr);
            model.addAttribute("fejl", "Der er ingen borger med CPR-nummeret " + cpr.strip() + " i din kommune.");
        }
        model.addAttribute("verifikation", kilde.verifikation());
        return "revisor";
    }

    /** Who did what: the facts a user recorded, or in a unit, or on a citizen, between two days (Danish time), paged. */
    @GetMapping("/revisor/handlinger")
    public String handlinger(@RequestParam(required = false) String bruger, @RequestParam(required = false) String enhed,
            @RequestParam(required = false) String borgerId, @RequestParam(required = false) String fra,
            @RequestParam(required = false) String til, @RequestParam(required = false) String efter, Bruger revisor, Model model) {
        model.addAttribute("bruger", bruger);
        model.addAttribute("enhed", enhed);
        model.addAttribute("borgerId", borgerId);
        model.addAttribute("fra", fra);
        model.addAttribute("til", til);
        boolean soegt = !tom(bruger) || !tom(enhed) || !tom(borgerId);
        if (soegt) {
            try {
                model.addAttribute("side", handlinger.handlinger(bruger, enhed, borgerId, dag(fra, "fra", 0), dag(til, "til", 1), efter, "50", revisor));
            } catch (Afvisning a) {
                model.addAttribute("fejl", a.besked());
                model.addAttribute("fejlfelt", a.felt());
            }
        }
        model.addAttribute("soegt", soegt);
        return "revisor-handlinger";
    }

    /** A citizen's facts across their aggregates, with the aktindsigt buttons. */
    @GetMapping("/revisor/borger/{borgerId}")
    public String borger(@PathVariable UUID borgerId, @RequestParam(required = false) String efter, Bruger revisor, Model model) {
        HandlingController.Side side = handlinger.handlinger(null, null, borgerId.toString(), null, null, efter, "200", revisor);
        Borgere.Borgerlinje linje = borgere.linje(borgerId, revisor);
        if (side.handlinger().isEmpty() && efter == null && linje.cpr().isEmpty() && linje.navn().equals("(ukendt borger)")) {
            // neither registered by this kommune nor anything it recorded on the citizen: unknown to it (ADR 0019)
            throw Afvisning.ikkeFundet("BORGER_UKENDT", "borgerId", "Borgeren findes ikke");
        }
        model.addAttribute("borger", linje);
        model.addAttribute("borgerId", borgerId);
        model.addAttribute("side", side);
        return "revisor-borger";
    }

    /**
     * A sag's timeline as the revisor sees it, with the aktindsigt buttons; as of a record time ({@code kendtPr}, a local
     * Danish date and time from the picker) and/or a valid time ({@code gaeldendePr}, a day), read through the same
     * as-of timeline the API answers (ADR 0026), and saying which instants it shows.
     */
    @GetMapping("/revisor/sag/{sagId}")
    public String sag(@PathVariable UUID sagId, @RequestParam(required = false) String kendtPr,
            @RequestParam(required = false) String gaeldendePr, Bruger revisor, Model model) {
        Object svar = tidslinjer.sag(sagId, kendtPrAf(kendtPr), tom(gaeldendePr) ? null : gaeldendePr.strip(), revisor).getBody();
        List<Tidslinjepost> poster;
        if (svar instanceof Tidslinje t) {
            poster = t.poster();
            model.addAttribute("tidsangivelse", t.tidsangivelse());
        } else {
            poster = ((List<?>) svar).stream().map(Tidslinjepost.class::cast).toList();
        }
        model.addAttribute("kendtPr", tom(kendtPr) ? "" : kendtPr.strip());
        model.addAttribute("gaeldendePr", tom(gaeldendePr) ? "" : gaeldendePr.strip());
        model.addAttribute("sagId", sagId);
        model.addAttribute("poster", poster);
        Object borger = poster == null || poster.isEmpty() ? null : poster.get(0).data().get("borgerId");
        model.addAttribute("borger", borger == null ? null : borgere.linje(UUID.fromString(borger.toString()), revisor));
        return "revisor-sag";
    }

    /** The aktindsigt export as a file: {@code emne} is borger or sag, {@code form} json or html. */
    @GetMapping("/revisor/aktindsigt/{emne}/{id}.{form}")
    public ResponseEntity<byte[]> aktindsigt(@PathVariable String emne, @PathVariable UUID id, @PathVariable String form, Bruger revisor) {
        Revisorkilde.Emne e = switch (emne) {
            case "borger" -> Revisorkilde.Emne.BORGER;
            case "sag" -> Revisorkilde.Emne.SAG;
            default -> throw Afvisning.ikkeFundet("SIDE_UKENDT", "emne", "Ukendt emne " + emne);
        };
        if (!form.equals("json") && !form.equals("html")) {
            throw Afvisning.ikkeFundet("SIDE_UKENDT", "form", "Ukendt form " + form);
        }
        return kilde.aktindsigt(e, id, form.equals("html"), revisor).somFil();
    }

    /** The picker's local Danish date and time ({@code 2026-03-13T10:15}) as the instant the API takes; null when empty. */
    private static String kendtPrAf(String v) {
        if (tom(v)) {
            return null;
        }
        try {
            return LocalDateTime.parse(v.strip()).atZone(Tidszone.DANMARK).toInstant().toString();
        } catch (DateTimeParseException e) {
            throw Afvisning.ugyldig("PARAMETER_UGYLDIG", "kendtPr", "Skriv tidspunktet som åååå-mm-dd tt:mm");
        }
    }

    private static boolean tom(String v) {
        return v == null || v.isBlank();
    }

    /** A day picked in the form ({@code 2026-03-13}) as the instant its Danish day starts ({@code plusDage} later). */
    private static String dag(String v, String felt, int plusDage) {
        if (tom(v)) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip()).plusDays(plusDage).atStartOfDay(Tidszone.DANMARK).toInstant().toString();
        } catch (DateTimeParseException e) {
            throw Afvisning.ugyldig("PARAMETER_UGYLDIG", felt, "Skriv datoen som åååå-mm-dd");
        }
    }
}
