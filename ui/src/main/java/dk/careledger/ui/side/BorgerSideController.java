package dk.careledger.ui.side;

import dk.careledger.commandside.api.BorgerController;
import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.query.borger.BorgeroverblikController;
import dk.careledger.ui.visning.Borgere;
import dk.careledger.domain.adgang.Laesningslog;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Find a citizen by CPR or name, and the citizen overview (UC1 step 2): every sag, bevilling and forløb, the current and
 * expected FSIII tilstande and the henvendelser not yet handled, across sager, on one page. The citizen is read through
 * the register and the overview service the API uses, which log the read.
 */
@Controller
@Kraever({Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER})
public class BorgerSideController extends Uiside {
    private final BorgeroverblikController overblik;
    private final BorgerController register;
    private final Borgere borgere;
    private final Laesningslog laesninger;

    public BorgerSideController(BorgeroverblikController overblik, BorgerController register, Borgere borgere, Laesningslog laesninger) {
        this.overblik = overblik;
        this.register = register;
        this.borgere = borgere;
        this.laesninger = laesninger;
    }

    /**
     * Finds a citizen: {@code soeg} is a CPR number (10 digits, dashes and spaces ignored) or words of a name, which find
     * the kommune's citizens whose name has a word beginning with each (ADR 0029); {@code cpr} is the CPR lookup of old
     * links. One hit opens the citizen; several are listed with name and CPR, and every citizen listed is a logged read.
     */
    @GetMapping("/borger")
    public String find(@RequestParam(required = false) String soeg, @RequestParam(required = false) String cpr, Bruger bruger, Model model) {
        String tekst = soeg != null && !soeg.isBlank() ? soeg.strip() : cpr == null ? "" : cpr.strip();
        if (tekst.isEmpty()) {
            return "find";
        }
        model.addAttribute("soeg", tekst);
        if (tekst.matches("[\\d\\s-]+")) {
            Optional<UUID> fundet = borgere.medCpr(tekst, bruger);
            if (fundet.isPresent()) {
                return "redirect:/borger/" + fundet.get();
            }
            model.addAttribute("fejl", tekst.replaceAll("[\\s-]", "").matches("\\d{10}")
                    ? "Der er ingen borger med CPR-nummeret " + tekst + " i din kommune."
                    : "Skriv CPR-nummeret med 10 cifre, fx 010190-1234, eller et navn.");
            return "find";
        }
        List<Borgere.Borgerlinje> fundne = borgere.medNavn(tekst, bruger, MAKS_TRAEF + 1);
        if (fundne.size() == 1) {
            // the overview logs the read of the one citizen found
            return "redirect:/borger/" + fundne.get(0).borgerId();
        }
        if (fundne.isEmpty()) {
            model.addAttribute("fejl", "Der er ingen borger i din kommune, hvis navn passer på " + tekst + ".");
        }
        List<Borgere.Borgerlinje> vist = fundne.stream().limit(MAKS_TRAEF).toList();
        laesninger.laest(bruger, "borgersoegning", null, vist.stream().map(Borgere.Borgerlinje::borgerId).toList());
        model.addAttribute("fundne", vist);
        model.addAttribute("flere", fundne.size() > MAKS_TRAEF);
        return "find";
    }

    /** At most so many citizens are listed for a name; more asks the user to write more of it. */
    static final int MAKS_TRAEF = 50;

    @GetMapping("/borger/{borgerId}")
    public String borger(@PathVariable UUID borgerId, Bruger bruger, Model model) {
        model.addAttribute("registrering", register.hent(borgerId));
        model.addAttribute("overblik", overblik.hent(borgerId, bruger));
        model.addAttribute("borger", borgere.linje(borgerId, bruger));
        return "borger";
    }
}
