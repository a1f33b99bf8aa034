package dk.careledger.projection.fakta;

import dk.careledger.domain.bevilling.OphoersAarsag;
import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.sag.Afgoerelsestype;
import dk.careledger.domain.sag.AfslutningsAarsag;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The stored form of a {@link Faktum}'s own fields: one flat JSON object per fact (the {@link Faktahoved} is kept in
 * columns beside it), written and read by hand, field by field, because a rebuild writes every fact once and reads every
 * fact of the touched keys back per batch. Keys are the record's component names; ids, dates (ISO {@code yyyy-MM-dd})
 * and enums (by name) are strings, a flag is a JSON boolean; a null field is left out. The reader takes any JSON
 * object of that form in any key order and spacing, as PostgreSQL's {@code jsonb} gives it back.
 */
public final class Faktajson {

    private Faktajson() {
    }

    /** The fact's own fields as a JSON object (the kind is stored beside it, see {@link Faktum#art}). */
    public static String skriv(Faktum f) {
        Skriver s = new Skriver();
        if (f instanceof Faktum.SagOprettet o) {
            s.tekst("sagsnummer", o.sagsnummer()).id("borgerId", o.borgerId()).tekst("ejer", o.ejer())
                    .tekst("ansvarligEnhed", o.ansvarligEnhed()).tekst("kleNummer", o.kleNummer())
                    .tekst("handlingsfacet", o.handlingsfacet())
                    .navn("foelsomhed", o.foelsomhed()).id("titelEjer", o.titelEjer()).tekst("titelChiffertekst", o.titelChiffertekst())
                    .dato("opstaaetDato", o.opstaaetDato()).tekst("sagsbehandler", o.sagsbehandler());
        } else if (f instanceof Faktum.SagsbehandlerTildelt o) {
            s.tekst("sagsbehandler", o.sagsbehandler()).dato("fra", o.fra());
        } else if (f instanceof Faktum.TilstandVurderet o) {
            s.dato("vurderetDato", o.vurderetDato());
        } else if (f instanceof Faktum.OplysningerAnmodet o) {
            s.dato("anmodetDato", o.anmodetDato());
        } else if (f instanceof Faktum.SagSatIBero o) {
            s.id("anmodningId", o.anmodningId()).dato("iBeroFra", o.iBeroFra());
        } else if (f instanceof Faktum.SagGenoptaget o) {
            s.dato("genoptagetDato", o.genoptagetDato());
        } else if (f instanceof Faktum.SagOplyst o) {
            s.dato("oplystDato", o.oplystDato());
        } else if (f instanceof Faktum.PartshoeringSendt o) {
            s.dato("sendtDato", o.sendtDato());
        } else if (f instanceof Faktum.PartshoeringBesvaret o) {
            s.dato("besvaretDato", o.besvaretDato());
        } else if (f instanceof Faktum.AfgoerelseTruffet o) {
            s.id("afgoerelseId", o.afgoerelseId()).navn("type", o.type()).sandhed("klagevejledningGivet", o.klagevejledningGivet())
                    .dato("truffetDato", o.truffetDato()).dato("sendtDato", o.sendtDato()).dato("virkningsdato", o.virkningsdato());
        } else if (f instanceof Faktum.KlageModtaget o) {
            s.id("klageId", o.klageId()).id("afgoerelseId", o.afgoerelseId()).dato("modtagetDato", o.modtagetDato());
        } else if (f instanceof Faktum.RevisitationStartet o) {
            s.dato("startetDato", o.startetDato());
        } else if (f instanceof Faktum.SagAfsluttetUdenAfgoerelse o) {
            s.navn("aarsag", o.aarsag()).dato("afsluttetDato", o.afsluttetDato());
        } else if (f instanceof Faktum.SagAfsluttet o) {
            s.dato("afsluttetDato", o.afsluttetDato());
        } else if (f instanceof Faktum.SagOmklassificeret o) {
            s.tekst("ansvarligEnhed", o.ansvarligEnhed()).tekst("kleNummer", o.kleNummer()).tekst("handlingsfacet", o.handlingsfacet())
                    .navn("foelsomhed", o.foelsomhed()).id("titelEjer", o.titelEjer()).tekst("titelChiffertekst", o.titelChiffertekst());
        } else if (f instanceof Faktum.AfgoerelseSendtDatoRettet o) {
            s.id("afgoerelseId", o.afgoerelseId()).dato("sendtDato", o.sendtDato());
        } else if (f instanceof Faktum.AfgoerelseOmgjort o) {
            s.id("afgoerelseId", o.afgoerelseId()).dato("omgjortDato", o.omgjortDato());
        } else if (f instanceof Faktum.BevillingStartdatoRettet o) {
            s.dato("startdato", o.startdato());
        } else if (f instanceof Faktum.BevillingSagTilknyttet o) {
            s.id("sagId", o.sagId()).id("afgoerelseId", o.afgoerelseId());
        } else if (f instanceof Faktum.BevillingGivet o) {
            s.id("borgerId", o.borgerId()).id("sagId", o.sagId()).id("afgoerelseId", o.afgoerelseId()).tekst("indsatsKode", o.indsatsKode())
                    .tekst("kleNummer", o.kleNummer()).dato("bevilgetDato", o.bevilgetDato()).dato("startdato", o.startdato());
        } else if (f instanceof Faktum.BevillingOphoert o) {
            s.navn("aarsag", o.aarsag()).dato("ophoersdato", o.ophoersdato());
        } else if (f instanceof Faktum.ForloebStartet o) {
            s.id("borgerId", o.borgerId()).tekst("forloebstypeKode", o.forloebstypeKode()).tekst("kleNummer", o.kleNummer())
                    .dato("startdato", o.startdato());
        } else if (f instanceof Faktum.SagTilknyttetForloeb o) {
            s.id("sagId", o.sagId());
        } else if (f instanceof Faktum.BevillingTilknyttetForloeb o) {
            s.id("bevillingId", o.bevillingId());
        } else if (f instanceof Faktum.ForloebAfsluttet o) {
            s.dato("slutdato", o.slutdato());
        } else {
            throw new IllegalArgumentException("Unknown kind of fact: " + f);
        }
        return s.slut();
    }

