package dk.careledger.ui.formular;

import dk.careledger.domain.katalog.FsiiiGruppe;
import dk.careledger.domain.katalog.FsiiiKode;
import dk.careledger.domain.katalog.Katalog;
import dk.careledger.domain.kodeliste.Kode;
import dk.careledger.domain.kodeliste.Kodelister;
import dk.careledger.domain.katalog.Kodeliste;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The pick lists of the forms, from the same catalogues {@code /api/katalog} serves (KLE, FSIII, indsatser, hjemler)
 * and the ledger's own code lists ({@link Kodelister}): a user never types a code they must know by heart.
 */
@Component
public class Valglister {
    private final Katalog katalog;

    public Valglister(Katalog katalog) {
        this.katalog = katalog;
    }

    /** The KLE emner under the KLE groups the catalogue's indsatser belong to (a few dozen of the 2,400). */
    public List<Valg> kleEmner() {
        java.util.Set<String> grupper = new java.util.HashSet<>();
        katalog.indsatser().koder().forEach(i -> grupper.add(i.kleNummer().substring(0, 5)));
        return katalog.kleEmner().koder().stream().filter(k -> k.nummer().length() == 8 && grupper.contains(k.gruppe()))
                .map(k -> new Valg(k.nummer(), k.nummer() + " " + k.titel())).toList();
    }

    /** Where a henvendelse or requested oplysning comes from: FSIII group A. */
    public List<Valg> kilder() {
        return fsiii(FsiiiGruppe.A).toList();
    }

    public List<Valg> handlingsfacetter() {
        return katalog.handlingsfacetter().koder().stream().map(h -> new Valg(h.kode(), h.kode() + " " + h.titel())).toList();
    }

    /** FSIII tilstande a caseworker assesses: funktionsevne (J) and helbred (I). */
    public List<Valg> tilstande() {
        return Stream.concat(fsiii(FsiiiGruppe.J), fsiii(FsiiiGruppe.I)).toList();
    }

    /** The levels 0–4 (and 9) of the FSIII scale, with their Danish titles. */
    public List<Valg> niveauer() {
        return katalog.fsiiiKoder().koder().stream().filter(k -> k.gruppe() == FsiiiGruppe.B)
                .map(k -> new Valg(k.kode().replaceAll("\\D", ""), k.kode().replaceAll("\\D", "") + " – " + k.titel())).toList();
    }

    /** The results of an opfølgning, E1–E4. */
    public List<Valg> opfoelgningsresultater() {
        return fsiii(FsiiiGruppe.E).toList();
    }

    public List<Valg> indsatser() {
        return katalog.indsatser().koder().stream()
                .map(i -> new Valg(i.kode(), i.navn() + " (" + i.hjemmel() + ", KLE " + i.kleNummer() + ")")).toList();
    }

    /** Every hjemmel an indsats or a forløbstype of the catalogue gives. */
    public List<Valg> hjemler() {
        TreeSet<String> alle = new TreeSet<>();
        katalog.indsatser().koder().forEach(i -> alle.add(i.hjemmel()));
        katalog.forloebstyper().koder().forEach(f -> alle.add(f.hjemmel()));
        return alle.stream().map(h -> new Valg(h, h)).toList();
    }

    /** The forløbstyper of the catalogue, with their hjemmel. */
    public List<Valg> forloebstyper() {
        return katalog.forloebstyper().koder().stream().map(f -> new Valg(f.kode(), f.navn() + " (" + f.hjemmel() + ")")).toList();
    }

    /** One of the ledger's own code lists by its name in {@code /api/katalog} (afgoerelsestyper, samtykkesvar, …). */
    public List<Valg> kodeliste(String navn) {
        return Kodelister.alle().stream().filter(l -> l.navn().equals(navn)).findFirst().map(Kodeliste::koder).orElseThrow()
                .stream().map((Kode k) -> new Valg(k.kode(), k.titel())).toList();
    }

    /** The Danish title of a catalogue code (FSIII, indsats, KLE), or the code itself. */
    public String titel(String kode) {
        if (kode == null) {
            return "";
        }
        return katalog.fsiii(kode).map(FsiiiKode::titel)
                .or(() -> katalog.indsats(kode).map(i -> i.navn()))
                .or(() -> katalog.kleEmne(kode).map(k -> k.titel()))
                .or(() -> Optional.of(kode)).get();
    }

    private Stream<Valg> fsiii(FsiiiGruppe gruppe) {
        return katalog.fsiiiKoder().koder().stream().filter(k -> k.gruppe() == gruppe).map(k -> new Valg(k.kode(), k.kode() + " " + k.titel()));
    }
}
