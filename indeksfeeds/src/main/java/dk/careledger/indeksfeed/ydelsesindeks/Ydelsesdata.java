package dk.careledger.indeksfeed.ydelsesindeks;

import dk.careledger.projection.ydelse.laesning.YdelseRaekke;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the Ydelsesindeks feed needs of one bevilling, in the ydelse projection's terms (table {@code ydelse}, issue 3):
 * a narrow copy so the mapping does not depend on JDBC or on the projection's full row.
 *
 * @param bevillingId  {@code bevilling_id}
 * @param borgerId     {@code borger_id}
 * @param kommune      {@code kommune}: the kommune's CVR number
 * @param sagId        {@code sag_id}, or null for a bevilling without sag
 * @param indsatsKode  {@code indsats_kode}
 * @param kleEmne      {@code kle_emne}
 * @param ydelsestype  {@code ydelsestype} ({@code TID}, {@code OEKONOMISK}, {@code FYSISK}, {@code PLADS})
 * @param bevilgetDato {@code bevilget_dato}
 * @param startdato    {@code startdato}, null on the venteliste
 * @param slut         {@code slut}: the last day the ydelse runs (inclusive; min of slutdato and the day before ophør), or null
 * @param beloebOere   {@code beloeb_oere}: the amount per month in øre (OEKONOMISK ydelser), or null
 */
public record Ydelsesdata(UUID bevillingId, UUID borgerId, String kommune, UUID sagId, String indsatsKode, String kleEmne,
        String ydelsestype, LocalDate bevilgetDato, LocalDate startdato, LocalDate slut, Long beloebOere) {

    /** The columns of a row of the ydelse projection. */
    public static Ydelsesdata fra(YdelseRaekke r) {
        return new Ydelsesdata(r.bevillingId(), r.borgerId(), r.kommune(), r.sagId(), r.indsatsKode(), r.kleEmne(), r.ydelsestype(),
                r.bevilgetDato(), r.startdato(), r.slut(), r.beloebOere());
    }

    /** True for a ydelse that pays money: type OEKONOMISK with an amount. */
    public boolean oekonomisk() {
        return "OEKONOMISK".equals(ydelsestype) && beloebOere != null;
    }

    /**
     * The first day without the ydelse, as the index counts (exclusive): the day after {@link #slut}, or null while it
     * runs on. A bevilling stopped before it started (an ophør dated on or before the startdato) gets its startdato: an
     * empty period, so the index shows the ydelse never ran rather than an end before its start.
     */
    public LocalDate slutdatoEksklusiv() {
        if (slut == null) {
            return null;
        }
        LocalDate dagen = slut.plusDays(1);
        return startdato != null && dagen.isBefore(startdato) ? startdato : dagen;
    }
}