    /** The fact of kind {@code art} with the header {@code h} and the fields in {@code json}. */
    public static Faktum laes(String art, Faktahoved h, String json) {
        Felter v = Felter.af(json);
        return switch (art) {
            case "SagOprettet" -> new Faktum.SagOprettet(h, v.tekst("sagsnummer"), v.id("borgerId"), v.tekst("ejer"),
                    v.tekst("ansvarligEnhed"), v.tekst("kleNummer"), v.tekst("handlingsfacet"), v.navn("foelsomhed", Foelsomhed.class),
                    v.id("titelEjer"), v.tekst("titelChiffertekst"), v.dato("opstaaetDato"), v.tekst("sagsbehandler"));
            case "SagsbehandlerTildelt" -> new Faktum.SagsbehandlerTildelt(h, v.tekst("sagsbehandler"), v.dato("fra"));
            case "TilstandVurderet" -> new Faktum.TilstandVurderet(h, v.dato("vurderetDato"));
            case "OplysningerAnmodet" -> new Faktum.OplysningerAnmodet(h, v.dato("anmodetDato"));
            case "SagSatIBero" -> new Faktum.SagSatIBero(h, v.id("anmodningId"), v.dato("iBeroFra"));
            case "SagGenoptaget" -> new Faktum.SagGenoptaget(h, v.dato("genoptagetDato"));
            case "SagOplyst" -> new Faktum.SagOplyst(h, v.dato("oplystDato"));
            case "PartshoeringSendt" -> new Faktum.PartshoeringSendt(h, v.dato("sendtDato"));
            case "PartshoeringBesvaret" -> new Faktum.PartshoeringBesvaret(h, v.dato("besvaretDato"));
            case "AfgoerelseTruffet" -> new Faktum.AfgoerelseTruffet(h, v.id("afgoerelseId"), v.navn("type", Afgoerelsestype.class),
                    v.sandhed("klagevejledningGivet"), v.dato("truffetDato"), v.dato("sendtDato"), v.dato("virkningsdato"));
            case "KlageModtaget" -> new Faktum.KlageModtaget(h, v.id("klageId"), v.id("afgoerelseId"), v.dato("modtagetDato"));
            case "RevisitationStartet" -> new Faktum.RevisitationStartet(h, v.dato("startetDato"));
            case "SagAfsluttetUdenAfgoerelse" -> new Faktum.SagAfsluttetUdenAfgoerelse(h, v.navn("aarsag", AfslutningsAarsag.class),
                    v.dato("afsluttetDato"));
            case "SagAfsluttet" -> new Faktum.SagAfsluttet(h, v.dato("afsluttetDato"));
            case "SagOmklassificeret" -> new Faktum.SagOmklassificeret(h, v.tekst("ansvarligEnhed"), v.tekst("kleNummer"),
                    v.tekst("handlingsfacet"), v.navn("foelsomhed", Foelsomhed.class), v.id("titelEjer"), v.tekst("titelChiffertekst"));
            case "AfgoerelseSendtDatoRettet" -> new Faktum.AfgoerelseSendtDatoRettet(h, v.id("afgoerelseId"), v.dato("sendtDato"));
            case "AfgoerelseOmgjort" -> new Faktum.AfgoerelseOmgjort(h, v.id("afgoerelseId"), v.dato("omgjortDato"));
            case "BevillingStartdatoRettet" -> new Faktum.BevillingStartdatoRettet(h, v.dato("startdato"));
            case "BevillingSagTilknyttet" -> new Faktum.BevillingSagTilknyttet(h, v.id("sagId"), v.id("afgoerelseId"));
            case "BevillingGivet" -> new Faktum.BevillingGivet(h, v.id("borgerId"), v.id("sagId"), v.id("afgoerelseId"),
                    v.tekst("indsatsKode"), v.tekst("kleNummer"), v.dato("bevilgetDato"), v.dato("startdato"));
            case "BevillingOphoert" -> new Faktum.BevillingOphoert(h, v.navn("aarsag", OphoersAarsag.class), v.dato("ophoersdato"));
            case "ForloebStartet" -> new Faktum.ForloebStartet(h, v.id("borgerId"), v.tekst("forloebstypeKode"), v.tekst("kleNummer"),
                    v.dato("startdato"));
            case "SagTilknyttetForloeb" -> new Faktum.SagTilknyttetForloeb(h, v.id("sagId"));
            case "BevillingTilknyttetForloeb" -> new Faktum.BevillingTilknyttetForloeb(h, v.id("bevillingId"));
            case "ForloebAfsluttet" -> new Faktum.ForloebAfsluttet(h, v.dato("slutdato"));
            default -> throw new IllegalArgumentException("Unknown kind of fact: " + art);
        };
    }

