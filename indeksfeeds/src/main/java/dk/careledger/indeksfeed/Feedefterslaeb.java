package dk.careledger.indeksfeed;

import dk.careledger.projection.motor.Projektionsmotor;
import dk.careledger.projection.motor.Projektionsstatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Feed lag: how far a feed's projection is behind the newest stored event, as events ({@code ledger.feed.efterslaeb.haendelser})
 * and as the time between the newest event and the last event the feed has processed
 * ({@code ledger.feed.efterslaeb.sekunder}). A receiver is never further behind the facts than this plus its own polling.
 */
@Component
public class Feedefterslaeb {
    /** The projection that produces each feed's deliveries. */
    public static final String SAGSINDEKS_PROJEKTION = "sagsindeks-feed";
    public static final String YDELSESINDEKS_PROJEKTION = "ydelsesindeks-feed";

    private final Projektionsmotor motor;
    private final JdbcTemplate jdbc;

    public Feedefterslaeb(Projektionsmotor motor, JdbcTemplate jdbc, MeterRegistry registry) {
        this.motor = motor;
        this.jdbc = jdbc;
        for (Feed feed : Feed.values()) {
            Gauge.builder("ledger.feed.efterslaeb.haendelser", () -> maal(feed).haendelser()).tag("feed", feed.name())
                    .description("Hændelser feedet mangler at behandle").register(registry);
            Gauge.builder("ledger.feed.efterslaeb.sekunder", () -> maal(feed).sekunder()).tag("feed", feed.name())
                    .description("Sekunder mellem nyeste hændelse og den seneste feedet har behandlet").register(registry);
        }
    }

    /** The lag of a feed now; zero when the feed is up to date, NaN when its projection is not running. */
    public record Efterslaeb(double haendelser, double sekunder) {
    }

    public Efterslaeb maal(Feed feed) {
        String navn = feed == Feed.SAGSINDEKS ? SAGSINDEKS_PROJEKTION : YDELSESINDEKS_PROJEKTION;
        List<Projektionsstatus> status = motor.status().stream().filter(s -> s.navn().equals(navn)).toList();
        if (status.isEmpty()) {
            return new Efterslaeb(Double.NaN, Double.NaN);
        }
        Projektionsstatus s = status.get(0);
        if (s.hoved() == null) {
            return new Efterslaeb(0, 0);
        }
        long position = s.position() == null ? 0 : s.position();
        long mangler = Math.max(0, s.hoved() - position);
        if (mangler == 0) {
            return new Efterslaeb(0, 0);
        }
        Instant nyeste = tidspunkt(s.hoved());
        Instant behandlet = s.position() == null ? null : tidspunkt(s.position());
        Instant fra = behandlet != null ? behandlet : tidligste();
        double sekunder = nyeste == null || fra == null ? Double.NaN : Math.max(0, Duration.between(fra, nyeste).toMillis() / 1000.0);
        return new Efterslaeb(mangler, sekunder);
    }

    private Instant tidspunkt(long globaltIndeks) {
        List<String> t = jdbc.queryForList("SELECT time_stamp FROM domain_event_entry WHERE global_index = ?", String.class, globaltIndeks);
        return t.isEmpty() ? null : Instant.parse(t.get(0));
    }

    private Instant tidligste() {
        List<String> t = jdbc.queryForList("SELECT time_stamp FROM domain_event_entry ORDER BY global_index LIMIT 1", String.class);
        return t.isEmpty() ? null : Instant.parse(t.get(0));
    }
}
