package dk.careledger.query.arbejdsliste;

import dk.careledger.query.arbejdsliste.Sagsbehandlingstid.Friststatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The worklists' answers. Dates are business dates; {@code dato} is the day the list was computed for. */
public final class Svar {
    private Svar() {
    }

    /** One worklist for a kommune (and unit, when asked), computed on {@code dato}. */
    public record Arbejdsliste<T>(String kommune, String enhed, LocalDate dato, int antal, List<T> poster) {
        static <T> Arbejdsliste<T> af(String kommune, String enhed, LocalDate dato, List<T> poster) {
            return new Arbejdsliste<>(kommune, enhed, dato, poster.size(), List.copyOf(poster));
        }
    }

    /** A sag a henvendelse is tied to, with its unit; sagsnummer and enhed are null until the sag is seen. */
    public record HenvendelsensSag(UUID sagId, String sagsnummer, String enhed) {
    }

    /**
     * A henvendelse received and not handled, waiting {@code dageVentet} days since {@code modtagetDato}. {@code aarsag}
     * is decrypted, or "[slettet]" when the citizen was forgotten. {@code sager}: the sager it is already tied to
     * (which give it a unit); empty while it is only in the kommune's intake.
     */
    public record UhaandteretHenvendelse(UUID henvendelseId, UUID borgerId, LocalDate modtagetDato, String kildeKode,
            String kanal, boolean henvisning, String oensketIndsatsKode, String aarsag, LocalDate afklaretDato, long dageVentet,
            List<HenvendelsensSag> sager) {
    }

    /** The configured rule that gave a sag its frist. */
    public record Fristkilde(String kommune, String klePraefiks, String indsatsKode, LocalDate gyldigFra) {
    }

    /**
     * A sag waiting for its afgørelse, measured against its sagsbehandlingsfrist on the list's day: the clock started
     * on {@code fristStart} and has run {@code aktiveDage} days ({@code beroDage} i bero did not count and moved the
     * deadline); the afgørelse must be sent by {@code fristDato}, {@code dageTilbage} days from now (negative: passed).
     */
    public record SagMedFrist(UUID sagId, String sagsnummer, String titel, UUID borgerId, String enhed, String sagsbehandler,
            String kleNummer, List<String> indsatser, LocalDate opstaaetDato, LocalDate fristStart, int fristDage, Fristkilde regel,
            long aktiveDage, long beroDage, boolean iBero, LocalDate fristDato, long dageTilbage, Friststatus status) {
    }

    /** A bevilling granted without a startdato, on the venteliste for {@code dageVentet} days since it was granted. */
    public record VentendeBevilling(UUID bevillingId, UUID borgerId, UUID sagId, String sagsnummer, String enhed, String indsatsKode,
            String kleNummer, LocalDate bevilgetDato, LocalDate slutdato, long dageVentet) {
    }

    /**
     * A bevilling whose next opfølgning falls within the asked window or is overdue ({@code overskredet}, with
     * {@code dageTil} negative).
     */
    public record ForfaldenOpfoelgning(UUID bevillingId, UUID borgerId, UUID sagId, String sagsnummer, String enhed,
            String indsatsKode, LocalDate startdato, LocalDate senesteOpfoelgning, String senesteResultatKode,
            LocalDate naesteOpfoelgning, long dageTil, boolean overskredet) {
    }

    /**
     * A partshøring (FVL § 19) sent on an open sag and not yet answered, with its svarfrist; {@code dageTilbage} is
     * negative when the frist has passed.
     */
    public record AabenPartshoering(UUID partshoeringId, UUID sagId, String sagsnummer, String titel, UUID borgerId, String enhed,
            LocalDate sendtDato, LocalDate svarfrist, long dageTilbage, boolean overskredet) {
    }
}
