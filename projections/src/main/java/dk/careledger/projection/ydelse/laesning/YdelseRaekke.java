package dk.careledger.projection.ydelse.laesning;

import dk.careledger.domain.bevilling.Omfang;
import dk.careledger.domain.bevilling.event.BevillingAendret;
import dk.careledger.domain.bevilling.event.BevillingBestilt;
import dk.careledger.domain.bevilling.event.BevillingGivet;
import dk.careledger.domain.bevilling.event.BevillingOphoert;
import dk.careledger.domain.bevilling.event.BevillingSagTilknyttet;
import dk.careledger.domain.bevilling.event.BevillingStartdatoFastsat;
import dk.careledger.domain.bevilling.event.BevillingStartdatoRettet;
import dk.careledger.domain.bevilling.event.OpfoelgningGennemfoert;
import dk.careledger.domain.bevilling.event.OpfoelgningPlanlagt;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import dk.careledger.projection.ydelse.Kle;
import dk.careledger.projection.ydelse.Leveringsperioder;

/**
 * One row of table {@code ydelse}: a bevilling's bevilgede ydelse as the Ydelsesindeks sees it (brief §1.3), with
 * the KLE on the ydelse (copied from the indsats catalogue into BevillingGivet), split in its three levels.
 *
 * <p>Dates: {@code startdato} null is the venteliste; {@code slutdato} is the last granted day (inclusive);
 * {@code ophoersdato} is the first day without the ydelse (exclusive, as in the indexes and the bevilling
 * decider); {@link #slut} is the last day the ydelse runs, {@code min(slutdato, ophoersdato - 1 day)}.
 *
 * <p>{@code rettet} is when the bevilling's data was last corrected (startdato corrected, joined to a sag, a levering
 * annulled; ADR 0022); null when never. The citizen overview shows corrected data with that mark.
 */
