package dk.careledger.domain.indstilling;

import dk.careledger.domain.indstilling.event.BorgerblikFastsat;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the {@link KommuneindstillingDecider} needs to know about one kommune's settings, folded from its events: the
 * latest value set per setting, KLE prefix and day (and indsats, for a frist), so that setting the same value again is
 * recognised and writes nothing.
 */
public record KommuneindstillingState(Map<String, Politik> politikker, Map<String, Sagsbegreb> sagsbegreber, Map<String, Integer> frister,
        Map<String, Borgerbliksvalg> borgerblik) {

    /** What a Borgerblik setting shows, without who set it. */
    public record Borgerbliksvalg(Titelkilde titelKilde, boolean dokumenttitler, LocalDate fradato, boolean visAeldreAktive, boolean niveau2,
            boolean skjulForBorger) {

        public static Borgerbliksvalg af(BorgerblikFastsat e) {
            return new Borgerbliksvalg(e.titelKilde(), e.dokumenttitler(), e.fradato(), e.visAeldreAktive(), e.niveau2(), e.skjulForBorger());
        }
    }

    public KommuneindstillingState {
        politikker = Map.copyOf(Objects.requireNonNull(politikker, "politikker"));
        sagsbegreber = Map.copyOf(Objects.requireNonNull(sagsbegreber, "sagsbegreber"));
        frister = Map.copyOf(Objects.requireNonNull(frister, "frister"));
        borgerblik = Map.copyOf(Objects.requireNonNull(borgerblik, "borgerblik"));
    }

    /** Before the first event: nothing is set, the defaults apply. */
    public static KommuneindstillingState initial() {
        return new KommuneindstillingState(Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** The key of a setting for a KLE prefix from a day (and an indsats or null). */
    public static String noegle(String klePraefiks, LocalDate gyldigFra, String indsatsKode) {
        return klePraefiks + "|" + gyldigFra + "|" + (indsatsKode == null ? "" : indsatsKode);
    }

    static <V> Map<String, V> med(Map<String, V> kort, String noegle, V vaerdi) {
        Map<String, V> ny = new HashMap<>(kort);
        ny.put(noegle, vaerdi);
        return ny;
    }

    KommuneindstillingState medPolitik(String noegle, Politik p) {
        return new KommuneindstillingState(med(politikker, noegle, p), sagsbegreber, frister, borgerblik);
    }

    KommuneindstillingState medSagsbegreb(String noegle, Sagsbegreb s) {
        return new KommuneindstillingState(politikker, med(sagsbegreber, noegle, s), frister, borgerblik);
    }

    KommuneindstillingState medFrist(String noegle, int dage) {
        return new KommuneindstillingState(politikker, sagsbegreber, med(frister, noegle, dage), borgerblik);
    }

    KommuneindstillingState medBorgerblik(String noegle, Borgerbliksvalg valg) {
        return new KommuneindstillingState(politikker, sagsbegreber, frister, med(borgerblik, noegle, valg));
    }
}
