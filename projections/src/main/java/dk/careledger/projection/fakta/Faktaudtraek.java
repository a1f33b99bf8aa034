package dk.careledger.projection.fakta;

import dk.careledger.domain.bevilling.event.BevillingSagTilknyttet;
import dk.careledger.domain.bevilling.event.BevillingStartdatoRettet;
import dk.careledger.domain.sag.event.AfgoerelseOmgjort;
import dk.careledger.domain.sag.event.AfgoerelseSendtDatoRettet;
import dk.careledger.domain.sag.event.SagOmklassificeret;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Takes the {@link Faktum} out of a stored event: one rule per kind of event the sag read models use. Pure. */
public final class Faktaudtraek {

    private Faktaudtraek() {
    }

    /** The facts of a batch: those of its events the sag read models use, in order. */
    public static List<Faktum> alle(List<Haendelse> haendelser) {
        List<Faktum> ud = new ArrayList<>();
        for (Haendelse h : haendelser) {
            Faktum f = af(h);
            if (f != null) {
                ud.add(f);
            }
        }
        return ud;
    }

    /** The fact in a stored event, or null when the event does not concern the sag read models. */
    public static Faktum af(Haendelse h) {
        Object e = h.haendelse();
        long i = h.globalIndeks();
        if (e instanceof SagOprettet s) {
            // an empty sagsbehandler means none, as an absent one
            String behandler = s.sagsbehandler() == null || s.sagsbehandler().isEmpty() ? null : s.sagsbehandler();
            return new Faktum.SagOprettet(hoved(i, s.sagId(), s.registrering()), s.sagsnummer(), s.borgerId().value(), s.ejer().value(),
                    s.ansvarligEnhed(), s.kleNummer(), s.handlingsfacet(), s.foelsomhed(), s.titel().ejer().value(),
                    s.titel().chiffertekst(), s.opstaaetDato(), behandler);
        }
        if (e instanceof SagsbehandlerTildelt s) {
            return new Faktum.SagsbehandlerTildelt(hoved(i, s.sagId(), s.registrering()), s.sagsbehandler(), s.fra());
        }
        if (e instanceof TilstandVurderet s) {
            return new Faktum.TilstandVurderet(hoved(i, s.sagId(), s.registrering()), s.vurderetDato());
        }
        if (e instanceof OplysningerAnmodet s) {
            return new Faktum.OplysningerAnmodet(hoved(i, s.sagId(), s.registrering()), s.anmodetDato());
        }
        if (e instanceof SagSatIBero s) {
            return new Faktum.SagSatIBero(hoved(i, s.sagId(), s.registrering()), s.anmodningId(), s.iBeroFra());
        }
        if (e instanceof SagGenoptaget s) {
            return new Faktum.SagGenoptaget(hoved(i, s.sagId(), s.registrering()), s.genoptagetDato());
        }
        if (e instanceof SagOplyst s) {
            return new Faktum.SagOplyst(hoved(i, s.sagId(), s.registrering()), s.oplystDato());
        }
        if (e instanceof PartshoeringSendt s) {
            return new Faktum.PartshoeringSendt(hoved(i, s.sagId(), s.registrering()), s.sendtDato());
        }
        if (e instanceof PartshoeringBesvaret s) {
            return new Faktum.PartshoeringBesvaret(hoved(i, s.sagId(), s.registrering()), s.besvaretDato());
        }
        if (e instanceof AfgoerelseTruffet s) {
            return new Faktum.AfgoerelseTruffet(hoved(i, s.sagId(), s.registrering()), s.afgoerelseId().value(), s.type(),
                    s.klagevejledningGivet(), s.truffetDato(), s.sendtDato(), s.virkningsdato());
        }
        if (e instanceof KlageModtaget s) {
            return new Faktum.KlageModtaget(hoved(i, s.sagId(), s.registrering()), s.klageId(), s.afgoerelseId().value(), s.modtagetDato());
        }
        if (e instanceof RevisitationStartet s) {
            return new Faktum.RevisitationStartet(hoved(i, s.sagId(), s.registrering()), s.startetDato());
        }
        if (e instanceof SagAfsluttetUdenAfgoerelse s) {
            return new Faktum.SagAfsluttetUdenAfgoerelse(hoved(i, s.sagId(), s.registrering()), s.aarsag(), s.afsluttetDato());
        }
        if (e instanceof SagAfsluttet s) {
            return new Faktum.SagAfsluttet(hoved(i, s.sagId(), s.registrering()), s.afsluttetDato());
        }
        if (e instanceof SagOmklassificeret s) {
            return new Faktum.SagOmklassificeret(hoved(i, s.sagId(), s.registrering()), s.ny().ansvarligEnhed(), s.ny().kleNummer(),
                    s.ny().handlingsfacet(), s.ny().foelsomhed(), s.ny().titel().ejer().value(), s.ny().titel().chiffertekst());
        }
        if (e instanceof AfgoerelseSendtDatoRettet s) {
            return new Faktum.AfgoerelseSendtDatoRettet(hoved(i, s.sagId(), s.registrering()), s.afgoerelseId().value(), s.sendtDato());
        }
        if (e instanceof AfgoerelseOmgjort s) {
            return new Faktum.AfgoerelseOmgjort(hoved(i, s.sagId(), s.registrering()), s.afgoerelseId().value(), s.omgjortDato());
        }
        if (e instanceof BevillingStartdatoRettet b) {
            return new Faktum.BevillingStartdatoRettet(hoved(i, b.bevillingId(), b.registrering()), b.startdato());
        }
        if (e instanceof BevillingSagTilknyttet b) {
            return new Faktum.BevillingSagTilknyttet(hoved(i, b.bevillingId(), b.registrering()), b.sagId().value(), uuid(b.afgoerelseId()));
        }
        if (e instanceof BevillingGivet b) {
            return new Faktum.BevillingGivet(hoved(i, b.bevillingId(), b.registrering()), b.borgerId().value(), uuid(b.sagId()),
                    uuid(b.afgoerelseId()), b.indsatsKode(), b.kleNummer(), b.bevilgetDato(), b.startdato());
        }
        if (e instanceof BevillingOphoert b) {
            return new Faktum.BevillingOphoert(hoved(i, b.bevillingId(), b.registrering()), b.aarsag(), b.ophoersdato());
        }
        if (e instanceof ForloebStartet f) {
            return new Faktum.ForloebStartet(hoved(i, f.forloebId(), f.registrering()), f.borgerId().value(), f.forloebstypeKode(),
                    f.kleNummer(), f.startdato());
        }
        if (e instanceof SagTilknyttetForloeb f) {
            return new Faktum.SagTilknyttetForloeb(hoved(i, f.forloebId(), f.registrering()), f.sagId().value());
        }
        if (e instanceof BevillingTilknyttetForloeb f) {
            return new Faktum.BevillingTilknyttetForloeb(hoved(i, f.forloebId(), f.registrering()), f.bevillingId().value());
        }
        if (e instanceof ForloebAfsluttet f) {
            return new Faktum.ForloebAfsluttet(hoved(i, f.forloebId(), f.registrering()), f.slutdato());
        }
        return null;
    }

    private static Faktahoved hoved(long indeks, Id emne, Registrering r) {
        return new Faktahoved(indeks, emne.value(), r.registreringstid().truncatedTo(ChronoUnit.MICROS), r.kommune().value(),
                r.aktoer().brugerId(), r.aktoer().rolle());
    }

    private static UUID uuid(Id id) {
        return id == null ? null : id.value();
    }
}
