package dk.careledger.ui.formular;

import dk.careledger.ui.formular.Handling.Maal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Every action of the sag page as a form (UC2, UC3, UC6, UC8, afslutning): its fields, in the order a caseworker
 * fills them, with pick lists from the catalogues. The field names are the commands' JSON fields.
 */
@Component
public class Handlinger {
    private final Map<String, Handling> handlinger = new LinkedHashMap<>();

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
