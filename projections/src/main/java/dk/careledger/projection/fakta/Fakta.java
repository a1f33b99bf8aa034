package dk.careledger.projection.fakta;

import dk.careledger.domain.bevilling.event.BevillingGivet;
import dk.careledger.domain.bevilling.event.BevillingOphoert;
import dk.careledger.domain.felles.Id;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.forloeb.event.BevillingTilknyttetForloeb;
import dk.careledger.domain.forloeb.event.ForloebAfsluttet;
import dk.careledger.domain.forloeb.event.ForloebStartet;
import dk.careledger.domain.forloeb.event.SagTilknyttetForloeb;
import dk.careledger.domain.sag.event.AfgoerelseTruffet;
import dk.careledger.domain.sag.event.KlageModtaget;
import dk.careledger.domain.sag.event.OplysningerAnmodet;
import dk.careledger.domain.sag.event.PartshoeringBesvaret;
import dk.careledger.domain.sag.event.PartshoeringSendt;
import dk.careledger.domain.sag.event.RevisitationStartet;
import dk.careledger.domain.sag.event.SagAfsluttet;
import dk.careledger.domain.sag.event.SagAfsluttetUdenAfgoerelse;
import dk.careledger.domain.sag.event.SagGenoptaget;
import dk.careledger.domain.sag.event.SagOplyst;
import dk.careledger.domain.sag.event.SagOprettet;
import dk.careledger.domain.sag.event.SagSatIBero;
import dk.careledger.domain.sag.event.SagsbehandlerTildelt;
import dk.careledger.domain.sag.event.TilstandVurderet;
import dk.careledger.projection.motor.Haendelse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One stored fact as the sag projections keep it: the few fields of a relevant event that the sager and sagsbegreb
 * read models need, in a fixed, generic shape, so that a sag's (or a citizen's) read model can be recomputed from its
 * facts in global order whenever a new fact arrives. Recomputing from the set of facts, not folding the batch into the
 * previous rows, makes the rows a function of the events alone: live processing (where a gap in the global order can
 * be filled late) and a rebuild from zero give the same rows.
 *
 * <p>{@code registreret} is the event's registreringstid truncated to microseconds (what PostgreSQL stores), and
 * {@code kommune}, {@code bruger}, {@code rolle} its registrering. The generic fields per event type:
 * <table>
 *   <tr><th>type</th><th>emne</th><th>d1, d2, d3</th><th>r1, r2, r3</th><th>k1, k2, k3</th><th>flag, tekst, data</th></tr>
 *   <tr><td>SagOprettet</td><td>sag</td><td>opstaaetDato</td><td>r2 titel.ejer, r3 borgerId</td><td>kleNummer, ejer, sagsnummer</td>
 *       <td>tekst titel (ciphertext); data handlingsfacet␟ansvarligEnhed␟foelsomhed␟sagsbehandler</td></tr>
 *   <tr><td>SagsbehandlerTildelt</td><td>sag</td><td>fra</td><td></td><td>sagsbehandler</td><td></td></tr>
 *   <tr><td>TilstandVurderet</td><td>sag</td><td>vurderetDato</td><td></td><td>fsiiiKode</td><td></td></tr>
 *   <tr><td>OplysningerAnmodet</td><td>sag</td><td>anmodetDato, svarfrist</td><td>anmodningId</td><td>tredjepartKode</td><td></td></tr>
 *   <tr><td>SagSatIBero</td><td>sag</td><td>iBeroFra</td><td>anmodningId</td><td></td><td></td></tr>
 *   <tr><td>SagGenoptaget</td><td>sag</td><td>genoptagetDato</td><td></td><td></td><td></td></tr>
 *   <tr><td>SagOplyst</td><td>sag</td><td>oplystDato</td><td></td><td></td><td></td></tr>
 *   <tr><td>PartshoeringSendt</td><td>sag</td><td>sendtDato, svarfrist</td><td>partshoeringId</td><td></td><td></td></tr>
 *   <tr><td>PartshoeringBesvaret</td><td>sag</td><td>besvaretDato</td><td>partshoeringId</td><td></td><td></td></tr>
 *   <tr><td>AfgoerelseTruffet</td><td>sag</td><td>truffetDato, sendtDato, virkningsdato</td><td>afgoerelseId</td><td>type</td><td>flag klagevejledningGivet</td></tr>
 *   <tr><td>KlageModtaget</td><td>sag</td><td>modtagetDato</td><td>klageId, afgoerelseId</td><td></td><td></td></tr>
 *   <tr><td>RevisitationStartet</td><td>sag</td><td>startetDato</td><td>bevillingId</td><td></td><td></td></tr>
 *   <tr><td>SagAfsluttetUdenAfgoerelse</td><td>sag</td><td>afsluttetDato</td><td></td><td>aarsag</td><td></td></tr>
 *   <tr><td>SagAfsluttet</td><td>sag</td><td>afsluttetDato</td><td></td><td></td><td></td></tr>
 *   <tr><td>BevillingGivet</td><td>bevilling</td><td>bevilgetDato, startdato, slutdato</td><td>sagId, afgoerelseId, borgerId</td><td>indsatsKode, kleNummer</td><td></td></tr>
 *   <tr><td>BevillingOphoert</td><td>bevilling</td><td>ophoersdato</td><td></td><td>aarsag</td><td></td></tr>
 *   <tr><td>ForloebStartet</td><td>forløb</td><td>startdato</td><td>r3 borgerId</td><td>forloebstypeKode, kleNummer</td><td></td></tr>
 *   <tr><td>SagTilknyttetForloeb</td><td>forløb</td><td></td><td>sagId</td><td></td><td></td></tr>
 *   <tr><td>BevillingTilknyttetForloeb</td><td>forløb</td><td></td><td>bevillingId</td><td></td><td></td></tr>
 *   <tr><td>ForloebAfsluttet</td><td>forløb</td><td>slutdato</td><td></td><td></td><td></td></tr>
 * </table>
 * Samtykker, leveringer, bestillinger, ændringer, opfølgninger (an E3 also emits BevillingOphoert) and henvendelser
 * do not change a sag's index fields or fremdrift and are not kept.
 */
