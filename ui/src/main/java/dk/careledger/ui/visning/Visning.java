package dk.careledger.ui.visning;

import dk.careledger.domain.felles.Tidszone;
import dk.careledger.ui.formular.Valglister;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Formatting for the templates ({@code ${@visning.dato(d)}}): Danish dates, local times, catalogue titles. */
@Component("visning")
public class Visning {
    private static final Locale DANSK = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("d. MMMM uuuu", DANSK);
    private static final DateTimeFormatter TID = DateTimeFormatter.ofPattern("d. MMMM uuuu 'kl.' HH.mm", DANSK);
    private final Valglister valg;

    public Visning(Valglister valg) {
        this.valg = valg;
    }

    /** {@code 7. december 2026}, or a dash. */
    public String dato(Object dato) {
        if (dato == null) {
            return "–";
        }
        LocalDate d = dato instanceof LocalDate ld ? ld : LocalDate.parse(dato.toString());
        return DATO.format(d);
    }

    /** {@code 7. december 2026 kl. 14.03}, in Danish local time. */
    public String tid(Instant tid) {
        return tid == null ? "–" : TID.format(tid.atZone(Tidszone.DANMARK));
    }

    /** A catalogue code with its Danish title: {@code E1 Fortsættes}. */
    public String kode(String kode) {
        if (kode == null || kode.isBlank()) {
            return "–";
        }
        String titel = valg.titel(kode);
        return titel.equals(kode) ? kode : kode + " " + titel;
    }

    /** A code of one of the ledger's code lists in Danish: {@code TELEFON} of {@code henvendelseskanaler} as {@code Telefon}. */
    public String fraListe(String liste, String kode) {
        return kode == null ? "–" : valg.kodeliste(liste).stream().filter(v -> v.kode().equals(kode)).map(v -> v.tekst()).findFirst().orElse(kode);
    }

    /** An omfang as people say it: {@code 2 × 15 minutter pr. dag}. */
    public String omfang(Object gange, Object minutter, Object periode) {
        return gange + " × " + minutter + " minutter " + tekst(periode);
    }

    /** A CPR number as people write it: {@code 070101-1234}. */
    public String cpr(String cpr) {
        return cpr != null && cpr.matches("\\d{10}") ? cpr.substring(0, 6) + "-" + cpr.substring(6) : cpr;
    }

    private static final java.util.Map<String, String> TEKSTER = java.util.Map.ofEntries(
            java.util.Map.entry("OPSTAAET", "Opstået"), java.util.Map.entry("OPLYST", "Oplyst"), java.util.Map.entry("AFGJORT", "Afgjort"),
            java.util.Map.entry("AFSLUTTET", "Afsluttet"), java.util.Map.entry("VED_AFGOERELSE", "Lukkes ved afgørelse"),
            java.util.Map.entry("VED_KLAGEFRIST", "Lukkes når klagefristen er udløbet"),
            java.util.Map.entry("VED_LEVERINGSOPHOER", "Lukkes når leveringen ophører"), java.util.Map.entry("EKSPLICIT", "Lukkes når den afsluttes"),
            java.util.Map.entry("OVERSKREDET", "Overskredet"), java.util.Map.entry("TAET_PAA", "Tæt på"), java.util.Map.entry("I_TIDE", "I tide"),
            java.util.Map.entry("BEVILLING", "Bevilling"), java.util.Map.entry("DELVIS_BEVILLING", "Delvis bevilling"),
            java.util.Map.entry("AFSLAG", "Afslag"), java.util.Map.entry("PR_DAG", "pr. dag"), java.util.Map.entry("PR_UGE", "pr. uge"),
            java.util.Map.entry("PR_MAANED", "pr. måned"), java.util.Map.entry("VENTELISTE", "På venteliste"),
            java.util.Map.entry("FREMTIDIG", "Starter senere"), java.util.Map.entry("AKTIV", "Aktiv"), java.util.Map.entry("OPHOERT", "Ophørt"),
            java.util.Map.entry("AABEN", "Åben"), java.util.Map.entry("AFSLUTTET_FORLOEB", "Afsluttet"));

    private static final java.util.Map<String, String> VIRKNING = java.util.Map.ofEntries(
            java.util.Map.entry("opstaaetDato", "opstået"), java.util.Map.entry("vurderetDato", "vurderet"), java.util.Map.entry("oplystDato", "oplyst"),
            java.util.Map.entry("truffetDato", "truffet"), java.util.Map.entry("sendtDato", "sendt"), java.util.Map.entry("virkningsdato", "virkning"),
            java.util.Map.entry("bevilgetDato", "bevilget"), java.util.Map.entry("startdato", "start"), java.util.Map.entry("slutdato", "slut"),
            java.util.Map.entry("bestiltDato", "bestilt"), java.util.Map.entry("leveret", "leveret"), java.util.Map.entry("planlagt", "planlagt"),
            java.util.Map.entry("gennemfoertDato", "gennemført"), java.util.Map.entry("naesteOpfoelgning", "næste opfølgning"),
            java.util.Map.entry("afsluttetDato", "afsluttet"), java.util.Map.entry("svarfrist", "svarfrist"), java.util.Map.entry("anmodetDato", "anmodet"),
            java.util.Map.entry("genoptagetDato", "genoptaget"), java.util.Map.entry("haandteretDato", "håndteret"),
            java.util.Map.entry("modtagetDato", "modtaget"), java.util.Map.entry("besvaretDato", "besvaret"), java.util.Map.entry("ophoersdato", "ophør"),
            java.util.Map.entry("foersteOpfoelgning", "første opfølgning"), java.util.Map.entry("fra", "fra"), java.util.Map.entry("dato", "dato"));

    /** The Danish label of a business date on the timeline: {@code truffetDato} as {@code truffet}. */
    public String virkning(String felt) {
        return VIRKNING.getOrDefault(felt, felt);
    }

    /** A state, policy or type of the ledger in Danish: {@code VED_AFGOERELSE} as {@code Lukkes ved afgørelse}. */
    public String tekst(Object konstant) {
        if (konstant == null) {
            return "–";
        }
        return TEKSTER.getOrDefault(konstant.toString(), konstant.toString());
    }
}
