package dk.careledger.indeksfeed.ydelsesindeks;

import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.indeksfeed.ydelsesindeks.Bevillingsregistrering.BevilgetYdelse;
import dk.careledger.indeksfeed.ydelsesindeks.Bevillingsregistrering.Bevillingssag;
import dk.careledger.indeksfeed.ydelsesindeks.Bevillingsregistrering.Effektueringsplan;
import dk.careledger.indeksfeed.ydelsesindeks.Ydelsesregistrering.Operation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the Ydelsesindeks should show of a bevilling: the {@link Bevillingsregistrering} that follows from its row in the
 * ydelse projection. Pure. The picture carries no step (operation, time, user); {@link #medTrin} adds one and
 * {@link #samme} tells whether a work step changed what the index shows.
 *
 * <p><b>Venteliste.</b> A bevilling without a startdato is not delivered ({@link #af} is empty): the index requires
 * a BevilgetYdelseStartdato on every bevilget ydelse (brief §1.3) and has no way to say "granted, start not yet known";
 * inventing a date would make SAPA and Borgerblikket show a ydelse as running. The first delivery (Importer) comes with
 * the step that sets the startdato ({@code BevillingStartdatoFastsat}), or with {@code BevillingGivet} when granted
 * with one.
 *
 * <p><b>Solution C.</b> The Bevillingssag relation is there exactly when the bevilling rests on a sag.
 */
public final class Bevillingsbillede {
    /**
     * The Følsomhed when the caller knows none (a bevilling without sag): care and social ydelser reveal health and
     * social circumstances, which are særlige kategorier of personal data (GDPR art. 9).
     */
    public static final Foelsomhed STANDARD_FOELSOMHED = Foelsomhed.FOELSOMME_PERSONOPLYSNINGER;

    private static final Instant INTET_TRIN = Instant.EPOCH;

    private Bevillingsbillede() {
    }

    /**
     * What the bevilling's context contributes besides its row.
     *
     * @param ydelsesnavn      the indsats' name from the catalogue (Navn, Ydelsesnavn)
     * @param kleTitel         the KLE emne's title from the catalogue (Klassetitel), or null
     * @param foelsomhed       the Følsomhed (the sag's, when the bevilling has one), or null for {@link #STANDARD_FOELSOMHED}
     * @param sag              the Bevillingssag when the bevilling has a sag: the index sag that holds it (the ledger sag, a
     *                         borgersag or a forløb's sag) with its number; null for the ledger sag without a number
     * @param ansvarligEnhed   the responsible organisational unit's key (the sag's ansvarlig enhed), or null for none
     * @param ejerNavn         the kommune's name, or null
     * @param masterItSystem   the Master IT-system's UUID (configuration)
     * @param afsenderItSystem the Afsender IT-system's UUID (configuration)
     */
    public record Rammer(String ydelsesnavn, String kleTitel, Foelsomhed foelsomhed, Bevillingssag sag, String ansvarligEnhed,
            String ejerNavn, UUID masterItSystem, UUID afsenderItSystem) {
    }

    /** The picture of the bevilling, or empty while it is on the venteliste (no startdato). */
    public static Optional<Bevillingsregistrering> af(Ydelsesdata d, Rammer r) {
        if (d.startdato() == null) {
            return Optional.empty();
        }
        Effektueringsplan plan = d.oekonomisk() ? new Effektueringsplan(d.startdato(), d.slutdatoEksklusiv(), d.beloebOere()) : null;
        BevilgetYdelse ydelse = new BevilgetYdelse(d.indsatsKode(), r.ydelsesnavn(), d.indsatsKode(), d.kleEmne(), r.kleTitel(), d.startdato(),
                d.slutdatoEksklusiv(), plan);
        Bevillingssag sag = d.sagId() == null ? null : r.sag() != null ? r.sag() : new Bevillingssag(d.sagId(), null);
        return Optional.of(new Bevillingsregistrering(Operation.IMPORTER, d.bevillingId(), INTET_TRIN, "", d.kommune(), r.ejerNavn(),
                r.ansvarligEnhed(), r.foelsomhed() == null ? STANDARD_FOELSOMHED : r.foelsomhed(), d.borgerId(), sag, r.masterItSystem(),
                r.afsenderItSystem(), d.bevilgetDato(), List.of(ydelse)));
    }

    /** The picture given a step: the operation, when it happened and who did it. */
    public static Bevillingsregistrering medTrin(Bevillingsregistrering b, Operation operation, Instant tidspunkt, String brugerRef) {
        return new Bevillingsregistrering(operation, b.bevillingUuid(), tidspunkt, brugerRef, b.ejerCvr(), b.ejerNavn(), b.ansvarligEnhed(),
                b.foelsomhed(), b.borgerId(), b.sag(), b.masterItSystem(), b.afsenderItSystem(), b.bevilgetDato(), b.ydelser());
    }

    /** True when both show the same in the index, whatever step each was delivered in. */
    public static boolean samme(Bevillingsregistrering a, Bevillingsregistrering b) {
        if (a == null || b == null) {
            return a == b;
        }
        return medTrin(a, Operation.IMPORTER, INTET_TRIN, "").equals(medTrin(b, Operation.IMPORTER, INTET_TRIN, ""));
    }
}
