package dk.careledger.domain.bevilling;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.katalog.Ydelsestype;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
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
 * @param leveringer          every levering registered, delivered, not delivered or unplanned, by its id, with what
 *                            an annulment must know of it (ADR 0022); an annulled one stays, marked
 * @param opfoelgningIds      ids of every opfølgning registered
 * @param naesteOpfoelgning   the next planned opfølgning from the latest one; null when none is planned, and
 *                            cleared by an ophør (nothing is followed up on a stopped bevilling)
 * @param revisitationPaagaar whether the latest opfølgning was E4 Revisitation and no other result or ophør
 *                            has come since
 * @param leveringstidspunkter the moment of every levering registered (leveret or planlagt), as
 *                            {@link #tidspunktsnoegle(Instant)}, to the id of the levering registered last at it: one
 *                            visit is registered once, whatever its id, unless that levering was annulled
 */
public record BevillingState(boolean findes, BevillingId bevillingId, BorgerId borgerId, SagId sagId,
        String indsatsKode, Ydelsestype ydelsestype, LocalDate bevilgetDato, LocalDate startdato,
        LocalDate slutdato, Omfang bevilgetOmfang, Omfang omfang, Omfang ramme, boolean bestilt,
        String leverandoer, Cvr leverandoerKommune, LocalDate ophoersdato, OphoersAarsag ophoersAarsag,
        Map<UUID, Levering> leveringer, Set<UUID> opfoelgningIds, LocalDate naesteOpfoelgning,
        boolean revisitationPaagaar, Map<UUID, UUID> leveringstidspunkter) {

    public BevillingState {
        leveringer = IdKort.af(Objects.requireNonNull(leveringer, "leveringer"));
        opfoelgningIds = IdSaet.af(Objects.requireNonNull(opfoelgningIds, "opfoelgningIds"));
        leveringstidspunkter = IdKort.af(Objects.requireNonNull(leveringstidspunkter, "leveringstidspunkter"));
    }

    /** A moment as a key in {@link #leveringstidspunkter()}: seconds and nanoseconds, so two moments never share one. */
    public static UUID tidspunktsnoegle(Instant tidspunkt) {
        return new UUID(tidspunkt.getEpochSecond(), tidspunkt.getNano());
    }

    /** Whether a levering at exactly this moment is registered already and not annulled. */
    public boolean harLeveringPaa(Instant tidspunkt) {
        UUID leveringId = leveringstidspunkter.get(tidspunktsnoegle(tidspunkt));
        return leveringId != null && !leveringer.get(leveringId).annulleret();
    }

    /** The ids of every levering ever registered, annulled or not: a leveringId is used once. */
    public Set<UUID> leveringIds() {
        return leveringer.keySet();
    }

    /** Before the first event: the bevilling does not exist. */
    public static BevillingState initial() {
        return new BevillingState(false, null, null, null, null, null, null, null, null, null, null, null, false,
                null, null, null, null, IdKort.tom(), IdSaet.tom(), null, false, IdKort.tom());
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

    BevillingState medLevering(UUID leveringId, Levering levering) {
        return new BevillingState(findes, bevillingId, borgerId, sagId, indsatsKode, ydelsestype, bevilgetDato,
                startdato, slutdato, bevilgetOmfang, omfang, ramme, bestilt, leverandoer, leverandoerKommune,
                ophoersdato, ophoersAarsag, ((IdKort<Levering>) leveringer).med(leveringId, levering), opfoelgningIds,
                naesteOpfoelgning, revisitationPaagaar,
                ((IdKort<UUID>) leveringstidspunkter).med(tidspunktsnoegle(levering.tidspunkt()), leveringId));
    }

    /** The levering annulled (ADR 0022): its id stays used, its moment is free for the visit registered rightly. */
    BevillingState medAnnulleretLevering(UUID leveringId) {
        Levering levering = leveringer.get(leveringId);
        return new BevillingState(findes, bevillingId, borgerId, sagId, indsatsKode, ydelsestype, bevilgetDato,
                startdato, slutdato, bevilgetOmfang, omfang, ramme, bestilt, leverandoer, leverandoerKommune,
                ophoersdato, ophoersAarsag, ((IdKort<Levering>) leveringer).med(leveringId, levering.annulleret(true)),
                opfoelgningIds, naesteOpfoelgning, revisitationPaagaar, leveringstidspunkter);
    }

    /** The bevilling joined to a sag after it was granted (ADR 0022). */
    BevillingState medSag(SagId nySag) {
        return new BevillingState(findes, bevillingId, borgerId, nySag, indsatsKode, ydelsestype, bevilgetDato,
                startdato, slutdato, bevilgetOmfang, omfang, ramme, bestilt, leverandoer, leverandoerKommune,
                ophoersdato, ophoersAarsag, leveringer, opfoelgningIds, naesteOpfoelgning, revisitationPaagaar,
                leveringstidspunkter);
    }

    BevillingState medPlanlagtOpfoelgning(LocalDate dato) {
        return new BevillingState(findes, bevillingId, borgerId, sagId, indsatsKode, ydelsestype, bevilgetDato,
                startdato, slutdato, bevilgetOmfang, omfang, ramme, bestilt, leverandoer, leverandoerKommune,
                ophoersdato, ophoersAarsag, leveringer, opfoelgningIds, dato, revisitationPaagaar, leveringstidspunkter);
    }

    BevillingState medBestilling(String nyLeverandoer, Cvr nyLeverandoerKommune) {
        return new BevillingState(findes, bevillingId, borgerId, sagId, indsatsKode, ydelsestype, bevilgetDato,
                startdato, slutdato, bevilgetOmfang, omfang, ramme, true, nyLeverandoer, nyLeverandoerKommune,
                ophoersdato, ophoersAarsag, leveringer, opfoelgningIds, naesteOpfoelgning, revisitationPaagaar, leveringstidspunkter);
    }

    BevillingState medStartdato(LocalDate nyStartdato) {
        return new BevillingState(findes, bevillingId, borgerId, sagId, indsatsKode, ydelsestype, bevilgetDato,
                nyStartdato, slutdato, bevilgetOmfang, omfang, ramme, bestilt, leverandoer, leverandoerKommune,
                ophoersdato, ophoersAarsag, leveringer, opfoelgningIds, naesteOpfoelgning, revisitationPaagaar, leveringstidspunkter);
    }

    BevillingState medOmfang(Omfang nytOmfang) {
        return new BevillingState(findes, bevillingId, borgerId, sagId, indsatsKode, ydelsestype, bevilgetDato,
                startdato, slutdato, bevilgetOmfang, nytOmfang, ramme, bestilt, leverandoer, leverandoerKommune,
                ophoersdato, ophoersAarsag, leveringer, opfoelgningIds, naesteOpfoelgning, revisitationPaagaar, leveringstidspunkter);
    }

    BevillingState medOphoer(LocalDate dato, OphoersAarsag aarsag) {
        return new BevillingState(findes, bevillingId, borgerId, sagId, indsatsKode, ydelsestype, bevilgetDato,
                startdato, slutdato, bevilgetOmfang, omfang, ramme, bestilt, leverandoer, leverandoerKommune,
                dato, aarsag, leveringer, opfoelgningIds, null, false, leveringstidspunkter);
    }

    BevillingState medOpfoelgning(UUID opfoelgningId, LocalDate naeste, boolean revisitation) {
        return new BevillingState(findes, bevillingId, borgerId, sagId, indsatsKode, ydelsestype, bevilgetDato,
                startdato, slutdato, bevilgetOmfang, omfang, ramme, bestilt, leverandoer, leverandoerKommune,
                ophoersdato, ophoersAarsag, leveringer, ((IdSaet) opfoelgningIds).med(opfoelgningId), naeste,
                revisitation, leveringstidspunkter);
    }
}
