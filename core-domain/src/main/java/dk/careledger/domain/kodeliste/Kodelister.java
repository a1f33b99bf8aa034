package dk.careledger.domain.kodeliste;

import dk.careledger.domain.bevilling.IkkeLeveretAarsag;
import dk.careledger.domain.bevilling.OphoersAarsag;
import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.henvendelse.Kanal;
import dk.careledger.domain.henvendelse.Udfald;
import dk.careledger.domain.katalog.Kodeliste;
import dk.careledger.domain.katalog.Ydelsestype;
import dk.careledger.domain.sag.AfslutningsAarsag;
import dk.careledger.domain.sag.Afgoerelsestype;
import dk.careledger.domain.sag.SamtykkeFormaal;
import dk.careledger.domain.sag.SamtykkeSvar;
import dk.careledger.domain.sag.Samtykkeform;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The code lists the ledger defines in its own code (enums), with the Danish title a caseworker or a client's UI
 * shows. Their version is {@link #VERSION}: a change of any code changes the golden file of {@code KodelisterTest},
 * and whoever changes it raises the version, so a client can tell that a list it cached is stale.
 */
public final class Kodelister {
    public static final String VERSION = "ledger-koder 1";

    private Kodelister() {
    }

    /** Every list, in a fixed order. */
    public static List<Kodeliste<Kode>> alle() {
        return List.of(
                liste("afgoerelsestyper", Afgoerelsestype.class, Map.of(
                        Afgoerelsestype.BEVILLING, "Bevilling (fuldt medhold)",
                        Afgoerelsestype.DELVIS_BEVILLING, "Delvis bevilling",
                        Afgoerelsestype.AFSLAG, "Afslag")),
                liste("ikke-leveret-aarsager", IkkeLeveretAarsag.class, Map.of(
                        IkkeLeveretAarsag.BORGER_IKKE_HJEMME, "Borger ikke hjemme",
                        IkkeLeveretAarsag.BORGER_AFLYST, "Borger har aflyst",
                        IkkeLeveretAarsag.BORGER_INDLAGT, "Borger er indlagt",
                        IkkeLeveretAarsag.MEDARBEJDER_FRAVAER, "Aflyst af leverandøren (medarbejderfravær)",
                        IkkeLeveretAarsag.ANDET, "Andet (bemærkning påkrævet)")),
                liste("ophoersaarsager", OphoersAarsag.class, Map.of(
                        OphoersAarsag.NY_AFGOERELSE, "Ny afgørelse",
                        OphoersAarsag.OPFOELGNING, "Opfølgning: afsluttes (E3)",
                        OphoersAarsag.DOED, "Borger er død",
                        OphoersAarsag.FRAFLYTNING, "Fraflytning",
                        OphoersAarsag.BORGERENS_OENSKE, "Borgerens ønske",
                        OphoersAarsag.ANDET, "Andet")),
                liste("afslutningsaarsager", AfslutningsAarsag.class, Map.of(
                        AfslutningsAarsag.TRUKKET_TILBAGE, "Ansøgningen er trukket tilbage",
                        AfslutningsAarsag.FRAFLYTTET, "Borger er fraflyttet",
                        AfslutningsAarsag.DOED, "Borger er død",
                        AfslutningsAarsag.ANDET, "Andet (bemærkning påkrævet)")),
                liste("foelsomhed", Foelsomhed.class, Map.of(
                        Foelsomhed.IKKE_FORTROLIGE_DATA, "Ikke fortrolige data",
                        Foelsomhed.FORTROLIGE_PERSONOPLYSNINGER, "Fortrolige personoplysninger",
                        Foelsomhed.FOELSOMME_PERSONOPLYSNINGER, "Følsomme personoplysninger",
                        Foelsomhed.VIP_SAGER, "VIP-sager")),
                liste("henvendelseskanaler", Kanal.class, Map.of(
                        Kanal.TELEFON, "Telefon",
                        Kanal.SKRIFTLIG, "Skriftlig (brev eller e-mail)",
                        Kanal.DIGITAL, "Digital selvbetjening",
                        Kanal.PERSONLIG, "Personlig henvendelse",
                        Kanal.MEDCOM, "MedCom-meddelelse")),
                liste("henvendelsesudfald", Udfald.class, Map.of(
                        Udfald.SAG_OPRETTET, "Sag oprettet",
                        Udfald.TILKNYTTET_SAG, "Tilknyttet eksisterende sag",
                        Udfald.INGEN_SAG, "Ingen sag (begrundelse påkrævet)")),
                liste("samtykkeformaal", SamtykkeFormaal.class, Map.of(
                        SamtykkeFormaal.INDHENTNING, "Indhentning af oplysninger",
                        SamtykkeFormaal.VIDEREGIVELSE, "Videregivelse af oplysninger")),
                liste("samtykkesvar", SamtykkeSvar.class, Map.of(
                        SamtykkeSvar.GIVET, "Givet",
                        SamtykkeSvar.AFSLAAET, "Afslået")),
                liste("samtykkeformer", Samtykkeform.class, Map.of(
                        Samtykkeform.MUNDTLIGT, "Mundtligt",
                        Samtykkeform.SKRIFTLIGT, "Skriftligt",
                        Samtykkeform.DIGITALT, "Digitalt")),
                liste("ydelsestyper", Ydelsestype.class, Map.of(
                        Ydelsestype.TID, "Tid (levering af tid eller ressource)",
                        Ydelsestype.OEKONOMISK, "Økonomisk ydelse",
                        Ydelsestype.FYSISK, "Fysisk ydelse (fx hjælpemiddel)",
                        Ydelsestype.PLADS, "Plads eller tilladelse")));
    }

    private static <E extends Enum<E>> Kodeliste<Kode> liste(String navn, Class<E> type, Map<E, String> titler) {
        Map<E, String> ordnet = new EnumMap<>(type);
        ordnet.putAll(titler);
        List<Kode> koder = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            String titel = ordnet.get(e);
            if (titel == null) {
                throw new IllegalStateException("Kodeliste " + navn + " has no Danish title for " + e.name());
            }
            koder.add(new Kode(e.name(), titel));
        }
        return new Kodeliste<>(navn, VERSION, koder);
    }
}
