package dk.careledger.projection.arbejdsliste;

import dk.careledger.domain.bevilling.event.BevillingSagTilknyttet;
import dk.careledger.domain.bevilling.event.BevillingStartdatoRettet;
import dk.careledger.domain.sag.event.AfgoerelseOmgjort;
import dk.careledger.domain.sag.event.AfgoerelseSendtDatoRettet;
import dk.careledger.domain.sag.event.SagOmklassificeret;
import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.domain.bevilling.event.BevillingGivet;
import dk.careledger.domain.bevilling.event.BevillingOphoert;
import dk.careledger.domain.bevilling.event.BevillingStartdatoFastsat;
import dk.careledger.domain.bevilling.event.OpfoelgningGennemfoert;
import dk.careledger.domain.bevilling.event.OpfoelgningPlanlagt;
import dk.careledger.domain.felles.HenvendelseId;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.henvendelse.Udfald;
import dk.careledger.domain.henvendelse.event.HenvendelseAfklaret;
import dk.careledger.domain.henvendelse.event.HenvendelseEvent;
import dk.careledger.domain.henvendelse.event.HenvendelseHaandteret;
import dk.careledger.domain.henvendelse.event.HenvendelseModtaget;
import dk.careledger.domain.sag.event.AfgoerelseTruffet;
import dk.careledger.domain.sag.event.SagAfsluttet;
import dk.careledger.domain.sag.event.SagAfsluttetUdenAfgoerelse;
import dk.careledger.domain.sag.event.SagEvent;
import dk.careledger.domain.sag.event.SagGenoptaget;
import dk.careledger.domain.sag.event.SagOprettet;
import dk.careledger.domain.sag.event.SagSatIBero;
import dk.careledger.domain.sag.event.SagsbehandlerTildelt;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The worklists' pure fold: row × event → row, no database and no clock. A null row means "not seen yet"; an
 * event for a row that was never created leaves it null (the engine always replays from the first event, so this
 * only happens for a stream the projection does not own). Events that do not matter to the worklists return the
 * row unchanged (the same instance), so the caller can tell changed rows by identity and equality.
 */
public final class Arbejdslistefold {

    private Arbejdslistefold() {
    }

    /** The event types that can change a worklist row or link; the projection skips every other event unread. */
    public static boolean relevant(Object event) {
        return event instanceof HenvendelseEvent
                || event instanceof SagOprettet || event instanceof SagsbehandlerTildelt || event instanceof SagSatIBero
                || event instanceof SagGenoptaget || event instanceof AfgoerelseTruffet || event instanceof SagAfsluttetUdenAfgoerelse
                || event instanceof SagAfsluttet
                || event instanceof BevillingGivet || event instanceof BevillingStartdatoFastsat || event instanceof BevillingOphoert
                || event instanceof OpfoelgningGennemfoert || event instanceof OpfoelgningPlanlagt
                || event instanceof SagOmklassificeret || event instanceof AfgoerelseSendtDatoRettet || event instanceof AfgoerelseOmgjort
                || event instanceof BevillingStartdatoRettet || event instanceof BevillingSagTilknyttet;
    }

    public static HenvendelseRaekke evolve(HenvendelseRaekke rad, HenvendelseEvent event) {
        if (event instanceof HenvendelseModtaget m) {
            return new HenvendelseRaekke(m.henvendelseId().value(), m.registrering().kommune().value(), m.borgerId().value(),
                    m.kildeKode(), m.kanal().name(), m.henvisning(), m.modtagetDato(), m.oensketIndsatsKode(), m.aarsag(),
                    null, null, null);
        }
        if (rad == null) {
            return null;
        }
        if (event instanceof HenvendelseAfklaret a) {
            LocalDate seneste = rad.afklaretDato() == null || a.afklaretDato().isAfter(rad.afklaretDato()) ? a.afklaretDato() : rad.afklaretDato();
            return new HenvendelseRaekke(rad.henvendelseId(), rad.kommune(), rad.borgerId(), rad.kildeKode(), rad.kanal(), rad.henvisning(),
                    rad.modtagetDato(), rad.oensketIndsatsKode(), rad.aarsag(), seneste, rad.haandteretDato(), rad.udfald());
        }
        if (event instanceof HenvendelseHaandteret h) {
            return new HenvendelseRaekke(rad.henvendelseId(), rad.kommune(), rad.borgerId(), rad.kildeKode(), rad.kanal(), rad.henvisning(),
                    rad.modtagetDato(), rad.oensketIndsatsKode(), rad.aarsag(), rad.afklaretDato(), h.haandteretDato(), h.udfald().name());
        }
        return rad;
    }

