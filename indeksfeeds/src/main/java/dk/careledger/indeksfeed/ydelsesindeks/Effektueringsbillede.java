package dk.careledger.indeksfeed.ydelsesindeks;

import dk.careledger.indeksfeed.ydelsesindeks.Ydelsesregistrering.Operation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The økonomiske effektueringer of an economic bevilling (type OEKONOMISK with {@code beloeb_oere}, e.g. SEL § 95
 * kontant tilskud), as OekonomiskEffektueringIndeks registrations. Pure.
 *
 * <p><b>Periodisation.</b> One effektuering per calendar month the ydelse covers, from its startdato to its exclusive
 * end: a whole month gets the monthly amount; a month covered in part (the first, the last) gets
 * {@code beløb × dage / dage i måneden}, rounded half up to whole øre — the same arithmetic as the ledger's own
 * {@code GET /api/ydelser/{id}} (query side {@code OekonomiskeEffektueringer}), so the index and the ledger agree to
 * the øre. Payment is forud: a month's amount falls due on its first covered day ({@code Dispositionsdato}).
 *
 * <p><b>Entitlements, not payments.</b> The ledger records no payments; the kommune's payment system makes them. So an
 * effektuering here is the amount the bevilling entitles the citizen to for the month: SamletBruttobeloeb and the
 * ØkonomiskYdelseEffektuering's Ydelsesbeloeb are that amount, and the payment-side amounts (BeloebEfterSkatATP,
 * BeloebSendtTilUdbetaling, BeloebUdbetalt, Udbetalingsafdeling) are left out rather than guessed.
 *
 * <p><b>Only months that have begun.</b> An effektuering records what happened, so {@link #af} gives the months whose
 * first covered day is on or before {@code tilOgMed}; a future month appears once it begins. The caller picks
 * {@code tilOgMed} from business time (the step's day, or the first day of a month being closed), never from a wall
 * clock, so replaying the feed gives the same effektueringer.
 *
 * <p>Each month is its own index object with a name-based UUID ({@code oekonomisk-effektuering:<bevilling>:<YYYY-MM>}),
 * so a changed end (an ophør within a delivered month) reaches the receiver as an Opdater of that month.
 */
public final class Effektueringsbillede {
    private static final Instant INTET_TRIN = Instant.EPOCH;

    private Effektueringsbillede() {
    }

    /** The effektueringer of the months begun by {@code tilOgMed}; none on the venteliste or for a non-economic ydelse. */
    public static List<Effektueringsregistrering> af(Ydelsesdata d, Bevillingsbillede.Rammer r, LocalDate tilOgMed) {
        if (d.startdato() == null || !d.oekonomisk()) {
            return List.of();
        }
        LocalDate slut = d.slutdatoEksklusiv();
        List<Effektueringsregistrering> ud = new ArrayList<>();
        for (LocalDate maaned = d.startdato().withDayOfMonth(1); slut == null || maaned.isBefore(slut); maaned = maaned.plusMonths(1)) {
            LocalDate fra = maaned.isBefore(d.startdato()) ? d.startdato() : maaned;
            LocalDate naeste = maaned.plusMonths(1);
            LocalDate til = slut != null && slut.isBefore(naeste) ? slut : naeste;
            if (fra.isAfter(tilOgMed)) {
                break;
            }
            if (!fra.isBefore(til)) {
                continue;
            }
            String periode = String.format("%d-%02d", maaned.getYear(), maaned.getMonthValue());
            ud.add(new Effektueringsregistrering(Operation.IMPORTER, uuid(d.bevillingId(), periode), INTET_TRIN, "", d.bevillingId(),
                    d.indsatsKode(), d.kommune(), r.ejerNavn(), d.borgerId(), r.masterItSystem(), r.afsenderItSystem(), d.indsatsKode(),
                    d.kleEmne(), periode, fra, til, beloeb(d.beloebOere(), fra, til, maaned.lengthOfMonth()), fra, d.startdato(), slut));
        }
        return ud;
    }

    /** The effektuering's UUID: name-based on the bevilling and the month, so replays and corrections hit the same object. */
    public static UUID uuid(UUID bevillingId, String periode) {
        return UUID.nameUUIDFromBytes(("oekonomisk-effektuering:" + bevillingId + ":" + periode).getBytes(StandardCharsets.UTF_8));
    }

    /** The picture given a step: the operation, when it happened and who did it. */
    public static Effektueringsregistrering medTrin(Effektueringsregistrering e, Operation operation, Instant tidspunkt, String brugerRef) {
        return new Effektueringsregistrering(operation, e.effektueringUuid(), tidspunkt, brugerRef, e.bevillingUuid(), e.bevilgetYdelseId(),
                e.ejerCvr(), e.ejerNavn(), e.borgerId(), e.masterItSystem(), e.afsenderItSystem(), e.indsatsKode(), e.kleEmne(), e.periode(),
                e.startdato(), e.slutdato(), e.beloebOere(), e.dispositionsdato(), e.bevillingFra(), e.bevillingTil());
    }

    /** True when both show the same in the index, whatever step each was delivered in. */
    public static boolean samme(Effektueringsregistrering a, Effektueringsregistrering b) {
        if (a == null || b == null) {
            return a == b;
        }
        return medTrin(a, Operation.IMPORTER, INTET_TRIN, "").equals(medTrin(b, Operation.IMPORTER, INTET_TRIN, ""));
    }

    private static long beloeb(long prMaaned, LocalDate fra, LocalDate til, int dageIMaaneden) {
        int dage = (int) (til.toEpochDay() - fra.toEpochDay());
        if (dage == dageIMaaneden) {
            return prMaaned;
        }
        return BigDecimal.valueOf(prMaaned).multiply(BigDecimal.valueOf(dage))
                .divide(BigDecimal.valueOf(dageIMaaneden), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