    /** Appends {@code "key":value} pairs; a null value is left out. */
    private static final class Skriver {
        private final StringBuilder sb = new StringBuilder(160).append('{');

        Skriver tekst(String noegle, String v) {
            if (v != null) {
                noegle(noegle);
                sb.append('"');
                for (int i = 0; i < v.length(); i++) {
                    char c = v.charAt(i);
                    if (c == '"' || c == '\\') {
                        sb.append('\\').append(c);
                    } else if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
                sb.append('"');
            }
            return this;
        }

        Skriver id(String noegle, UUID v) {
            return udenTegn(noegle, v == null ? null : v.toString());
        }

        Skriver dato(String noegle, LocalDate v) {
            return udenTegn(noegle, v == null ? null : v.toString());
        }

        Skriver navn(String noegle, Enum<?> v) {
            return udenTegn(noegle, v == null ? null : v.name());
        }

        /** A string that holds nothing to escape (an id, an ISO date, an enum constant's name). */
        private Skriver udenTegn(String noegle, String v) {
            if (v != null) {
                noegle(noegle);
                sb.append('"').append(v).append('"');
            }
            return this;
        }

        Skriver sandhed(String noegle, boolean v) {
            noegle(noegle);
            sb.append(v);
            return this;
        }

        private void noegle(String noegle) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"').append(noegle).append("\":");
        }

