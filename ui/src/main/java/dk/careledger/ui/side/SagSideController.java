package dk.careledger.ui.side;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.query.borger.Borgeroverblik;
import dk.careledger.query.borger.BorgeroverblikController;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
    private final BorgeroverblikController overblik;
    private final Visning visning;
    private final Clock clock;

    public SagSideController(SagsindeksController sager, TidslinjeController tidslinjer, Handlinger handlinger,
            Kommandoer kommandoer, Borgere borgere, BorgeroverblikController overblik, Visning visning, Clock clock) {
        this.sager = sager;
        this.tidslinjer = tidslinjer;
        this.handlinger = handlinger;
        this.kommandoer = kommandoer;
        this.borgere = borgere;
        this.overblik = overblik;
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
        Sagskontekst kontekst = kontekst(sagId, bruger);
        UUID bevillingId = null;
        if (handling.paa() == Handling.Maal.BEVILLING) {
            bevillingId = kontekst.bevillinger().keySet().stream().filter(b -> b.toString().equals(input.get("bevillingId")))
                    .findFirst().orElseThrow(() -> Afvisning.ikkeFundet("BEVILLING_UKENDT", "bevillingId", "Bevillingen hører ikke til sagen"));
        }
        handling = medValg(handling, kontekst, bevillingId);
        Formular f = Formular.udfyldt(handling, input);
        ObjectNode krop = f.somJson();
        if (krop != null) {
            try {
                send(handling, f, krop, kontekst, bevillingId);
                flash.addFlashAttribute("besked", handling.titel() + ": gemt.");
                return "redirect:/sag/" + sagId + "#tidslinje";
            } catch (Afvisning a) {
                f.afvist(a);
            }
        }
        return vis(kontekst, bruger, model, f, bevillingId);
    }

    /**
     * Sends the form's command to the aggregate it concerns: the sag, the bevilling the form is on, or the forløb or the
     * sag-less bevilling it picked. The version the page was shown with goes as If-Match only to the sag or bevilling the
     * page shows; a forløb or another bevilling has no version on this page.
     */
    private void send(Handling handling, Formular f, ObjectNode krop, Sagskontekst kontekst, UUID bevillingId) {
        UUID sagId = kontekst.sagId();
        switch (handling.id()) {
            case "bevilling" -> {
                krop.put("sagId", sagId.toString());
                krop.put("borgerId", kontekst.borgerId().toString());
                kommandoer.send(handling, sagId, krop, f.kommandoId(), null);
            }
            case "forloeb" -> {
                // the forløb is started and the sag joined to it; both are exactly-once by their command ids, so the form
                // may be sent again if the second step failed
                krop.put("borgerId", kontekst.borgerId().toString());
                UUID forloebId = f.nytId("forloebId");
                kommandoer.send(handling, forloebId, krop, f.kommandoId(), null);
                ObjectNode tilknyt = krop.objectNode().put("sagId", sagId.toString());
                kommandoer.send(handlinger.handling("forloeb-sag"), forloebId, tilknyt, f.nytId("forloeb-sag"), null);
            }
            case "forloeb-sag", "forloeb-afslutning", "forloeb-bevilling" -> {
                UUID forloebId = UUID.fromString(krop.get("forloebId").asText());
                if (handling.id().equals("forloeb-sag")) {
                    krop.put("sagId", sagId.toString());
                } else if (bevillingId != null) {
                    krop.put("bevillingId", bevillingId.toString());
                }
                kommandoer.send(handling, forloebId, krop, f.kommandoId(), null);
            }
            case "tilknyt-bevilling" -> {
                UUID bevilling = UUID.fromString(krop.remove("bevilling").asText());
                krop.put("sagId", sagId.toString());
                kommandoer.send(handling, bevilling, krop, f.kommandoId(), null);
            }
            default -> kommandoer.send(handling, bevillingId != null ? bevillingId : sagId, krop, f.kommandoId(), f.version());
        }
    }

    /** What the sag page is drawn from: the sag's stream, its bevillinger's streams, and the citizen's overview. */
    private record Sagskontekst(UUID sagId, List<Tidslinjepost> sagsposter, Map<UUID, List<Tidslinjepost>> bevillinger, Borgeroverblik overblik) {
        UUID borgerId() {
            return UUID.fromString(String.valueOf(sagsposter.get(0).data().get("borgerId")));
        }
    }

    private Sagskontekst kontekst(UUID sagId, Bruger bruger) {
        List<Tidslinjepost> sagsposter = tidslinjer.sag(sagId, bruger).getBody();
        Map<UUID, List<Tidslinjepost>> bevillinger = new LinkedHashMap<>();
        for (UUID bevillingId : bevillingIder(sagsposter)) {
            bevillinger.put(bevillingId, tidslinjer.aggregat(bevillingId, bruger).getBody());
        }
        UUID borgerId = UUID.fromString(String.valueOf(sagsposter.get(0).data().get("borgerId")));
        return new Sagskontekst(sagId, sagsposter, bevillinger, overblik.hent(borgerId, bruger));
    }

    private String vis(UUID sagId, Bruger bruger, Model model, Formular udfyldt, UUID udfyldtBevilling) {
        return vis(kontekst(sagId, bruger), bruger, model, udfyldt, udfyldtBevilling);
    }

    private String vis(Sagskontekst kontekst, Bruger bruger, Model model, Formular udfyldt, UUID udfyldtBevilling) {
        UUID sagId = kontekst.sagId();
        List<Tidslinjepost> sagensPoster = kontekst.sagsposter();
        Map<String, Object> oprettet = sagensPoster.get(0).data();
        long version = sagensPoster.get(sagensPoster.size() - 1).sekvens();
        List<Tidslinjeindslag> tidslinje = new ArrayList<>();
        sagensPoster.forEach(p -> tidslinje.add(indslag(p, "Sagen")));
        List<Bevillingsvisning> bevillinger = new ArrayList<>();
        for (Map.Entry<UUID, List<Tidslinjepost>> b : kontekst.bevillinger().entrySet()) {
            UUID bevillingId = b.getKey();
            List<Tidslinjepost> poster = b.getValue();
            Map<String, Object> givet = poster.get(0).data();
            String indsats = visning.kode(String.valueOf(givet.get("indsatsKode")));
            poster.forEach(p -> tidslinje.add(indslag(p, "Bevilling: " + indsats)));
            long bevillingsversion = poster.get(poster.size() - 1).sekvens();
            Object startdato = senest(poster, "startdato", givet.get("startdato"));
            // a startdato is set from the venteliste, and corrected once it is set
            String ikkeNu = startdato == null ? "startdato-rettelse" : "startdato";
            List<Formular> formularer = formularer(Handling.Maal.BEVILLING, kontekst, bevillingId, bevillingsversion,
                    bevillingId.equals(udfyldtBevilling) ? udfyldt : null).stream().filter(f -> !f.handling().id().equals(ikkeNu)).toList();
            bevillinger.add(new Bevillingsvisning(bevillingId, indsats, omfang(senest(poster, "omfang", givet.get("omfang"))),
                    startdato == null ? "venteliste" : visning.dato(startdato), String.valueOf(senest(poster, "leverandoer", "ikke bestilt")),
                    bevillingsversion, formularer));
        }
        tidslinje.sort(Comparator.comparing(Tidslinjeindslag::registreret).reversed());
        List<Formular> formularer = formularer(Handling.Maal.SAG, kontekst, null, version, udfyldtBevilling == null ? udfyldt : null);
        model.addAttribute("sagId", sagId);
        model.addAttribute("genindlaes", "/sag/" + sagId);
        model.addAttribute("oprettet", oprettet);
        // the title as reclassified (ADR 0022) comes decrypted from the overview; until it has caught up, the sag's own
        model.addAttribute("sagstitel", Stream.concat(kontekst.overblik().aabneSager().stream(), kontekst.overblik().tidligereSager().stream())
                .filter(s -> s.sagId().equals(sagId)).map(s -> (Object) s.titel()).findFirst().orElse(oprettet.get("titel")));
        model.addAttribute("sag", indeks(sagId, bruger));
        model.addAttribute("borger", borgere.linje(kontekst.borgerId(), bruger));
        model.addAttribute("tidslinje", tidslinje);
        model.addAttribute("formularer", formularer.stream().filter(f -> !handlinger.erRettelse(f.handling())).toList());
        model.addAttribute("rettelser", formularer.stream().filter(f -> handlinger.erRettelse(f.handling())).toList());
        model.addAttribute("bevillinger", bevillinger);
        model.addAttribute("aaben", udfyldt == null ? "" : udfyldt.handling().id() + (udfyldtBevilling == null ? "" : "-" + udfyldtBevilling));
        return "sag";
    }

    /**
     * The forms of the sag (or of one of its bevillinger) with their pick lists, the one the user sent in place of a new
     * one; an action whose required pick list is empty (no afgørelse to complain about, no levering to annul) is left out.
     */
    private List<Formular> formularer(Handling.Maal maal, Sagskontekst kontekst, UUID bevillingId, long version, Formular udfyldt) {
        List<Formular> formularer = new ArrayList<>();
        for (Handling h : handlinger.paa(maal)) {
            if (udfyldt != null && udfyldt.handling().id().equals(h.id())) {
                formularer.add(udfyldt);
                continue;
            }
            Handling medValg = medValg(h, kontekst, bevillingId);
            if (medValg.felter().stream().noneMatch(f -> f.erValg() && f.paakraevet() && f.valg().isEmpty())) {
                formularer.add(ny(medValg, version, bevillingId));
            }
        }
        return formularer;
    }

    private Formular ny(Handling h, long version, UUID bevillingId) {
        Formular f = Formular.ny(h, clock);
        f.saet("version", Long.toString(version));
        if (bevillingId != null) {
            f.saet("bevillingId", bevillingId.toString());
        }
        return f;
    }

    /**
     * The pick lists only the sag knows: its afgørelser not omgjort, its partshøringer not yet answered, the citizen's
     * bevillinger without a sag and open forløb (from the overview, so a forløb just started shows once it has caught
     * up), and a bevilling's leveringer not annulled.
     */
    private Handling medValg(Handling h, Sagskontekst k, UUID bevillingId) {
        List<Tidslinjepost> poster = k.sagsposter();
        Handling medValg = h;
        if (h.felt("afgoerelseId") != null) {
            Set<Object> omgjort = ider(poster, "AfgoerelseOmgjort", "afgoerelseId");
            medValg = handlinger.medValg(medValg, "afgoerelseId", poster.stream()
                    .filter(p -> p.haendelse().equals("AfgoerelseTruffet") && !omgjort.contains(p.data().get("afgoerelseId")))
                    .map(p -> new Valg(String.valueOf(p.data().get("afgoerelseId")),
                            visning.tekst(p.data().get("type")) + " (" + visning.dato(p.virkning().getOrDefault("truffetDato", p.data().get("truffetDato"))) + ")"))
                    .toList());
        }
        if (h.felt("partshoeringId") != null) {
            Set<Object> besvaret = ider(poster, "PartshoeringBesvaret", "partshoeringId");
            medValg = handlinger.medValg(medValg, "partshoeringId", poster.stream()
                    .filter(p -> p.haendelse().equals("PartshoeringSendt") && !besvaret.contains(p.data().get("partshoeringId")))
                    .map(p -> new Valg(String.valueOf(p.data().get("partshoeringId")), String.valueOf(p.data().get("emne")))).toList());
        }
        if (h.felt("bevilling") != null) {
            medValg = handlinger.medValg(medValg, "bevilling", k.overblik().bevillinger().stream().filter(y -> y.sagId() == null)
                    .map(y -> new Valg(y.bevillingId().toString(), y.indsatsNavn() + " (bevilget " + visning.dato(y.bevilgetDato()) + ")")).toList());
        }
        if (h.felt("forloebId") != null) {
            medValg = handlinger.medValg(medValg, "forloebId", k.overblik().forloeb().stream().filter(f -> !"AFSLUTTET".equals(f.status()))
                    .filter(f -> !h.id().equals("forloeb-sag") || !f.sager().contains(k.sagId()))
                    .filter(f -> !h.id().equals("forloeb-bevilling") || !f.bevillinger().contains(bevillingId))
                    .map(f -> new Valg(f.forloebId().toString(), f.forloebstypeNavn() + " (fra " + visning.dato(f.startdato()) + ")")).toList());
        }
        if (h.felt("leveringId") != null && bevillingId != null) {
            List<Tidslinjepost> bevillingens = k.bevillinger().getOrDefault(bevillingId, List.of());
            Set<Object> annulleret = ider(bevillingens, "LeveringAnnulleret", "leveringId");
            medValg = handlinger.medValg(medValg, "leveringId", bevillingens.stream()
                    .filter(p -> LEVERINGER.contains(p.haendelse()) && !annulleret.contains(p.data().get("leveringId")))
                    .map(p -> new Valg(String.valueOf(p.data().get("leveringId")), p.beskrivelse() + ", "
                            + visning.tid(Instant.parse(String.valueOf(p.virkning().getOrDefault("leveret", p.virkning().get("planlagt")))))))
                    .toList());
        }
        return medValg;
    }

    /** The bevilling's events that register a visit, delivered or not: what an annulment may take back. */
    private static final Set<String> LEVERINGER = Set.of("LeveringUdfoert", "LeveringIkkeUdfoert", "UplanlagtLeveringRegistreret");

    private static Set<Object> ider(List<Tidslinjepost> poster, String haendelse, String felt) {
        return poster.stream().filter(p -> p.haendelse().equals(haendelse)).map(p -> p.data().get(felt)).collect(Collectors.toSet());
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
        return visning.omfang(m.get("gange"), m.get("minutter"), m.get("periode"));
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