public record Fakta(long indeks, String type, UUID emne, Instant registreret, String kommune, String bruger, String rolle,
        LocalDate d1, LocalDate d2, LocalDate d3, UUID r1, UUID r2, UUID r3, String k1, String k2, String k3, Boolean flag,
        String tekst, String data) {

    /** Separates the values packed into {@link #data}. */
    public static final String SEPARATOR = "\u001f";

    public Fakta {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(emne, "emne");
        Objects.requireNonNull(registreret, "registreret");
    }

    /** The fact in a stored event, or null when the event does not concern the sag projections. */
    /** The facts of a batch: those of its events the sag read models use, in order. */
    public static List<Fakta> alle(List<Haendelse> haendelser) {
        List<Fakta> ud = new ArrayList<>();
        for (Haendelse h : haendelser) {
            Fakta f = af(h);
            if (f != null) {
                ud.add(f);
            }
        }
        return ud;
    }

    public static Fakta af(Haendelse h) {
        Object e = h.haendelse();
        long i = h.globalIndeks();
        if (e instanceof SagOprettet s) {
            String data = String.join(SEPARATOR, s.handlingsfacet(), s.ansvarligEnhed(), s.foelsomhed().name(),
                    s.sagsbehandler() == null ? "" : s.sagsbehandler());
            return ny(i, s, s.sagId(), s.registrering(), s.opstaaetDato(), null, null, null, s.titel().ejer(), s.borgerId(),
                    s.kleNummer(), s.ejer().value(), s.sagsnummer(), null, s.titel().chiffertekst(), data);
        }
        if (e instanceof SagsbehandlerTildelt s) {
            return ny(i, s, s.sagId(), s.registrering(), s.fra(), null, null, null, null, null, s.sagsbehandler(), null, null, null, null, null);
        }
        if (e instanceof TilstandVurderet s) {
            return ny(i, s, s.sagId(), s.registrering(), s.vurderetDato(), null, null, null, null, null, s.fsiiiKode(), null, null, null, null, null);
        }
        if (e instanceof OplysningerAnmodet s) {
            return ny(i, s, s.sagId(), s.registrering(), s.anmodetDato(), s.svarfrist(), null, s.anmodningId(), null, null,
                    s.tredjepartKode(), null, null, null, null, null);
        }
        if (e instanceof SagSatIBero s) {
            return ny(i, s, s.sagId(), s.registrering(), s.iBeroFra(), null, null, s.anmodningId(), null, null, null, null, null, null, null, null);
        }
        if (e instanceof SagGenoptaget s) {
            return ny(i, s, s.sagId(), s.registrering(), s.genoptagetDato(), null, null, null, null, null, null, null, null, null, null, null);
        }
        if (e instanceof SagOplyst s) {
            return ny(i, s, s.sagId(), s.registrering(), s.oplystDato(), null, null, null, null, null, null, null, null, null, null, null);
        }
        if (e instanceof PartshoeringSendt s) {
            return ny(i, s, s.sagId(), s.registrering(), s.sendtDato(), s.svarfrist(), null, s.partshoeringId(), null, null,
                    null, null, null, null, null, null);
        }
        if (e instanceof PartshoeringBesvaret s) {
            return ny(i, s, s.sagId(), s.registrering(), s.besvaretDato(), null, null, s.partshoeringId(), null, null,
                    null, null, null, null, null, null);
        }
        if (e instanceof AfgoerelseTruffet s) {
            return ny(i, s, s.sagId(), s.registrering(), s.truffetDato(), s.sendtDato(), s.virkningsdato(), s.afgoerelseId().value(),
                    null, null, s.type().name(), null, null, s.klagevejledningGivet(), null, null);
        }
        if (e instanceof KlageModtaget s) {
            return ny(i, s, s.sagId(), s.registrering(), s.modtagetDato(), null, null, s.klageId(), s.afgoerelseId().value(), null,
                    null, null, null, null, null, null);
        }
        if (e instanceof RevisitationStartet s) {
            return ny(i, s, s.sagId(), s.registrering(), s.startetDato(), null, null, uuid(s.bevillingId()), null, null,
                    null, null, null, null, null, null);
        }
        if (e instanceof SagAfsluttetUdenAfgoerelse s) {
            return ny(i, s, s.sagId(), s.registrering(), s.afsluttetDato(), null, null, null, null, null, s.aarsag().name(),
                    null, null, null, null, null);
        }
        if (e instanceof SagAfsluttet s) {
            return ny(i, s, s.sagId(), s.registrering(), s.afsluttetDato(), null, null, null, null, null, null, null, null, null, null, null);
        }
        if (e instanceof BevillingGivet b) {
            return ny(i, b, b.bevillingId(), b.registrering(), b.bevilgetDato(), b.startdato(), b.slutdato(), uuid(b.sagId()),
                    uuid(b.afgoerelseId()), b.borgerId(), b.indsatsKode(), b.kleNummer(), null, null, null, null);
        }
        if (e instanceof BevillingOphoert b) {
            return ny(i, b, b.bevillingId(), b.registrering(), b.ophoersdato(), null, null, null, null, null, b.aarsag().name(),
                    null, null, null, null, null);
        }
        if (e instanceof ForloebStartet f) {
            return ny(i, f, f.forloebId(), f.registrering(), f.startdato(), null, null, null, null, f.borgerId(), f.forloebstypeKode(),
                    f.kleNummer(), null, null, null, null);
        }
        if (e instanceof SagTilknyttetForloeb f) {
            return ny(i, f, f.forloebId(), f.registrering(), null, null, null, f.sagId().value(), null, null, null, null, null, null, null, null);
        }
        if (e instanceof BevillingTilknyttetForloeb f) {
            return ny(i, f, f.forloebId(), f.registrering(), null, null, null, f.bevillingId().value(), null, null, null, null, null,
                    null, null, null);
        }
        if (e instanceof ForloebAfsluttet f) {
            return ny(i, f, f.forloebId(), f.registrering(), f.slutdato(), null, null, null, null, null, null, null, null, null, null, null);
        }
        return null;
    }

    private static Fakta ny(long indeks, Object event, Id emne, Registrering r, LocalDate d1, LocalDate d2, LocalDate d3, UUID r1,
            Object r2, Object r3, String k1, String k2, String k3, Boolean flag, String tekst, String data) {
        return new Fakta(indeks, event.getClass().getSimpleName(), emne.value(), r.registreringstid().truncatedTo(ChronoUnit.MICROS),
                r.kommune().value(), r.aktoer().brugerId(), r.aktoer().rolle().name(), d1, d2, d3, r1, uuidAf(r2), uuidAf(r3), k1, k2, k3,
                flag, tekst, data);
    }

    private static UUID uuid(Id id) {
        return id == null ? null : id.value();
    }

    private static UUID uuidAf(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof Id id ? id.value() : (UUID) o;
    }

    /** The {@code n}th value packed into {@link #data} (empty values read as null). */
    public String data(int n) {
        if (data == null) {
            return null;
        }
        String[] dele = data.split(SEPARATOR, -1);
        return n < dele.length && !dele[n].isEmpty() ? dele[n] : null;
    }

    public boolean er(String haendelse) {
        return type.equals(haendelse);
    }
}
