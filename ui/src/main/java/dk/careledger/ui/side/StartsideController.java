package dk.careledger.ui.side;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.query.arbejdsliste.ArbejdslisteController;
import dk.careledger.ui.visning.Borgere;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The start page: the caseworker's worklists (issue 16 items 1 and 5): henvendelser not handled, sager past or near
 * their frist, the venteliste, opfølgninger due and partshøringer awaiting an answer, each row with the citizen's name and CPR and a link onwards. The
 * lists are read through the worklist service the API uses, which logs every citizen shown.
 */
@Controller
@Kraever({Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER})
public class StartsideController extends Uiside {
    private final ArbejdslisteController arbejdslister;
    private final Borgere borgere;

    public StartsideController(ArbejdslisteController arbejdslister, Borgere borgere) {
        this.arbejdslister = arbejdslister;
        this.borgere = borgere;
    }

    /** A row of a worklist with the citizen it concerns. */
    public record Raekke<T>(T post, Borgere.Borgerlinje borger) {
    }

    /**
     * The start page; {@code sorter=navn} sorts every list by the citizen's name and {@code sorter=cpr} by CPR number,
     * otherwise each list keeps its own order (most urgent or longest waiting first). A leverandør is sent to their own
     * view.
     */
    @GetMapping("/")
    @Kraever({Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER, Adgangsrolle.LEVERANDOER})
    public String start(@RequestParam(required = false) String sorter, Bruger bruger, Model model) {
        if (bruger.handlerSom() == Adgangsrolle.LEVERANDOER) {
            // a leverandør has one place: the bevillinger ordered from them
            return "redirect:/leverandoer";
        }
        Comparator<Borgere.Borgerlinje> orden = switch (sorter == null ? "" : sorter) {
            case "navn" -> Comparator.comparing(Borgere.Borgerlinje::navn, Collator.getInstance(Locale.forLanguageTag("da-DK")));
            case "cpr" -> Comparator.comparing(Borgere.Borgerlinje::cpr);
            default -> null;
        };
        model.addAttribute("sortering", orden == null ? "" : sorter);
        model.addAttribute("henvendelser", med(arbejdslister.henvendelser(null, null, bruger).poster(), p -> p.borgerId(), bruger, orden));
        model.addAttribute("frister", med(arbejdslister.frister(null, null, null, null, bruger).poster(), p -> p.borgerId(), bruger, orden));
        model.addAttribute("venteliste", med(arbejdslister.venteliste(null, null, null, bruger).poster(), p -> p.borgerId(), bruger, orden));
        model.addAttribute("opfoelgninger", med(arbejdslister.opfoelgninger(null, null, null, bruger).poster(), p -> p.borgerId(), bruger, orden));
        model.addAttribute("partshoeringer", med(arbejdslister.partshoeringer(null, null, bruger).poster(), p -> p.borgerId(), bruger, orden));
        return "start";
    }

    /** The rows with their citizens, in the list's own order or, with {@code orden}, by the citizen (a stable sort). */
    <T> List<Raekke<T>> med(List<T> poster, Function<T, UUID> borger, Bruger bruger, Comparator<Borgere.Borgerlinje> orden) {
        List<Raekke<T>> raekker = poster.stream().map(p -> new Raekke<>(p, borgere.linje(borger.apply(p), bruger))).toList();
        return orden == null ? raekker : raekker.stream().sorted(Comparator.comparing((Raekke<T> r) -> r.borger(), orden)).toList();
    }
}
