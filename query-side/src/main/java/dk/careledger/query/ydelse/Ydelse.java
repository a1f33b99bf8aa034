package dk.careledger.query.ydelse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A bevilget ydelse in the Ydelsesindeks: the bevilling, the KLE of its ydelse on three levels, the optional sag
 * relation (null when the bevilling rests on no sag), the citizen and kommune, the leverandør, the omfang or amount,
 * and the status today.
 *
 * @param slutdato    the last granted day, as granted (inclusive)
 * @param ophoersdato the first day without the ydelse after an ophør (exclusive)
 * @param slut        the last day the ydelse runs: the slutdato or the day before the ophoersdato, whichever first
 * @param status      VENTELISTE (no startdato), FREMTIDIG (starts later), AKTIV, OPHOERT (past its last day), for today
 * @param rettet      whether the bevilling's data was corrected (startdato, sag, an annulled levering; ADR 0022), and
 *                    {@code rettetTidspunkt} when last; the values shown are the corrected ones
 */
public record Ydelse(UUID bevillingId, UUID borgerId, String kommune, UUID sagId, UUID afgoerelseId, String indsatsKode,
        String indsatsNavn, String ydelsestype, Kle kle, String hjemmel, LocalDate bevilgetDato, LocalDate startdato, LocalDate slutdato,
        LocalDate ophoersdato, String ophoersaarsag, LocalDate slut, Ydelsesstatus status, OmfangSvar omfang, OmfangSvar ramme,
        Long beloebOerePrMaaned, Long egenbetalingOerePrMaaned, Leverandoer leverandoer, LocalDate senesteOpfoelgning,
        String senesteOpfoelgningResultat, LocalDate naesteOpfoelgning, boolean rettet, Instant rettetTidspunkt) {

    /** The KLE of the ydelse on its three levels, with the emne's title from the catalogue. */
    public record Kle(String hovedgruppe, String gruppe, String emne, String titel) {
    }

    /** {@code gange} visits of {@code minutter} minutes per {@code periode}, from {@code fra}; and the weekly total. */
    public record OmfangSvar(int minutter, String periode, int gange, long minutterPrUge, LocalDate fra) {
    }

    /** Who delivers, from the latest bestilling; {@code kommune} is set when the leverandør is in another kommune (UC3 5.a1). */
    public record Leverandoer(String navn, String kommune, LocalDate bestiltDato) {
    }
}
