package dk.careledger.ui.side;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.careledger.commandside.api.KommandoApi;
import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.query.arbejdsliste.ArbejdslisteController;
import dk.careledger.query.arbejdsliste.Svar.UhaandteretHenvendelse;
import dk.careledger.query.borger.Borgeroverblik;
import dk.careledger.query.borger.BorgeroverblikController;
import dk.careledger.ui.formular.Felt;
import dk.careledger.ui.formular.Formular;
import dk.careledger.ui.formular.Handling;
import dk.careledger.ui.formular.Kommandoer;
import dk.careledger.ui.formular.Valg;
import dk.careledger.ui.formular.Valglister;
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
 * The indbakke (UC1 step 1): new henvendelser with source, reason and date, oldest first; and one henvendelse handled
 * into a new sag, into one of the citizen's open sager, or into "ingen sag" with a reason. Handling marks it handled
 * (the sag's creation does so in its own transaction), and it leaves the indbakke.
 */
@Controller
@Kraever({Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER})
public class IndbakkeController extends Uiside {
    private final ArbejdslisteController arbejdslister;
    private final BorgeroverblikController overblik;
    private final Kommandoer kommandoer;
    private final Borgere borgere;
    private final Clock clock;
    private final Handling nySag;
    private final Handling tilknyt;
    private final Handling ingenSag;

    public IndbakkeController(ArbejdslisteController arbejdslister, BorgeroverblikController overblik, Kommandoer kommandoer, Borgere borgere,
            Valglister valg, Clock clock) {
        this.arbejdslister = arbejdslister;
        this.overblik = overblik;
        this.kommandoer = kommandoer;
        this.borgere = borgere;
        this.clock = clock;
        this.nySag = new Handling("ny-sag", Handling.Maal.SAG, "Opret ny sag", "Opret sag", null, List.of(
                Felt.tekst("titel", "Sagens titel", true),
                Felt.valg("kleNummer", "Emne (KLE)", true, valg.kleEmner()),
                Felt.valg("handlingsfacet", "Handling (KLE-handlingsfacet)", true, valg.handlingsfacetter()).med("G01"),
                Felt.tekst("ansvarligEnhed", "Ansvarlig enhed", true),
                Felt.valg("foelsomhed", "Følsomhed", true, valg.kodeliste("foelsomhed")).med("FOELSOMME_PERSONOPLYSNINGER"),
                Felt.dato("opstaaetDato", "Opstået den", true, true)), List.of("sagId"));
        this.tilknyt = new Handling("tilknyt", Handling.Maal.SAG, "Tilknyt en eksisterende sag", "Tilknyt sag", null, List.of(
                Felt.valg("sag", "Sag", true, List.of()),
                Felt.dato("haandteretDato", "Håndteret den", true, true)), List.of());
        this.ingenSag = new Handling("ingen-sag", Handling.Maal.SAG, "Ingen sag", "Afslut uden sag", null, List.of(
                Felt.langTekst("begrundelse", "Begrundelse", true),
                Felt.dato("haandteretDato", "Håndteret den", true, true)), List.of());
    }

    @GetMapping("/indbakke")
    public String indbakke(Bruger bruger, Model model) {
        List<UhaandteretHenvendelse> poster = arbejdslister.henvendelser(null, null, bruger).poster();
        model.addAttribute("henvendelser", poster.stream()
                .map(p -> new StartsideController.Raekke<>(p, borgere.linje(p.borgerId(), bruger))).toList());
        return "indbakke";
    }

    @GetMapping("/henvendelse/{henvendelseId}")
    public String henvendelse(@PathVariable UUID henvendelseId, Bruger bruger, Model model) {
        return vis(henvendelseId, bruger, model, null);
    }

    @PostMapping("/henvendelse/{henvendelseId}")
    public String haandter(@PathVariable UUID henvendelseId, @RequestParam Map<String, String> input, Bruger bruger, Model model,
            RedirectAttributes flash) {
        UhaandteretHenvendelse h = find(henvendelseId, bruger);
        List<Valg> sager = aabneSager(h.borgerId(), bruger);
        Handling handling = switch (input.getOrDefault("udfald", "")) {
            case "ny-sag" -> nySag;
            case "tilknyt" -> medSager(sager);
            case "ingen-sag" -> ingenSag;
            default -> null;
        };
        if (handling == null) {
            Formular f = Formular.ny(nySag, clock);
            f.generelFejl("Vælg, hvad henvendelsen skal føre til");
            return vis(henvendelseId, bruger, model, f);
        }
        Formular f = Formular.udfyldt(handling, input);
        ObjectNode krop = f.somJson();
        if (krop == null) {
            return vis(henvendelseId, bruger, model, f);
        }
        try {
            switch (handling.id()) {
                case "ny-sag" -> {
                    krop.put("borgerId", h.borgerId().toString());
                    krop.put("ejer", bruger.kommune().value());
                    krop.putArray("henvendelser").add(henvendelseId.toString());
                    krop.put("sagsbehandler", bruger.brugerId());
                    KommandoApi.Svar svar = kommandoer.opretSag(krop, f.kommandoId());
                    flash.addFlashAttribute("besked", "Sagen er oprettet, og henvendelsen er håndteret.");
                    return "redirect:/sag/" + svar.aggregatId();
                }
                case "tilknyt" -> {
                    String sag = krop.remove("sag").asText();
                    krop.put("udfald", "TILKNYTTET_SAG");
                    krop.putArray("sager").add(sag);
                    kommandoer.haandterHenvendelse(henvendelseId, krop, f.kommandoId());
                    flash.addFlashAttribute("besked", "Henvendelsen er tilknyttet sagen og håndteret.");
                    return "redirect:/sag/" + sag;
                }
                default -> {
                    krop.put("udfald", "INGEN_SAG");
                    kommandoer.haandterHenvendelse(henvendelseId, krop, f.kommandoId());
                    flash.addFlashAttribute("besked", "Henvendelsen er håndteret uden sag.");
                    return "redirect:/indbakke";
                }
            }
        } catch (Afvisning a) {
            if (a.art() == dk.careledger.domain.felles.Afvisningsart.IKKE_FUNDET && "henvendelseId".equals(a.felt())) {
                throw a;
            }
            f.afvist(a);
            return vis(henvendelseId, bruger, model, f);
        }
    }

    private String vis(UUID henvendelseId, Bruger bruger, Model model, Formular udfyldt) {
        UhaandteretHenvendelse h = find(henvendelseId, bruger);
        List<Valg> sager = aabneSager(h.borgerId(), bruger);
        model.addAttribute("henvendelse", h);
        model.addAttribute("borger", borgere.linje(h.borgerId(), bruger));
        model.addAttribute("valgt", udfyldt == null ? "" : udfyldt.handling().id());
        model.addAttribute("nySag", udfyldt != null && udfyldt.handling().id().equals("ny-sag") ? udfyldt : Formular.ny(nySag, clock));
        model.addAttribute("tilknyt", udfyldt != null && udfyldt.handling().id().equals("tilknyt") ? udfyldt : Formular.ny(medSager(sager), clock));
        model.addAttribute("ingenSag", udfyldt != null && udfyldt.handling().id().equals("ingen-sag") ? udfyldt : Formular.ny(ingenSag, clock));
        model.addAttribute("harSager", !sager.isEmpty());
        return "henvendelse";
    }

    private Handling medSager(List<Valg> sager) {
        return new Handling(tilknyt.id(), tilknyt.paa(), tilknyt.titel(), tilknyt.knap(), null, List.of(
                Felt.valg("sag", "Sag", true, sager), tilknyt.felt("haandteretDato")), List.of());
    }

    /** The henvendelse, if it is the user's kommune's and not yet handled; otherwise 404 as in the API. */
    private UhaandteretHenvendelse find(UUID henvendelseId, Bruger bruger) {
        return arbejdslister.henvendelser(null, null, bruger).poster().stream().filter(p -> p.henvendelseId().equals(henvendelseId)).findFirst()
                .orElseThrow(() -> Afvisning.ikkeFundet("HENVENDELSE_UKENDT", "henvendelseId",
                        "Henvendelsen findes ikke i indbakken: den er håndteret, eller den hører ikke til din kommune."));
    }

    private List<Valg> aabneSager(UUID borgerId, Bruger bruger) {
        Borgeroverblik o = overblik.hent(borgerId, bruger);
        return o.aabneSager().stream().map(s -> new Valg(s.sagId().toString(), s.sagsnummer() + " " + s.titel())).toList();
    }
}
