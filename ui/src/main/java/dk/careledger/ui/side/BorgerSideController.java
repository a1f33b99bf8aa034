package dk.careledger.ui.side;

import dk.careledger.commandside.api.BorgerController;
import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.query.borger.BorgeroverblikController;
import dk.careledger.ui.visning.Borgere;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Find a citizen by CPR, and the citizen overview (UC1 step 2): every sag, bevilling and forløb, the current and
 * expected FSIII tilstande and the henvendelser not yet handled, across sager, on one page. The citizen is read through
 * the register and the overview service the API uses, which log the read.
 */
@Controller
@Kraever({Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER})
public class BorgerSideController extends Uiside {
    private final BorgeroverblikController overblik;
    private final BorgerController register;
    private final Borgere borgere;

    public BorgerSideController(BorgeroverblikController overblik, BorgerController register, Borgere borgere) {
        this.overblik = overblik;
        this.register = register;
        this.borgere = borgere;
    }

    @GetMapping("/borger")
    public String find(@RequestParam(required = false) String cpr, Bruger bruger, Model model) {
        if (cpr == null || cpr.isBlank()) {
            return "find";
        }
        Optional<UUID> fundet = borgere.medCpr(cpr, bruger);
        if (fundet.isPresent()) {
            return "redirect:/borger/" + fundet.get();
        }
        model.addAttribute("cpr", cpr);
        model.addAttribute("fejl", cpr.replaceAll("[\\s-]", "").matches("\\d{10}")
                ? "Der er ingen borger med CPR-nummeret " + cpr.strip() + " i din kommune."
                : "Skriv CPR-nummeret med 10 cifre, fx 010190-1234.");
        return "find";
    }

    @GetMapping("/borger/{borgerId}")
    public String borger(@PathVariable UUID borgerId, Bruger bruger, Model model) {
        model.addAttribute("registrering", register.hent(borgerId));
        model.addAttribute("overblik", overblik.hent(borgerId, bruger));
        model.addAttribute("borger", borgere.linje(borgerId, bruger));
        return "borger";
    }
}