    public static SagRaekke evolve(SagRaekke rad, SagEvent event) {
        if (event instanceof SagOprettet o) {
            return new SagRaekke(o.sagId().value(), o.ejer().value(), o.ansvarligEnhed(), o.sagsnummer(), o.borgerId().value(),
                    o.kleNummer(), o.sagsbehandler(), o.titel(), o.opstaaetDato(), null, null, false, List.of());
        }
        if (rad == null) {
            return null;
        }
        if (event instanceof SagsbehandlerTildelt t) {
            return med(rad, t.sagsbehandler(), rad.afgoerelseDato(), rad.afsluttetDato(), rad.afsluttetUdenAfgoerelse(), rad.bero());
        }
        if (event instanceof SagSatIBero b) {
            if (rad.iBero()) {
                return rad;
            }
            List<Beroperiode> bero = new ArrayList<>(rad.bero());
            bero.add(new Beroperiode(b.iBeroFra(), null));
            return med(rad, rad.sagsbehandler(), rad.afgoerelseDato(), rad.afsluttetDato(), rad.afsluttetUdenAfgoerelse(), bero);
        }
        if (event instanceof SagGenoptaget g) {
            if (!rad.iBero()) {
                return rad;
            }
            List<Beroperiode> bero = new ArrayList<>(rad.bero());
            Beroperiode aaben = bero.remove(bero.size() - 1);
            LocalDate til = g.genoptagetDato().isBefore(aaben.fra()) ? aaben.fra() : g.genoptagetDato();
            bero.add(new Beroperiode(aaben.fra(), til));
            return med(rad, rad.sagsbehandler(), rad.afgoerelseDato(), rad.afsluttetDato(), rad.afsluttetUdenAfgoerelse(), bero);
        }
        if (event instanceof AfgoerelseTruffet a) {
            if (rad.afgoerelseDato() != null) {
                return rad;
            }
            LocalDate sendt = a.sendtDato() != null ? a.sendtDato() : a.truffetDato();
            return med(rad, rad.sagsbehandler(), sendt, rad.afsluttetDato(), rad.afsluttetUdenAfgoerelse(), rad.bero());
        }
        if (event instanceof AfgoerelseSendtDatoRettet r
                && (r.tidligereSendtDato() == null || r.tidligereSendtDato().equals(rad.afgoerelseDato()))) {
            // the first afgørelse's day went out corrected (ADR 0022); the worklist does not keep which afgørelse was first,
            // so a correction of a later one whose old day happens to equal it moves it too
            return med(rad, rad.sagsbehandler(), r.sendtDato(), rad.afsluttetDato(), rad.afsluttetUdenAfgoerelse(), rad.bero());
        }
        if (event instanceof AfgoerelseOmgjort) {
            // the afgørelse no longer stands: the sag waits for one again and is back on the list (ADR 0022)
            return med(rad, rad.sagsbehandler(), null, rad.afsluttetDato(), rad.afsluttetUdenAfgoerelse(), rad.bero());
        }
        if (event instanceof SagOmklassificeret k) {
            return new SagRaekke(rad.sagId(), rad.kommune(), k.ny().ansvarligEnhed(), rad.sagsnummer(), rad.borgerId(), k.ny().kleNummer(),
                    rad.sagsbehandler(), k.ny().titel(), rad.opstaaetDato(), rad.afgoerelseDato(), rad.afsluttetDato(),
                    rad.afsluttetUdenAfgoerelse(), rad.bero());
        }
        if (event instanceof SagAfsluttetUdenAfgoerelse u) {
            return med(rad, rad.sagsbehandler(), rad.afgoerelseDato(), u.afsluttetDato(), true, rad.bero());
        }
        if (event instanceof SagAfsluttet s) {
            return med(rad, rad.sagsbehandler(), rad.afgoerelseDato(), s.afsluttetDato(), false, rad.bero());
        }
        return rad;
    }

