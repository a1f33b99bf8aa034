package dk.careledger.ui.side;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.query.sag.SagsindeksController;
import dk.careledger.query.sag.Visninger;
import dk.careledger.query.tidslinje.TidslinjeController;
import dk.careledger.query.tidslinje.Tidslinjepost;
import dk.careledger.ui.formular.Formular;
import dk.careledger.ui.formular.Handling;
import dk.careledger.ui.formular.Handlinger;
import dk.careledger.ui.formular.Kommandoer;
import dk.careledger.ui.formular.Valg;
import dk.careledger.ui.visning.Borgere;
import dk.careledger.ui.visning.Tidslinjeindslag;
import dk.careledger.ui.visning.Visning;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sag page (issue 16 item 4): the sag with its state under the kommune's closing policy, its whole timeline with
 * its bevillinger (bestillinger, leveringer, opfølgninger) in Danish local time, each entry with who and when, and
 * every action as a form. A form is sent with the version of the sag (or bevilling) the user saw: if someone changed
 * it meanwhile, the page says so and offers a reload (409 VERSIONSKONFLIKT in the API).
 */
@Controller
@Kraever({Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER})
public class SagSideController extends Uiside {
    private final SagsindeksController sager;
    private final TidslinjeController tidslinjer;
    private final Handlinger handlinger;
    private final Kommandoer kommandoer;
    private final Borgere borgere;
    private final Visning visning;
    private final Clock clock;

    public SagSideController(SagsindeksController sager, TidslinjeController tidslinjer, Handlinger handlinger,
            Kommandoer kommandoer, Borgere borgere, Visning visning, Clock clock) {
        this.sager = sager;
        this.tidslinjer = tidslinjer;
        this.handlinger = handlinger;
        this.kommandoer = kommandoer;
        this.borgere = borgere;
        this.visning = visning;
        this.clock = clock;
    }

    /** A bevilling of the sag: its indsats and omfang as granted, its version and its actions' forms. */
    public record Bevillingsvisning(UUID bevillingId, String indsats, String omfang, String startdato, String leverandoer, long version,
            List<Formular> formularer) {
    }

    @GetMapping("/sag/{sagId}")
    public String sag(@PathVariable UUID sagId, Bruger bruger, Model model) {
        return vis(sagId, bruger, model, null, null);
    }

    @PostMapping("/sag/{sagId}/handling/{handlingId}")
    public String handling(@PathVariable UUID sagId, @PathVariable String handlingId, @RequestParam Map<String, String> input, Bruger bruger,
            Model model, RedirectAttributes flash) {
        Handling handling = handlinger.handling(handlingId);
        if (handling == null) {
            throw Afvisning.ikkeFundet("HANDLING_UKENDT", "handlingId", "Handlingen findes ikke");
        }
        List<Tidslinjepost> poster = tidslinjer.sag(sagId, bruger).getBody();
        handling = medSagensValg(handling, poster);
        UUID bevillingId = null;
        if (handling.paa() == Handling.Maal.BEVILLING) {
            bevillingId = bevillingIder(poster).stream().filter(b -> b.toString().equals(input.get("bevillingId")))
                    .findFirst().orElseThrow(() -> Afvisning.ikkeFundet("BEVILLING_UKENDT", "bevillingId", "Bevillingen hører ikke til sagen"));
        }
        Formular f = Formular.udfyldt(handling, input);
        ObjectNode krop = f.somJson();
        if (krop != null) {
            try {
                if (handling.id().equals("bevilling")) {
                    krop.put("sagId", sagId.toString());
                    krop.put("borgerId", String.valueOf(poster.get(0).data().get("borgerId")));
                }
                kommandoer.send(handling, bevillingId != null ? bevillingId : sagId, krop, f.kommandoId(), f.version());
                flash.addFlashAttribute("besked", handling.titel() + ": gemt.");
                return "redirect:/sag/" + sagId + "#tidslinje";
            } catch (Afvisning a) {
                f.afvist(a);
            }
        }
        return vis(sagId, bruger, model, f, bevillingId);
    }

