package dk.careledger.domain.bevilling;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.katalog.Ydelsestype;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What the {@link BevillingDecider} needs to know about one bevilling, folded from its events. It holds ids,
 * not leveringer: a bevilling for daily home care collects thousands of leveringer, and the rules only need
 * to know whether an id was used. The id sets share structure between versions, so each event costs
 * O(log n) and a replay stays linear.
 *
 * @param findes              whether the bevilling has been given
 * @param bevillingId         its id; null before it is given
 * @param borgerId            the citizen it is given to (the key owner for its free text); null before
 * @param sagId               the sag it was granted on; null for selvvisiterende grants without a sag
 * @param indsatsKode         the indsats granted, from the indsats catalogue
 * @param ydelsestype         the kind of ydelse, copied from the catalogue when given
 * @param bevilgetDato        when it was granted
 * @param startdato           when it starts; null while the citizen is on the venteliste (UC3 4.a1)
 * @param slutdato            the last day it runs when time-limited; null when open-ended
 * @param bevilgetOmfang      the omfang as granted; the frame for changes when no ramme was granted
 * @param omfang              the omfang in force after the latest change (whatever its virkningFra)
 * @param ramme               the upper frame for changes without a new afgørelse; null when none was granted
 * @param bestilt             whether it has been ordered from a leverandør
 * @param leverandoer         the current leverandør (the latest bestilling); null until ordered
 * @param leverandoerKommune  the other kommune delivering it (UC3 5.a1); null when delivered locally
 * @param ophoersdato         the first day it no longer runs; null while it has not been stopped
 * @param ophoersAarsag       why it stopped; null while it has not been stopped
 * @param leveringIds         ids of every levering registered, delivered, not delivered or unplanned
 * @param opfoelgningIds      ids of every opfølgning registered
 * @param naesteOpfoelgning   the next planned opfølgning from the latest one; null when none is planned, and
 *                            cleared by an ophør (nothing is followed up on a stopped bevilling)
 * @param revisitationPaagaar whether the latest opfølgning was E4 Revisitation and no other result or ophør
 *                            has come since
 * @param leveringstidspunkter the moment of every levering registered (leveret or planlagt), as
 *                            {@link #tidspunktsnoegle(Instant)}: one visit is registered once, whatever its id
 */
public record BevillingState(boolean findes, BevillingId bevillingId, BorgerId borgerId, SagId sagId,
        String indsatsKode, Ydelsestype ydelsestype, LocalDate bevilgetDato, LocalDate startdato,
        LocalDate slutdato, Omfang bevilgetOmfang, Omfang omfang, Omfang ramme, boolean bestilt,
        String leverandoer, Cvr leverandoerKommune, LocalDate ophoersdato, OphoersAarsag ophoersAarsag,
        Set<UUID> leveringIds, Set<UUID> opfoelgningIds, LocalDate naesteOpfoelgning,
        boolean revisitationPaagaar, Set<UUID> leveringstidspunkter) {

    public BevillingState {
        leveringIds = IdSaet.af(Objects.requireNonNull(leveringIds, "leveringIds"));
        opfoelgningIds = IdSaet.af(Objects.requireNonNull(opfoelgningIds, "opfoelgningIds"));
        leveringstidspunkter = IdSaet.af(Objects.requireNonNull(leveringstidspunkter, "leveringstidspunkter"));
    }

    /** A moment as a key in {@link #leveringstidspunkter()}: seconds and nanoseconds, so two moments never share one. */
    public static UUID tidspunktsnoegle(Instant tidspunkt) {
        return new UUID(tidspunkt.getEpochSecond(), tidspunkt.getNano());
    }

    /** Whether a levering at exactly this moment is registered already. */
    public boolean harLeveringPaa(Instant tidspunkt) {
        return leveringstidspunkter.contains(tidspunktsnoegle(tidspunkt));
    }

    /** Before the first event: the bevilling does not exist. */
    public static BevillingState initial() {
        return new BevillingState(false, null, null, null, null, null, null, null, null, null, null, null, false,
                null, null, null, null, IdSaet.tom(), IdSaet.tom(), null, false, IdSaet.tom());
    }

    /** Whether an ophør has been registered, whatever its date: the decision to stop is final. */
    public boolean erOphoert() {
        return ophoersdato != null;
    }

    /** Whether the citizen waits for a startdato (UC3 4.a1 venteliste). */
    public boolean paaVenteliste() {
        return findes && startdato == null;
    }

    /**
     * The frame a change of omfang must stay within without a new afgørelse: the granted ramme, or, when
     * none was granted, the omfang as granted. Null when the bevilling has neither (a non-time ydelse).
     */
    public Omfang gaeldendeRamme() {
        return ramme != null ? ramme : bevilgetOmfang;
    }

    BevillingState medLevering(UUID leveringId, Instant tidspunkt) {
        return new BevillingState(findes, bevillingId, borgerId, sagId, indsatsKode, ydelsestype, bevilgetDato,
                startdato, slutdato, bevilgetOmfang, omfang, ramme, bestilt, leverandoer, leverandoerKommune,
                ophoersdato, ophoersAarsag, ((IdSaet) leveringIds).med(leveringId), opfoelgningIds,
                naesteOpfoelgning, revisitationPaagaar, ((IdSaet) leveringstidspunkter).med(tidspunktsnoegle(tidspunkt)));
    }

    BevillingState medPlanlagtOpfoelgning(LocalDate dato) {
        return new BevillingState(findes, bevillingId, borgerId, sagId, indsatsKode, ydelsestype, bevilgetDato,
                startdato, slutdato, bevilgetOmfang, omfang, ramme, bestilt, leverandoer, leverandoerKommune,
                ophoersdato, ophoersAarsag, leveringIds, opfoelgningIds, dato, revisitationPaagaar, leveringstidspunkter);
    }

    BevillingState medBestilling(String nyLeverandoer, Cvr nyLeverandoerKommune) {
        return new BevillingState(findes, bevillingId, borgerId, sagId, indsatsKode, ydelsestype, bevilgetDato,
                startdato, slutdato, bevilgetOmfang, omfang, ramme, true, nyLeverandoer, nyLeverandoerKommune,
                ophoersdato, ophoersAarsag, leveringIds, opfoelgningIds, naesteOpfoelgning, revisitationPaagaar, leveringstidspunkter);
    }

    BevillingState medStartdato(LocalDate nyStartdato) {
        return new BevillingState(findes, bevillingId, borgerId, sagId, indsatsKode, ydelsestype, bevilgetDato,
                nyStartdato, slutdato, bevilgetOmfang, omfang, ramme, bestilt, leverandoer, leverandoerKommune,
                ophoersdato, ophoersAarsag, leveringIds, opfoelgningIds, naesteOpfoelgning, revisitationPaagaar, leveringstidspunkter);
    }

    BevillingState medOmfang(Omfang nytOmfang) {
        return new BevillingState(findes, bevillingId, borgerId, sagId, indsatsKode, ydelsestype, bevilgetDato,
                startdato, slutdato, bevilgetOmfang, nytOmfang, ramme, bestilt, leverandoer, leverandoerKommune,
                ophoersdato, ophoersAarsag, leveringIds, opfoelgningIds, naesteOpfoelgning, revisitationPaagaar, leveringstidspunkter);
    }

    BevillingState medOphoer(LocalDate dato, OphoersAarsag aarsag) {
        return new BevillingState(findes, bevillingId, borgerId, sagId, indsatsKode, ydelsestype, bevilgetDato,
                startdato, slutdato, bevilgetOmfang, omfang, ramme, bestilt, leverandoer, leverandoerKommune,
                dato, aarsag, leveringIds, opfoelgningIds, null, false, leveringstidspunkter);
    }

    BevillingState medOpfoelgning(UUID opfoelgningId, LocalDate naeste, boolean revisitation) {
        return new BevillingState(findes, bevillingId, borgerId, sagId, indsatsKode, ydelsestype, bevilgetDato,
                startdato, slutdato, bevilgetOmfang, omfang, ramme, bestilt, leverandoer, leverandoerKommune,
                ophoersdato, ophoersAarsag, leveringIds, ((IdSaet) opfoelgningIds).med(opfoelgningId), naeste,
                revisitation, leveringstidspunkter);
    }
}
