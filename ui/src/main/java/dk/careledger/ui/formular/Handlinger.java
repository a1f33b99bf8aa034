package dk.careledger.ui.formular;

import dk.careledger.ui.formular.Handling.Maal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Every action of the sag page as a form (UC2, UC3, UC6, UC8, afslutning): its fields, in the order a caseworker
 * fills them, with pick lists from the catalogues. The field names are the commands' JSON fields.
 */
@Component
public class Handlinger {
    private final Map<String, Handling> handlinger = new LinkedHashMap<>();
    private final Set<String> rettelser = new HashSet<>();

    public Handlinger(Valglister valg) {
        List<Valg> perioder = List.of(new Valg("PR_DAG", "pr. dag"), new Valg("PR_UGE", "pr. uge"), new Valg("PR_MAANED", "pr. måned"));
        // UC2: sagsoplysning
        tilfoej(new Handling("tilstand", Maal.SAG, "Vurder en FSIII-tilstand", "Gem vurdering",
                "Borgerens tilstand og forventede tilstand efter FSIII (UC2).", List.of(
                        Felt.valg("fsiiiKode", "Tilstand", true, valg.tilstande()),
                        Felt.valg("niveau", "Niveau nu", false, valg.niveauer()),
                        Felt.valg("forventetNiveau", "Forventet niveau", false, valg.niveauer()),
                        Felt.langTekst("borgerensVurdering", "Borgerens egen vurdering", false),
                        Felt.dato("vurderetDato", "Vurderet den", true, true)), List.of()));
        tilfoej(new Handling("samtykke", Maal.SAG, "Registrer samtykke", "Gem samtykke",
                "Borgerens samtykke til at indhente eller videregive oplysninger (UC1 trin 7).", List.of(
                        Felt.valg("svar", "Svar", true, valg.kodeliste("samtykkesvar")),
                        Felt.valg("form", "Form", true, valg.kodeliste("samtykkeformer")),
                        Felt.valg("formaal", "Formål", true, valg.kodeliste("samtykkeformaal")).somListe(),
                        Felt.tekst("omfang", "Omfang (hvem og hvad)", false),
                        Felt.dato("dato", "Dato", true, true)), List.of("samtykkeId")));
        tilfoej(new Handling("oplysningsanmodning", Maal.SAG, "Anmod om oplysninger", "Send anmodning",
                "Bed en tredjepart om oplysninger; sagen kan sættes i bero imens (UC2 2.a2).", List.of(
                        Felt.valg("tredjepartKode", "Tredjepart", true, valg.kilder()),
                        Felt.langTekst("hvad", "Hvilke oplysninger", true),
                        Felt.dato("anmodetDato", "Anmodet den", true, true),
                        Felt.dato("svarfrist", "Svarfrist", true, false),
                        Felt.jaNej("saetIBero", "Sæt sagen i bero, til svaret kommer")), List.of("anmodningId")));
        tilfoej(new Handling("genoptagelse", Maal.SAG, "Genoptag sagen", "Genoptag", "Sagen er ikke længere i bero.", List.of(
                Felt.dato("genoptagetDato", "Genoptaget den", true, true)), List.of()));
        tilfoej(new Handling("oplyst", Maal.SAG, "Marker sagen oplyst", "Marker oplyst", "Sagen er tilstrækkeligt oplyst (UC2).", List.of(
                Felt.dato("oplystDato", "Oplyst den", true, true)), List.of()));
        // UC3: partshøring, afgørelse, bevilling
        tilfoej(new Handling("partshoering", Maal.SAG, "Send partshøring", "Send partshøring", "Forvaltningslovens § 19.", List.of(
                Felt.tekst("emne", "Emne", true),
                Felt.dato("sendtDato", "Sendt den", true, true),
                Felt.dato("svarfrist", "Svarfrist", true, false)), List.of("partshoeringId")));
        tilfoej(new Handling("partshoeringssvar", Maal.SAG, "Registrer svar på partshøring", "Gem svar", null, List.of(
                Felt.valg("partshoeringId", "Partshøring", true, List.of()),
                Felt.langTekst("svar", "Borgerens svar", true),
                Felt.dato("besvaretDato", "Besvaret den", true, true)), List.of()));
        tilfoej(new Handling("afgoerelse", Maal.SAG, "Træf afgørelse", "Træf afgørelse", "Bevilling, delvis bevilling eller afslag (UC3 trin 1.1).", List.of(
                Felt.valg("type", "Afgørelse", true, valg.kodeliste("afgoerelsestyper")),
                Felt.valg("hjemmel", "Hjemmel", true, valg.hjemler()),
                Felt.langTekst("begrundelse", "Begrundelse", true),
                Felt.jaNej("klagevejledningGivet", "Klagevejledning er givet"),
                Felt.dato("truffetDato", "Truffet den", true, true),
                Felt.dato("sendtDato", "Sendt til borgeren den", false, true),
                Felt.dato("virkningsdato", "Virkning fra", false, true),
                Felt.langTekst("uoplystBegrundelse", "Hvorfor der træffes afgørelse, før sagen er oplyst", false)), List.of("afgoerelseId")));
        tilfoej(new Handling("bevilling", Maal.SAG, "Giv bevilling", "Giv bevilling",
                "Indsatsen fra kataloget. Uden startdato kommer borgeren på venteliste (UC3 4.a1).", List.of(
                        Felt.valg("afgoerelseId", "Afgørelse", true, List.of()),
                        Felt.valg("indsatsKode", "Indsats", true, valg.indsatser()),
                        Felt.heltal("omfang.gange", "Antal gange", true, "1"),
                        Felt.heltal("omfang.minutter", "Minutter pr. gang", true, null),
                        Felt.valg("omfang.periode", "Pr.", true, perioder).med("PR_DAG"),
                        Felt.dato("bevilgetDato", "Bevilget den", true, true),
                        Felt.dato("startdato", "Startdato", false, false),
                        Felt.dato("slutdato", "Slutdato", false, false),
                        Felt.dato("foersteOpfoelgning", "Første opfølgning", false, false)), List.of("bevillingId")));
        Felt fortsaetter = Felt.jaNej("bevillingerFortsaetter", "Sagens løbende bevillinger fortsætter efter afslutningen");
        tilfoej(new Handling("afslutning", Maal.SAG, "Afslut sagen", "Afslut sag", null, List.of(
                Felt.dato("afsluttetDato", "Afsluttet den", true, true), fortsaetter), List.of()));
        tilfoej(new Handling("afslutning-uden-afgoerelse", Maal.SAG, "Afslut uden afgørelse", "Afslut uden afgørelse", null, List.of(
                Felt.valg("aarsag", "Årsag", true, valg.kodeliste("afslutningsaarsager")),
                Felt.langTekst("bemaerkning", "Bemærkning", false),
                Felt.dato("afsluttetDato", "Afsluttet den", true, true), fortsaetter), List.of()));
        // klage, forløb and the corrections of ADR 0022 a caseworker makes on the sag
        Felt afgoerelse = Felt.valg("afgoerelseId", "Afgørelse", true, List.of());
        Felt begrundelse = Felt.langTekst("begrundelse", "Begrundelse", true);
        tilfoej(new Handling("klage", Maal.SAG, "Registrer klage", "Gem klage", "Borgeren klager over en afgørelse (RSL §§ 66–67).", List.of(
                afgoerelse, Felt.dato("modtagetDato", "Modtaget den", true, true)), List.of("klageId")));
        tilfoej(new Handling("forloeb", Maal.SAG, "Start forløb", "Start forløb",
                "Et pleje- og omsorgsforløb for borgeren fra forløbskataloget; sagen knyttes til forløbet.", List.of(
                        Felt.valg("forloebstypeKode", "Forløbstype", true, valg.forloebstyper()),
                        Felt.dato("startdato", "Startdato", true, true)), List.of("forloebId")));
        Felt forloeb = Felt.valg("forloebId", "Forløb", true, List.of());
        tilfoej(new Handling("forloeb-sag", Maal.SAG, "Knyt sagen til et forløb", "Knyt til forløb", "Et af borgerens åbne forløb.",
                List.of(forloeb), List.of()));
        tilfoej(new Handling("forloeb-afslutning", Maal.SAG, "Afslut et forløb", "Afslut forløb", null, List.of(
                forloeb, Felt.dato("slutdato", "Slutdato", true, true), Felt.langTekst("aarsag", "Årsag", true)), List.of()));
        tilfoej(rettelse(new Handling("omklassificering", Maal.SAG, "Omklassificér sagen", "Omklassificér",
                "Ret emne, handlingsfacet, enhed, følsomhed eller titel. Et felt, du lader stå tomt, beholder sin værdi.", List.of(
                        Felt.valg("kleNummer", "Emne (KLE)", false, valg.kleEmner()),
                        Felt.valg("handlingsfacet", "Handling (KLE-handlingsfacet)", false, valg.handlingsfacetter()),
                        Felt.tekst("ansvarligEnhed", "Ansvarlig enhed", false),
                        Felt.valg("foelsomhed", "Følsomhed", false, valg.kodeliste("foelsomhed")),
                        Felt.tekst("titel", "Titel", false), begrundelse), List.of())));
        tilfoej(rettelse(new Handling("sendt-dato-rettelse", Maal.SAG, "Ret datoen, afgørelsen blev sendt", "Ret dato",
                "Datoen styrer klagefristen. Den hidtidige dato bliver stående i historikken.", List.of(
                        afgoerelse, Felt.dato("sendtDato", "Sendt den", true, false), begrundelse), List.of())));
        tilfoej(rettelse(new Handling("omgoerelse", Maal.SAG, "Omgør afgørelsen", "Omgør afgørelse",
                "Myndigheden omgør sin egen afgørelse, og sagen genoptages til en ny afgørelse. Bevillinger på afgørelsen ændres "
                        + "eller ophører hver for sig.", List.of(afgoerelse, Felt.dato("omgjortDato", "Omgjort den", true, true), begrundelse),
                List.of())));
        tilfoej(rettelse(new Handling("tilknyt-bevilling", Maal.SAG, "Knyt en bevilling uden sag til sagen", "Knyt til sagen",
                "En bevilling givet uden sag (selvvisiteret) hører til denne sag.", List.of(
                        Felt.valg("bevilling", "Bevilling", true, List.of()),
                        Felt.valg("afgoerelseId", "Afgørelse, bevillingen hviler på", false, List.of()), begrundelse), List.of())));
        // UC3 bestilling, UC6 levering, UC8 opfølgning: on one bevilling of the sag
        tilfoej(new Handling("bestilling", Maal.BEVILLING, "Bestil hos leverandør", "Bestil", null, List.of(
                Felt.tekst("leverandoer", "Leverandør", true),
                Felt.langTekst("handlingsanvisning", "Handlingsanvisning", false),
                Felt.dato("bestiltDato", "Bestilt den", true, true)), List.of()));
        tilfoej(new Handling("startdato", Maal.BEVILLING, "Fastsæt startdato", "Gem startdato", "Tager bevillingen af ventelisten.", List.of(
                Felt.dato("startdato", "Startdato", true, false)), List.of()));
        tilfoej(new Handling("levering", Maal.BEVILLING, "Registrer levering", "Registrer levering", "UC6.", List.of(
                Felt.tidspunkt("leveret", "Leveret"),
                Felt.tekst("udfoertAf", "Udført af", true),
                Felt.heltal("varighedMinutter", "Varighed i minutter", true, null)), List.of("leveringId")));
        tilfoej(new Handling("ikke-leveret", Maal.BEVILLING, "Registrer ikke leveret", "Registrer ikke leveret", "UC6 variant.", List.of(
                Felt.tidspunkt("planlagt", "Planlagt til"),
                Felt.valg("aarsag", "Årsag", true, valg.kodeliste("ikke-leveret-aarsager")),
                Felt.jaNej("erstatningTilbudt", "Erstatning er tilbudt"),
                Felt.langTekst("bemaerkning", "Bemærkning", false)), List.of("leveringId")));
        tilfoej(new Handling("opfoelgning", Maal.BEVILLING, "Gennemfør opfølgning", "Gem opfølgning", "Resultat E1–E4 (UC8).", List.of(
                Felt.valg("resultatKode", "Resultat", true, valg.opfoelgningsresultater()),
                Felt.dato("gennemfoertDato", "Gennemført den", true, true),
                Felt.dato("naesteOpfoelgning", "Næste opfølgning", false, false),
                Felt.langTekst("notat", "Notat", false)), List.of("opfoelgningId")));
        tilfoej(new Handling("uplanlagt-levering", Maal.BEVILLING, "Registrer uplanlagt levering", "Registrer uplanlagt levering",
                "Et besøg, der ikke var planlagt, fx efter et nødkald (UC8).", List.of(
                        Felt.tidspunkt("leveret", "Leveret"),
                        Felt.tekst("udfoertAf", "Udført af", true),
                        Felt.heltal("varighedMinutter", "Varighed i minutter", true, null),
                        Felt.langTekst("anledning", "Anledning", true)), List.of("leveringId")));
        tilfoej(new Handling("aendring", Maal.BEVILLING, "Ændr omfang", "Gem ændring",
                "Inden for afgørelsens ramme; en ændring ud over rammen kræver en ny afgørelse.", List.of(
                        Felt.heltal("omfang.gange", "Antal gange", true, "1"),
                        Felt.heltal("omfang.minutter", "Minutter pr. gang", true, null),
                        Felt.valg("omfang.periode", "Pr.", true, perioder).med("PR_DAG"),
                        Felt.dato("virkningFra", "Gælder fra", true, true),
                        Felt.langTekst("aarsag", "Årsag", true)), List.of()));
        tilfoej(new Handling("ophoer", Maal.BEVILLING, "Bevillingen ophører", "Registrer ophør", null, List.of(
                Felt.dato("ophoersdato", "Ophører fra (første dag uden bevilling)", true, false),
                Felt.valg("aarsag", "Årsag", true, valg.kodeliste("ophoersaarsager"))), List.of()));
        tilfoej(new Handling("forloeb-bevilling", Maal.BEVILLING, "Knyt bevillingen til et forløb", "Knyt til forløb", null,
                List.of(forloeb), List.of()));
        tilfoej(rettelse(new Handling("annullering", Maal.BEVILLING, "Annullér en registrering", "Annullér",
                "En levering, ikke-levering eller uplanlagt levering registreret ved en fejl. Den bliver stående i historikken, "
                        + "men tæller ikke længere med.", List.of(
                        Felt.valg("leveringId", "Registrering", true, List.of()), begrundelse), List.of())));
        tilfoej(rettelse(new Handling("startdato-rettelse", Maal.BEVILLING, "Ret startdatoen", "Ret startdato",
                "En startdato registreret forkert. Den hidtidige bliver stående i historikken.", List.of(
                        Felt.dato("startdato", "Rigtig startdato", true, false), begrundelse,
                        Felt.langTekst("tilbagevirkningBegrundelse", "Hvorfor startdatoen ligger før bevillingen blev givet", false)),
                List.of())));
    }

    /** Marks an action as a correction (ADR 0022): the page shows it apart from the day's actions. */
    private Handling rettelse(Handling h) {
        rettelser.add(h.id());
        return h;
    }

    /** Whether the action corrects what was registered (ADR 0022) rather than records what happened. */
    public boolean erRettelse(Handling h) {
        return rettelser.contains(h.id());
    }

    private void tilfoej(Handling h) {
        handlinger.put(h.id(), h);
    }

    public Handling handling(String id) {
        return handlinger.get(id);
    }

    public List<Handling> paa(Maal maal) {
        return handlinger.values().stream().filter(h -> h.paa() == maal).toList();
    }

    /** The action with pick lists only the sag itself knows (its afgørelser, its open partshøringer). */
    public Handling medValg(Handling h, String felt, List<Valg> valg) {
        List<Felt> felter = h.felter().stream().map(f -> f.navn().equals(felt) ? new Felt(f.navn(), f.etiket(), f.type(), f.paakraevet(), valg,
                f.hjaelp(), valg.size() == 1 ? valg.get(0).kode() : f.standard()) : f).toList();
        return new Handling(h.id(), h.paa(), h.titel(), h.knap(), h.beskrivelse(), felter, h.nyeIder());
    }
}