public record YdelseRaekke(UUID bevillingId, UUID borgerId, String kommune, UUID sagId, UUID afgoerelseId,
        String indsatsKode, String kleHovedgruppe, String kleGruppe, String kleEmne, String hjemmel, String ydelsestype,
        LocalDate bevilgetDato, LocalDate startdato, LocalDate slutdato, LocalDate ophoersdato, String ophoersaarsag,
        LocalDate slut, Omfang omfang, LocalDate omfangFra, Omfang ramme, Long egenbetalingOere, Long beloebOere,
        String leverandoer, String leverandoerKommune, LocalDate bestiltDato, LocalDate senesteOpfoelgning,
        String senesteOpfoelgningResultat, LocalDate naesteOpfoelgning, Instant registreret, Instant opdateret, Instant rettet) {

    /** The row a BevillingGivet creates. */
    public static YdelseRaekke givet(BevillingGivet e) {
        String kle = e.kleNummer();
        Instant tid = e.registrering().registreringstid();
        return new YdelseRaekke(e.bevillingId().value(), e.borgerId().value(), e.registrering().kommune().value(),
                e.sagId() == null ? null : e.sagId().value(), e.afgoerelseId() == null ? null : e.afgoerelseId().value(),
                e.indsatsKode(), Kle.hovedgruppe(kle), Kle.gruppe(kle), kle, e.hjemmel(), e.ydelsestype().name(), e.bevilgetDato(),
                e.startdato(), e.slutdato(), null, null, slut(e.slutdato(), null), e.omfang(), e.omfang() == null ? null : e.startdato(),
                e.ramme(), e.egenbetalingOere(), e.beloebOere(), null, null, null, null, null, null, tid, tid, null);
    }

    /**
     * The row after one more event on the bevilling (row × event → row). Events that do not change the bevilgede
     * ydelse (leveringer: see {@link Leveringsperioder}) leave it as it is.
     */
    public YdelseRaekke anvend(Object e) {
        if (e instanceof BevillingBestilt b) {
            return med(b.registrering().registreringstid()).leverandoer(b.leverandoer(),
                    b.leverandoerKommune() == null ? null : b.leverandoerKommune().value(), b.bestiltDato());
        }
        if (e instanceof BevillingStartdatoFastsat s) {
            YdelseRaekke r = med(s.registrering().registreringstid());
            return new YdelseRaekke(bevillingId, borgerId, kommune, sagId, afgoerelseId, indsatsKode, kleHovedgruppe, kleGruppe, kleEmne,
                    hjemmel, ydelsestype, bevilgetDato, s.startdato(), slutdato, ophoersdato, ophoersaarsag, slut, omfang,
                    omfang != null && omfangFra == null ? s.startdato() : omfangFra, ramme, egenbetalingOere, beloebOere, leverandoer,
                    leverandoerKommune, bestiltDato, senesteOpfoelgning, senesteOpfoelgningResultat, naesteOpfoelgning, registreret,
                    r.opdateret, rettet);
        }
        if (e instanceof BevillingStartdatoRettet s) {
            // a correction of record (ADR 0022): the omfang ran from the startdato, so it runs from the right one
            return new YdelseRaekke(bevillingId, borgerId, kommune, sagId, afgoerelseId, indsatsKode, kleHovedgruppe, kleGruppe, kleEmne,
                    hjemmel, ydelsestype, bevilgetDato, s.startdato(), slutdato, ophoersdato, ophoersaarsag, slut, omfang,
                    s.tidligereStartdato().equals(omfangFra) ? s.startdato() : omfangFra, ramme, egenbetalingOere, beloebOere,
                    leverandoer, leverandoerKommune, bestiltDato, senesteOpfoelgning, senesteOpfoelgningResultat, naesteOpfoelgning,
                    registreret, s.registrering().registreringstid(), s.registrering().registreringstid());
        }
        if (e instanceof BevillingSagTilknyttet t) {
            return new YdelseRaekke(bevillingId, borgerId, kommune, t.sagId().value(),
                    t.afgoerelseId() == null ? afgoerelseId : t.afgoerelseId().value(), indsatsKode, kleHovedgruppe, kleGruppe, kleEmne,
                    hjemmel, ydelsestype, bevilgetDato, startdato, slutdato, ophoersdato, ophoersaarsag, slut, omfang, omfangFra, ramme,
                    egenbetalingOere, beloebOere, leverandoer, leverandoerKommune, bestiltDato, senesteOpfoelgning,
                    senesteOpfoelgningResultat, naesteOpfoelgning, registreret, t.registrering().registreringstid(),
                    t.registrering().registreringstid());
        }
        if (e instanceof BevillingAendret a) {
            return new YdelseRaekke(bevillingId, borgerId, kommune, sagId, afgoerelseId, indsatsKode, kleHovedgruppe, kleGruppe, kleEmne,
                    hjemmel, ydelsestype, bevilgetDato, startdato, slutdato, ophoersdato, ophoersaarsag, slut, a.omfang(), a.virkningFra(),
                    ramme, egenbetalingOere, beloebOere, leverandoer, leverandoerKommune, bestiltDato, senesteOpfoelgning,
                    senesteOpfoelgningResultat, naesteOpfoelgning, registreret, a.registrering().registreringstid(), rettet);
        }
        if (e instanceof BevillingOphoert o) {
            return new YdelseRaekke(bevillingId, borgerId, kommune, sagId, afgoerelseId, indsatsKode, kleHovedgruppe, kleGruppe, kleEmne,
                    hjemmel, ydelsestype, bevilgetDato, startdato, slutdato, o.ophoersdato(), o.aarsag().name(),
                    slut(slutdato, o.ophoersdato()), omfang, omfangFra, ramme, egenbetalingOere, beloebOere, leverandoer, leverandoerKommune,
                    bestiltDato, senesteOpfoelgning, senesteOpfoelgningResultat, null, registreret, o.registrering().registreringstid(), rettet);
        }
        if (e instanceof OpfoelgningPlanlagt p && senesteOpfoelgning == null) {
            // the first opfølgning planned at the grant; once one has been held, its naesteOpfoelgning plans the next
            return new YdelseRaekke(bevillingId, borgerId, kommune, sagId, afgoerelseId, indsatsKode, kleHovedgruppe, kleGruppe, kleEmne,
                    hjemmel, ydelsestype, bevilgetDato, startdato, slutdato, ophoersdato, ophoersaarsag, slut, omfang, omfangFra, ramme,
                    egenbetalingOere, beloebOere, leverandoer, leverandoerKommune, bestiltDato, senesteOpfoelgning,
                    senesteOpfoelgningResultat, p.opfoelgningsdato(), registreret, p.registrering().registreringstid(), rettet);
        }
        if (e instanceof OpfoelgningGennemfoert o) {
            return new YdelseRaekke(bevillingId, borgerId, kommune, sagId, afgoerelseId, indsatsKode, kleHovedgruppe, kleGruppe, kleEmne,
                    hjemmel, ydelsestype, bevilgetDato, startdato, slutdato, ophoersdato, ophoersaarsag, slut, omfang, omfangFra, ramme,
                    egenbetalingOere, beloebOere, leverandoer, leverandoerKommune, bestiltDato, o.gennemfoertDato(), o.resultatKode(),
                    o.naesteOpfoelgning(), registreret, o.registrering().registreringstid(), rettet);
        }
        return this;
    }

    /** The row marked as corrected at {@code tidspunkt} (a levering annulled: its counts are in the periods, ADR 0022). */
    public YdelseRaekke rettet(Instant tidspunkt) {
        return new YdelseRaekke(bevillingId, borgerId, kommune, sagId, afgoerelseId, indsatsKode, kleHovedgruppe, kleGruppe, kleEmne, hjemmel,
                ydelsestype, bevilgetDato, startdato, slutdato, ophoersdato, ophoersaarsag, slut, omfang, omfangFra, ramme, egenbetalingOere,
                beloebOere, leverandoer, leverandoerKommune, bestiltDato, senesteOpfoelgning, senesteOpfoelgningResultat, naesteOpfoelgning,
                registreret, tidspunkt, tidspunkt);
    }

    /** The last day the ydelse runs: the slutdato or the day before the ophoersdato, whichever comes first. */
    public static LocalDate slut(LocalDate slutdato, LocalDate ophoersdato) {
        LocalDate sidsteFoerOphoer = ophoersdato == null ? null : ophoersdato.minusDays(1);
        if (slutdato == null) {
            return sidsteFoerOphoer;
        }
        return sidsteFoerOphoer == null || slutdato.isBefore(sidsteFoerOphoer) ? slutdato : sidsteFoerOphoer;
    }

    private YdelseRaekke med(Instant tidspunkt) {
        return new YdelseRaekke(bevillingId, borgerId, kommune, sagId, afgoerelseId, indsatsKode, kleHovedgruppe, kleGruppe, kleEmne, hjemmel,
                ydelsestype, bevilgetDato, startdato, slutdato, ophoersdato, ophoersaarsag, slut, omfang, omfangFra, ramme, egenbetalingOere,
                beloebOere, leverandoer, leverandoerKommune, bestiltDato, senesteOpfoelgning, senesteOpfoelgningResultat, naesteOpfoelgning,
                registreret, tidspunkt, rettet);
    }

    private YdelseRaekke leverandoer(String navn, String kommuneCvr, LocalDate bestilt) {
        return new YdelseRaekke(bevillingId, borgerId, kommune, sagId, afgoerelseId, indsatsKode, kleHovedgruppe, kleGruppe, kleEmne, hjemmel,
                ydelsestype, bevilgetDato, startdato, slutdato, ophoersdato, ophoersaarsag, slut, omfang, omfangFra, ramme, egenbetalingOere,
                beloebOere, navn, kommuneCvr, bestilt, senesteOpfoelgning, senesteOpfoelgningResultat, naesteOpfoelgning, registreret, opdateret, rettet);
    }
}
