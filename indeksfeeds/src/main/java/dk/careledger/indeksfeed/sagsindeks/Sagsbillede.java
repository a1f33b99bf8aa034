package dk.careledger.indeksfeed.sagsindeks;

import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.sag.Fremdrift;
import dk.careledger.projection.fakta.Faktum;
import dk.careledger.indeksfeed.sagsindeks.Sagsregistrering.Medtaget;
import dk.careledger.indeksfeed.sagsindeks.Sagsregistrering.Operation;
import dk.careledger.indeksfeed.sagsindeks.Sagsregistrering.Tilstandsperiode;
import dk.careledger.indeksfeed.sagsindeks.Sagsregistrering.Titel;
import dk.careledger.domain.indstilling.Politik;
import dk.careledger.projection.sag.laesning.SagTilstand;
import dk.careledger.projection.sag.laesning.SagTilstand.Afgoerelse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * What the Sags- og Dokumentindeks should show of a sag: the {@link Sagsregistrering} that follows from the sag's
 * state and the closing policy in force for it. Pure. The picture carries no step (operation, time, user): two
 * pictures are compared with {@link #samme} to decide whether a work step changed what the index shows.
 */
public final class Sagsbillede {
    private static final Instant INTET_TRIN = Instant.EPOCH;

    private Sagsbillede() {
    }

    /** What the sag's configuration contributes besides the closing policy. */
    public record Rammer(String kleTitel, boolean skjultForBorger, UUID masterItSystem, UUID afsenderItSystem) {
    }

    /** The picture of the sag under the policy; the sag must exist ({@link SagTilstand#findes}). */
    public static Sagsregistrering af(SagTilstand t, Politik politik, Rammer rammer) {
        Faktum.SagOprettet o = t.oprettet();
        Foelsomhed foelsomhed = o.foelsomhed();
        List<Tilstandsperiode> tilstande = t.tidslinje(politik).stream()
                .map(p -> new Tilstandsperiode(p.fremdrift(), p.fra(), p.til(), p.bruger())).toList();
        boolean undtaget = foelsomhed == Foelsomhed.FOELSOMME_PERSONOPLYSNINGER || foelsomhed == Foelsomhed.VIP_SAGER;
        return new Sagsregistrering(Operation.IMPORTER, t.sagId(), INTET_TRIN, "", t.sagsnummer(),
                new Titel(rammer.kleTitel(), o.titelEjer(), o.titelChiffertekst(), undtaget), t.kleNummer(), o.handlingsfacet(), foelsomhed,
                t.ejer(), o.ansvarligEnhed(), t.behandler(), t.behandlerFra(), t.borgerId(), rammer.masterItSystem(),
                rammer.afsenderItSystem(),
                afgoerelsesklasse(t, tilstande), t.sagsstatus(), rammer.skjultForBorger(), o.opstaaetDato(), o.registreret(), tilstande);
    }

    /**
     * The Afgørelsesklasse: on a sag that is Afgjort or Afsluttet in its last period, the type of the current cycle's
     * afgørelse (a sag closed without afgørelse, or reopened by a revisitation, has none).
     */
    static String afgoerelsesklasse(SagTilstand t, List<Tilstandsperiode> tilstande) {
        if (tilstande.isEmpty() || t.cykler().isEmpty()) {
            return null;
        }
        Fremdrift sidste = tilstande.get(tilstande.size() - 1).fremdrift();
        Afgoerelse a = t.cykler().get(t.cykler().size() - 1).afgoerelse();
        if (a == null || sidste != Fremdrift.AFGJORT && sidste != Fremdrift.AFSLUTTET) {
            return null;
        }
        return Afgoerelsesklasse.af(a.type());
    }

    /** The picture given a step: the operation, when it happened and who did it; an Opdater renders every list. */
    public static Sagsregistrering medTrin(Sagsregistrering r, Operation operation, Instant tidspunkt, String bruger) {
        return medTrin(r, operation, tidspunkt, bruger, Medtaget.ALT);
    }

    /**
     * The picture as the step after {@code forrige} (null: the first delivery, an Importer): an Opdater renders only the
     * lists that differ from {@code forrige} ({@link Medtaget}).
     */
    public static Sagsregistrering efter(Sagsregistrering forrige, Sagsregistrering r, Instant tidspunkt, String bruger) {
        if (forrige == null) {
            return medTrin(r, Operation.IMPORTER, tidspunkt, bruger, Medtaget.ALT);
        }
        return medTrin(r, Operation.OPDATER, tidspunkt, bruger, new Medtaget(!egenskaber(forrige).equals(egenskaber(r)),
                !forrige.tilstande().equals(r.tilstande()), !relationer(forrige).equals(relationer(r))));
    }

    private static Sagsregistrering medTrin(Sagsregistrering r, Operation operation, Instant tidspunkt, String bruger, Medtaget medtaget) {
        return new Sagsregistrering(operation, r.sagUuid(), tidspunkt, bruger, r.sagsnummer(), r.titel(), r.kleEmne(), r.handlingsfacet(),
                r.foelsomhed(), r.ejerCvr(), r.ansvarligEnhed(), r.primaerBehandler(), r.primaerBehandlerFra(), r.borgerId(),
                r.masterItSystem(), r.afsenderItSystem(), r.afgoerelsesklasse(), r.sagsstatus(), r.skjultForBorger(), r.opstaaetDato(),
                r.oprettetTidspunkt(), r.tilstande(), medtaget);
    }

    /**
     * The removal of an index sag that no longer exists under the case concept in force (ADR 0014): the picture last
     * delivered, as a {@link Operation#FJERN} at the step's time by the step's user.
     */
    public static Sagsregistrering fjern(Sagsregistrering forrige, Instant tidspunkt, String bruger) {
        return medTrin(forrige, Operation.FJERN, tidspunkt, bruger, Medtaget.ALT);
    }

    /** What the index holds after the delivery {@code r}: its picture, or null when nothing was delivered or it was removed. */
    public static Sagsregistrering iIndekset(Sagsregistrering r) {
        return r == null || r.operation() == Operation.FJERN ? null : r;
    }

    /** What AttributListe renders (its virkning starts at the opstaaet date). */
    private static List<Object> egenskaber(Sagsregistrering r) {
        return Arrays.asList(r.sagsnummer(), r.titel(), r.sagsstatus(), r.foelsomhed(), r.oprettetTidspunkt(), r.opstaaetDato());
    }

    /** What RelationListe renders. */
    private static List<Object> relationer(Sagsregistrering r) {
        return Arrays.asList(r.ejerCvr(), r.ansvarligEnhed(), r.primaerBehandler(), r.primaerBehandlerFra(), r.borgerId(), r.kleEmne(),
                r.handlingsfacet(), r.afgoerelsesklasse(), r.skjultForBorger(), r.masterItSystem(), r.afsenderItSystem(), r.opstaaetDato());
    }

    /** True when both show the same in the index (whatever step each was delivered in, and whichever lists it rendered). */
    public static boolean samme(Sagsregistrering a, Sagsregistrering b) {
        if (a == null || b == null) {
            return a == b;
        }
        return medTrin(a, Operation.IMPORTER, INTET_TRIN, "").equals(medTrin(b, Operation.IMPORTER, INTET_TRIN, ""));
    }
}
