package dk.careledger.ui.side;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.query.ydelse.Ydelse;
import dk.careledger.query.ydelse.YdelseController;
import dk.careledger.query.ydelse.Ydelsesstatus;
import dk.careledger.ui.formular.Formular;
import dk.careledger.ui.formular.Handling;
import dk.careledger.ui.formular.Handlinger;
import dk.careledger.ui.formular.Kommandoer;
import dk.careledger.ui.visning.Borgere;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The leverandør's view (UC6, often on a phone where the citizen is): the bevillinger ordered from the user's kommune
 * or organisation, and on one of them levering, ikke leveret and uplanlagt levering; nothing else. The list and the
 * bevilling are read through the Ydelsesindeks service the API uses (which applies the leverandør's visibility and logs
 * the read); the forms send the same commands as the caseworker's, in-process, and the bevilling refuses a leverandør
 * it was not ordered from. A levering is a new fact that does not depend on what others registered meanwhile, so these
 * forms are sent without the bevilling's version.
 */
@Controller
@Kraever(Adgangsrolle.LEVERANDOER)
public class LeverandoerSideController extends Uiside {
    /** What a leverandør may register on a bevilling ordered from them. */
    static final List<String> HANDLINGER = List.of("levering", "ikke-leveret", "uplanlagt-levering");

    private final YdelseController ydelser;
    private final Handlinger handlinger;
    private final Kommandoer kommandoer;
    private final Borgere borgere;
    private final Clock clock;

    public LeverandoerSideController(YdelseController ydelser, Handlinger handlinger, Kommandoer kommandoer, Borgere borgere, Clock clock) {
        this.ydelser = ydelser;
        this.handlinger = handlinger;
        this.kommandoer = kommandoer;
        this.borgere = borgere;
        this.clock = clock;
    }

    /** The bevillinger ordered from the leverandør that run or will run, those starting soonest first. */
    @GetMapping("/leverandoer")
    public String bevillinger(Bruger bruger, Model model) {
        List<Ydelse> bestilte = ydelser.soeg(null, null, null, null, null, null, bruger).stream()
                .filter(y -> y.status() != Ydelsesstatus.OPHOERT).toList();
        model.addAttribute("bevillinger", bestilte.stream().map(y -> new StartsideController.Raekke<>(y, borgere.linje(y.borgerId(), bruger)))
                .toList());
        return "leverandoer";
    }

    @GetMapping("/leverandoer/bevilling/{bevillingId}")
    public String bevilling(@PathVariable UUID bevillingId, Bruger bruger, Model model) {
        return vis(bevillingId, bruger, model, null);
    }

    @PostMapping("/leverandoer/bevilling/{bevillingId}/handling/{handlingId}")
    public String handling(@PathVariable UUID bevillingId, @PathVariable String handlingId, @RequestParam Map<String, String> input,
            Bruger bruger, Model model, RedirectAttributes flash) {
        if (!HANDLINGER.contains(handlingId)) {
            throw Afvisning.ikkeFundet("HANDLING_UKENDT", "handlingId", "Handlingen findes ikke");
        }
        Handling handling = handlinger.handling(handlingId);
        Formular f = Formular.udfyldt(handling, input);
        ObjectNode krop = f.somJson();
        if (krop != null) {
            try {
                kommandoer.send(handling, bevillingId, krop, f.kommandoId(), null);
                flash.addFlashAttribute("besked", handling.titel() + ": gemt.");
                return "redirect:/leverandoer/bevilling/" + bevillingId;
            } catch (Afvisning a) {
                f.afvist(a);
            }
        }
        return vis(bevillingId, bruger, model, f);
    }

    private String vis(UUID bevillingId, Bruger bruger, Model model, Formular udfyldt) {
        Ydelse y = ydelser.hent(bevillingId, bruger).ydelse();
        model.addAttribute("ydelse", y);
        model.addAttribute("borger", borgere.linje(y.borgerId(), bruger));
        model.addAttribute("genindlaes", "/leverandoer/bevilling/" + bevillingId);
        model.addAttribute("aaben", udfyldt == null ? "" : udfyldt.handling().id());
        model.addAttribute("formularer", HANDLINGER.stream().map(handlinger::handling).map(h -> {
            if (udfyldt != null && udfyldt.handling().id().equals(h.id())) {
                return udfyldt;
            }
            Formular f = Formular.ny(h, clock);
            f.saet("udfoertAf", bruger.brugerId());
            return f;
        }).toList());
        return "leverandoer-bevilling";
    }
}