        String slut() {
            return sb.append('}').toString();
        }
    }

    /** A flat JSON object's fields: string, boolean or null values (no numbers, arrays or nested objects). */
    private static final class Felter {
        private final String[] noegler = new String[16];
        private final Object[] vaerdier = new Object[16];
        private int antal;
        private final String json;
        private int pos;

        private Felter(String json) {
            this.json = json;
        }

        static Felter af(String json) {
            Felter f = new Felter(json);
            f.objekt();
            return f;
        }

        private void objekt() {
            mellemrum();
            forvent('{');
            mellemrum();
            if (json.charAt(pos) == '}') {
                pos++;
                return;
            }
            while (true) {
                mellemrum();
                String noegle = streng();
                mellemrum();
                forvent(':');
                mellemrum();
                Object v = vaerdi();
                if (antal == noegler.length) {
                    throw fejl("more than " + noegler.length + " fields");
                }
                noegler[antal] = noegle;
                vaerdier[antal++] = v;
                mellemrum();
                char c = json.charAt(pos++);
                if (c == '}') {
                    return;
                }
                if (c != ',') {
                    throw fejl("',' or '}' expected");
                }
            }
        }

        private Object vaerdi() {
            char c = json.charAt(pos);
            if (c == '"') {
                return streng();
            }
            if (json.startsWith("null", pos)) {
                pos += 4;
                return null;
            }
            if (json.startsWith("true", pos)) {
                pos += 4;
                return Boolean.TRUE;
            }
            if (json.startsWith("false", pos)) {
                pos += 5;
                return Boolean.FALSE;
            }
            throw fejl("a string, boolean or null expected");
        }

        private String streng() {
            forvent('"');
            int start = pos;
            while (true) {
                char c = json.charAt(pos);
                if (c == '"') {
                    return json.substring(start, pos++);
                }
                if (c == '\\') {
                    return undtegn(start);
                }
                pos++;
            }
        }

        /** The rest of a string with escapes, from {@code start} (the plain part up to {@code pos} is copied as is). */
        private String undtegn(int start) {
            StringBuilder sb = new StringBuilder(json.length() - start).append(json, start, pos);
            while (true) {
                char c = json.charAt(pos++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = json.charAt(pos++);
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(json, pos, pos + 4, 16));
                        pos += 4;
                    }
                    default -> throw fejl("unknown escape \\" + e);
                }
            }
        }

        private void mellemrum() {
            while (pos < json.length() && Character.isWhitespace(json.charAt(pos))) {
                pos++;
            }
        }

        private void forvent(char c) {
            if (pos >= json.length() || json.charAt(pos) != c) {
                throw fejl("'" + c + "' expected");
            }
            pos++;
        }

        private IllegalArgumentException fejl(String hvad) {
            return new IllegalArgumentException("Fact JSON at position " + pos + ": " + hvad + " in " + json);
        }

        private Object hent(String noegle) {
            for (int i = 0; i < antal; i++) {
                if (noegler[i].equals(noegle)) {
                    return vaerdier[i];
                }
            }
            return null;
        }

        String tekst(String noegle) {
            return (String) hent(noegle);
        }

        UUID id(String noegle) {
            String v = tekst(noegle);
            return v == null ? null : UUID.fromString(v);
        }

        /** An ISO date; {@code yyyy-MM-dd} is read digit by digit (a rebuild reads every stored date back many times). */
        LocalDate dato(String noegle) {
            String v = tekst(noegle);
            if (v == null) {
                return null;
            }
            if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
                return LocalDate.of(tal(v, 0, 4), tal(v, 5, 7), tal(v, 8, 10));
            }
            return LocalDate.parse(v);
        }

        private static int tal(String v, int fra, int til) {
            int n = 0;
            for (int i = fra; i < til; i++) {
                int d = v.charAt(i) - '0';
                if (d < 0 || d > 9) {
                    throw new IllegalArgumentException("Not a date: " + v);
                }
                n = n * 10 + d;
            }
            return n;
        }

        <E extends Enum<E>> E navn(String noegle, Class<E> type) {
            String v = tekst(noegle);
            return v == null ? null : Enum.valueOf(type, v);
        }

        boolean sandhed(String noegle) {
            return Boolean.TRUE.equals(hent(noegle));
        }
    }
}