    public static BevillingRaekke evolve(BevillingRaekke rad, BevillingEvent event) {
        if (event instanceof BevillingGivet g) {
            return new BevillingRaekke(g.bevillingId().value(), g.registrering().kommune().value(), g.borgerId().value(),
                    g.sagId() == null ? null : g.sagId().value(), g.indsatsKode(), g.kleNummer(), g.bevilgetDato(), g.startdato(),
                    g.slutdato(), null, null, null, null);
        }
        if (rad == null) {
            return null;
        }
        if (event instanceof BevillingStartdatoFastsat s) {
            return new BevillingRaekke(rad.bevillingId(), rad.kommune(), rad.borgerId(), rad.sagId(), rad.indsatsKode(), rad.kleNummer(),
                    rad.bevilgetDato(), s.startdato(), rad.slutdato(), rad.ophoersdato(), rad.senesteOpfoelgningDato(),
                    rad.senesteResultatKode(), rad.naesteOpfoelgning());
        }
        if (event instanceof BevillingStartdatoRettet s) {
            return new BevillingRaekke(rad.bevillingId(), rad.kommune(), rad.borgerId(), rad.sagId(), rad.indsatsKode(), rad.kleNummer(),
                    rad.bevilgetDato(), s.startdato(), rad.slutdato(), rad.ophoersdato(), rad.senesteOpfoelgningDato(),
                    rad.senesteResultatKode(), rad.naesteOpfoelgning());
        }
        if (event instanceof BevillingSagTilknyttet t) {
            return new BevillingRaekke(rad.bevillingId(), rad.kommune(), rad.borgerId(), t.sagId().value(), rad.indsatsKode(), rad.kleNummer(),
                    rad.bevilgetDato(), rad.startdato(), rad.slutdato(), rad.ophoersdato(), rad.senesteOpfoelgningDato(),
                    rad.senesteResultatKode(), rad.naesteOpfoelgning());
        }
        if (event instanceof BevillingOphoert o) {
            return new BevillingRaekke(rad.bevillingId(), rad.kommune(), rad.borgerId(), rad.sagId(), rad.indsatsKode(), rad.kleNummer(),
                    rad.bevilgetDato(), rad.startdato(), rad.slutdato(), o.ophoersdato(), rad.senesteOpfoelgningDato(),
                    rad.senesteResultatKode(), rad.naesteOpfoelgning());
        }
        if (event instanceof OpfoelgningPlanlagt p && rad.senesteOpfoelgningDato() == null && rad.ophoersdato() == null) {
            // the first opfølgning, planned at the grant (UC3 step 4): the bevilling is on the opfølgning worklist from the start
            return new BevillingRaekke(rad.bevillingId(), rad.kommune(), rad.borgerId(), rad.sagId(), rad.indsatsKode(), rad.kleNummer(),
                    rad.bevilgetDato(), rad.startdato(), rad.slutdato(), rad.ophoersdato(), null, null, p.opfoelgningsdato());
        }
        if (event instanceof OpfoelgningGennemfoert o) {
            // the latest opfølgning by its own date plans the next one; a late-registered older one changes nothing
            if (rad.senesteOpfoelgningDato() != null && o.gennemfoertDato().isBefore(rad.senesteOpfoelgningDato())) {
                return rad;
            }
            return new BevillingRaekke(rad.bevillingId(), rad.kommune(), rad.borgerId(), rad.sagId(), rad.indsatsKode(), rad.kleNummer(),
                    rad.bevilgetDato(), rad.startdato(), rad.slutdato(), rad.ophoersdato(), o.gennemfoertDato(), o.resultatKode(),
                    o.naesteOpfoelgning());
        }
        return rad;
    }

    /** The henvendelse links an event makes: a sag created from henvendelser, or a henvendelse handled onto sager. */
    public static List<SagHenvendelse> links(Object event) {
        List<SagHenvendelse> links = new ArrayList<>();
        if (event instanceof SagOprettet o) {
            for (HenvendelseId h : o.henvendelser()) {
                links.add(new SagHenvendelse(o.sagId().value(), h.value(), true));
            }
        } else if (event instanceof HenvendelseHaandteret h) {
            boolean starter = h.udfald() == Udfald.SAG_OPRETTET;
            for (SagId s : h.sager()) {
                links.add(new SagHenvendelse(s.value(), h.henvendelseId().value(), starter));
            }
        }
        return links;
    }

    private static SagRaekke med(SagRaekke rad, String sagsbehandler, LocalDate afgoerelseDato, LocalDate afsluttetDato,
            boolean udenAfgoerelse, List<Beroperiode> bero) {
        return new SagRaekke(rad.sagId(), rad.kommune(), rad.enhed(), rad.sagsnummer(), rad.borgerId(), rad.kleNummer(), sagsbehandler,
                rad.titel(), rad.opstaaetDato(), afgoerelseDato, afsluttetDato, udenAfgoerelse, bero);
    }
}
