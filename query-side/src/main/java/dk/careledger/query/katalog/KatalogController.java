package dk.careledger.query.katalog;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.katalog.Forloebstype;
import dk.careledger.domain.katalog.FsiiiGruppe;
import dk.careledger.domain.katalog.Indsats;
import dk.careledger.domain.katalog.Katalog;
import dk.careledger.domain.katalog.Kodeliste;
import dk.careledger.domain.kodeliste.Kodelister;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every code list a client or the UI picks from, served from the same versioned files the deciders check against
 * (KLE, handlingsfacetter, FSIII with E1–E4, indsatser with their KLE and hjemmel, forløbstyper), the hjemler derived
 * from them, and the lists the ledger defines in code (årsager, kanaler, afgørelsestyper, følsomhed, samtykke). Each
 * answer carries the version of its source, so a client can tell that a list it cached is stale. Every role that works
 * with cases, feeds or settings may read them (not DRIFT, which runs the machine); they hold no personal data, so
 * reading them is not logged.
 */
@RestController
@Kraever({Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER, Adgangsrolle.SELVVISITERENDE, Adgangsrolle.LEVERANDOER,
    Adgangsrolle.REVISOR, Adgangsrolle.INTEGRATION, Adgangsrolle.KONFIGURATION})
@RequestMapping(path = "/api/katalog", produces = "application/json")
@Tag(name = "Katalog", description = "Kodelister: KLE, handlingsfacetter, FSIII (inkl. E1–E4), indsatser, forløbstyper, hjemler og ledgerens egne koder")
public class KatalogController {
    private final Katalog katalog;
    private final Map<String, Kodeliste<?>> lister = new LinkedHashMap<>();

    /** One list in the index: its name, version, number of codes and where to fetch it. */
    public record Listeoversigt(String navn, String version, int antal, String sti) {
    }

    /** A hjemmel (legal basis) and the indsatser and forløbstyper granted under it. */
    public record Hjemmel(String hjemmel, List<String> indsatser, List<String> forloebstyper) {
    }

    public KatalogController(Katalog katalog) {
        this.katalog = katalog;
        for (Kodeliste<?> l : List.of(katalog.kleEmner(), katalog.handlingsfacetter(), katalog.fsiiiKoder(), katalog.indsatser(),
                katalog.forloebstyper(), hjemler(katalog))) {
            lister.put(l.navn(), l);
        }
        Kodelister.alle().forEach(l -> lister.put(l.navn(), l));
    }

    @GetMapping
    @Operation(summary = "Alle kodelister med version og antal koder", description = "Katalogets samlede version står i hver listes version.")
    public List<Listeoversigt> oversigt() {
        return lister.values().stream().map(l -> new Listeoversigt(l.navn(), l.version(), l.koder().size(), "/api/katalog/" + l.navn())).toList();
    }

    @GetMapping("/{navn}")
    @Operation(summary = "Én kodeliste, i kildens rækkefølge",
            description = "praefiks (NN, NN.NN eller NN.NN.NN) filtrerer kle-emner, indsatser og forloebstyper på KLE; gruppe (A, B, C, D, E, F, J, I, H, G) filtrerer fsiii. E1–E4 er gruppe E.")
    public Kodeliste<?> liste(@PathVariable String navn,
            @Parameter(description = "KLE-præfiks, fx 27.36") @RequestParam(required = false) String praefiks,
            @Parameter(description = "FSIII-gruppe, fx E") @RequestParam(required = false) String gruppe) {
        Kodeliste<?> liste = lister.get(navn);
        if (liste == null) {
            throw Afvisning.ikkeFundet("KODELISTE_UKENDT", "navn", "Kodelisten '" + navn + "' findes ikke; kendte lister: " + String.join(", ", lister.keySet()));
        }
        if (praefiks != null) {
            String p = klePraefiks(praefiks);
            return switch (navn) {
                case "kle-emner" -> filtrer(katalog.kleEmner(), k -> under(k.nummer(), p));
                case "indsatser" -> filtrer(katalog.indsatser(), (Indsats i) -> under(i.kleNummer(), p));
                case "forloebstyper" -> filtrer(katalog.forloebstyper(), (Forloebstype f) -> under(f.kleNummer(), p));
                default -> throw Afvisning.ugyldig("PARAMETER_UKENDT", "praefiks", "praefiks filtrerer kun kle-emner, indsatser og forloebstyper");
            };
        }
        if (gruppe != null) {
            if (!navn.equals("fsiii")) {
                throw Afvisning.ugyldig("PARAMETER_UKENDT", "gruppe", "gruppe filtrerer kun fsiii");
            }
            FsiiiGruppe g = fsiiiGruppe(gruppe);
            return filtrer(katalog.fsiiiKoder(), k -> k.gruppe() == g);
        }
        return liste;
    }

    private static Kodeliste<Hjemmel> hjemler(Katalog katalog) {
        Map<String, List<String>> indsatser = grupper(katalog.indsatser().koder(), Indsats::hjemmel, Indsats::kode);
        Map<String, List<String>> forloeb = grupper(katalog.forloebstyper().koder(), Forloebstype::hjemmel, Forloebstype::kode);
        TreeSet<String> alle = new TreeSet<>(indsatser.keySet());
        alle.addAll(forloeb.keySet());
        List<Hjemmel> ud = new ArrayList<>();
        alle.forEach(h -> ud.add(new Hjemmel(h, indsatser.getOrDefault(h, List.of()), forloeb.getOrDefault(h, List.of()))));
        return new Kodeliste<>("hjemler", katalog.indsatser().version(), ud);
    }

    private static <T> Map<String, List<String>> grupper(List<T> koder, Function<T, String> hjemmel, Function<T, String> kode) {
        Map<String, List<String>> ud = new LinkedHashMap<>();
        for (T k : koder) {
            ud.computeIfAbsent(hjemmel.apply(k), x -> new ArrayList<>()).add(kode.apply(k));
        }
        return ud;
    }

    private static <T> Kodeliste<T> filtrer(Kodeliste<T> liste, Predicate<T> med) {
        return new Kodeliste<>(liste.navn(), liste.version(), liste.koder().stream().filter(med).toList());
    }

    private static boolean under(String kleNummer, String praefiks) {
        return kleNummer.equals(praefiks) || kleNummer.startsWith(praefiks + ".");
    }

    private static String klePraefiks(String v) {
        String p = v.trim();
        if (!p.matches("\\d{2}(\\.\\d{2}){0,2}")) {
            throw Afvisning.ugyldig("PARAMETER_UGYLDIG", "praefiks", "praefiks er et KLE-nummer (NN, NN.NN eller NN.NN.NN), fik '" + v + "'");
        }
        return p;
    }

    private static FsiiiGruppe fsiiiGruppe(String v) {
        try {
            return FsiiiGruppe.valueOf(v.trim());
        } catch (IllegalArgumentException e) {
            throw Afvisning.ugyldig("PARAMETER_UGYLDIG", "gruppe", "gruppe er en FSIII-gruppe (A, B, C, D, E, F, J, I, H, G), fik '" + v + "'");
        }
    }
}
