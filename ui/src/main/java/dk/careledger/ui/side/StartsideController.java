package dk.careledger.ui.side;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.query.arbejdsliste.ArbejdslisteController;
import dk.careledger.ui.visning.Borgere;
import java.util.List;
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
     * The start page; {@code sorter=navn} sorts every list by the citizen's name, otherwise each list keeps its own
     * order (most urgent or longest waiting first). A leverandør is sent to their own view.
     */
    @GetMapping("/")
    @Kraever({Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER, Adgangsrolle.LEVERANDOER})
    public String start(@RequestParam(required = false) String sorter, Bruger bruger, Model model) {
        if (bruger.handlerSom() == Adgangsrolle.LEVERANDOER) {
            // a leverandør has one place: the bevillinger ordered from them
            return "redirect:/leverandoer";
        }
        boolean efterNavn = "navn".equals(sorter);
        model.addAttribute("efterNavn", efterNavn);
        model.addAttribute("henvendelser", med(arbejdslister.henvendelser(null, null, bruger).poster(), p -> p.borgerId(), bruger, efterNavn));
        model.addAttribute("frister", med(arbejdslister.frister(null, null, null, null, bruger).poster(), p -> p.borgerId(), bruger, efterNavn));
        model.addAttribute("venteliste", med(arbejdslister.venteliste(null, null, null, bruger).poster(), p -> p.borgerId(), bruger, efterNavn));
        model.addAttribute("opfoelgninger", med(arbejdslister.opfoelgninger(null, null, null, bruger).poster(), p -> p.borgerId(), bruger, efterNavn));
        model.addAttribute("partshoeringer", med(arbejdslister.partshoeringer(null, null, bruger).poster(), p -> p.borgerId(), bruger, efterNavn));
        return "start";
    }

    <T> List<Raekke<T>> med(List<T> poster, Function<T, UUID> borger, Bruger bruger, boolean efterNavn) {
        List<Raekke<T>> raekker = poster.stream().map(p -> new Raekke<>(p, borgere.linje(borger.apply(p), bruger))).toList();
        return efterNavn ? raekker.stream().sorted(java.util.Comparator.comparing((Raekke<T> r) -> r.borger().navn(),
                java.text.Collator.getInstance(java.util.Locale.forLanguageTag("da-DK")))).toList() : raekker;
    }
}