    private String vis(UUID sagId, Bruger bruger, Model model, Formular udfyldt, UUID udfyldtBevilling) {
        List<Tidslinjepost> sagensPoster = tidslinjer.sag(sagId, bruger).getBody();
        Map<String, Object> oprettet = sagensPoster.get(0).data();
        UUID borgerId = UUID.fromString(String.valueOf(oprettet.get("borgerId")));
        long version = sagensPoster.get(sagensPoster.size() - 1).sekvens();
        List<Tidslinjeindslag> tidslinje = new ArrayList<>();
        sagensPoster.forEach(p -> tidslinje.add(indslag(p, "Sagen")));
        List<Bevillingsvisning> bevillinger = new ArrayList<>();
        for (UUID bevillingId : bevillingIder(sagensPoster)) {
            List<Tidslinjepost> poster = tidslinjer.aggregat(bevillingId, bruger).getBody();
            Map<String, Object> givet = poster.get(0).data();
            String indsats = visning.kode(String.valueOf(givet.get("indsatsKode")));
            poster.forEach(p -> tidslinje.add(indslag(p, "Bevilling: " + indsats)));
            long bevillingsversion = poster.get(poster.size() - 1).sekvens();
            List<Formular> formularer = handlinger.paa(Handling.Maal.BEVILLING).stream()
                    .map(h -> udfyldt != null && bevillingId.equals(udfyldtBevilling) && udfyldt.handling().id().equals(h.id())
                            ? udfyldt : ny(h, bevillingsversion, bevillingId))
                    .toList();
            Object startdato = senest(poster, "startdato", givet.get("startdato"));
            bevillinger.add(new Bevillingsvisning(bevillingId, indsats, omfang(givet.get("omfang")),
                    startdato == null ? "venteliste" : visning.dato(startdato), String.valueOf(senest(poster, "leverandoer", "ikke bestilt")),
                    bevillingsversion, formularer));
        }
        tidslinje.sort(Comparator.comparing(Tidslinjeindslag::registreret).reversed());
        List<Formular> formularer = handlinger.paa(Handling.Maal.SAG).stream().map(h -> medSagensValg(h, sagensPoster))
                .map(h -> udfyldt != null && udfyldtBevilling == null && udfyldt.handling().id().equals(h.id()) ? udfyldt : ny(h, version, null))
                .toList();
        model.addAttribute("sagId", sagId);
        model.addAttribute("genindlaes", "/sag/" + sagId);
        model.addAttribute("oprettet", oprettet);
        model.addAttribute("sag", indeks(sagId, bruger));
        model.addAttribute("borger", borgere.linje(borgerId, bruger));
        model.addAttribute("tidslinje", tidslinje);
        model.addAttribute("formularer", formularer);
        model.addAttribute("bevillinger", bevillinger);
        model.addAttribute("aaben", udfyldt == null ? "" : udfyldt.handling().id() + (udfyldtBevilling == null ? "" : "-" + udfyldtBevilling));
        return "sag";
    }

    private Formular ny(Handling h, long version, UUID bevillingId) {
        Formular f = Formular.ny(h, clock);
        f.saet("version", Long.toString(version));
        if (bevillingId != null) {
            f.saet("bevillingId", bevillingId.toString());
        }
        return f;
    }

    /** The sag's own pick lists: its afgørelser (for a bevilling), its partshøringer not yet answered. */
    private Handling medSagensValg(Handling h, List<Tidslinjepost> poster) {
        if (h.id().equals("bevilling")) {
            List<Valg> afgoerelser = poster.stream().filter(p -> p.haendelse().equals("AfgoerelseTruffet"))
                    .map(p -> new Valg(String.valueOf(p.data().get("afgoerelseId")),
                            visning.tekst(p.data().get("type")) + " (" + visning.dato(p.virkning().getOrDefault("truffetDato", p.data().get("truffetDato"))) + ")"))
                    .toList();
            return handlinger.medValg(h, "afgoerelseId", afgoerelser);
        }
        if (h.id().equals("partshoeringssvar")) {
            Set<Object> besvaret = poster.stream().filter(p -> p.haendelse().equals("PartshoeringBesvaret")).map(p -> p.data().get("partshoeringId"))
                    .collect(Collectors.toSet());
            List<Valg> aabne = poster.stream().filter(p -> p.haendelse().equals("PartshoeringSendt") && !besvaret.contains(p.data().get("partshoeringId")))
                    .map(p -> new Valg(String.valueOf(p.data().get("partshoeringId")), String.valueOf(p.data().get("emne")))).toList();
            return handlinger.medValg(h, "partshoeringId", aabne);
        }
        return h;
    }

    /** The latest value a fact of the stream gave the field (a startdato fixed later, the leverandør ordered from). */
    private static Object senest(List<Tidslinjepost> poster, String felt, Object ellers) {
        Object v = ellers;
        for (Tidslinjepost p : poster) {
            Object ny = p.data().containsKey(felt) ? p.data().get(felt) : p.virkning().get(felt);
            if (ny != null) {
                v = ny;
            }
        }
        return v;
    }

    /** The bevillinger granted on the sag, as its own stream records them (at once, not when a projection catches up). */
    private static List<UUID> bevillingIder(List<Tidslinjepost> poster) {
        return poster.stream().filter(p -> p.haendelse().equals("BevillingTilknyttetSag")).map(p -> UUID.fromString(String.valueOf(p.data().get("bevillingId"))))
                .distinct().toList();
    }

    /** The sag in the Sagsindeks read model, with its state under the kommune's closing policy; null until it has caught up. */
    private Visninger.Sag indeks(UUID sagId, Bruger bruger) {
        try {
            return sager.sag(sagId, bruger);
        } catch (Afvisning a) {
            return null;
        }
    }

    private String omfang(Object omfang) {
        if (!(omfang instanceof Map<?, ?> m)) {
            return "";
        }
        return m.get("gange") + " × " + m.get("minutter") + " minutter " + visning.tekst(m.get("periode"));
    }

    private Tidslinjeindslag indslag(Tidslinjepost p, String kilde) {
        Map<String, String> virkning = new LinkedHashMap<>();
        p.virkning().forEach((k, v) -> virkning.put(k, v == null ? "–" : datoEllerTekst(v)));
        String virkningstekst = virkning.entrySet().stream().map(e -> visning.virkning(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", "));
        return new Tidslinjeindslag(p.registreringstid(), kilde, p.beskrivelse(), p.brugerId(), p.rolle(), virkningstekst, p.haendelse());
    }

    private String datoEllerTekst(Object v) {
        String s = v.toString();
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return visning.dato(s);
        }
        if (s.matches("\\d{4}-\\d{2}-\\d{2}T.*Z")) {
            return visning.tid(java.time.Instant.parse(s));
        }
        return s;
    }
}
