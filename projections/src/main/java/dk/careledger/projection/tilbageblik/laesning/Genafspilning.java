package dk.careledger.projection.tilbageblik.laesning;

import dk.careledger.projection.borger.BorgeroverblikProjektion;
import dk.careledger.projection.forloeb.ForloebProjektion;
import dk.careledger.projection.motor.Tilbageblik;
import dk.careledger.projection.sag.SagerProjektion;
import dk.careledger.projection.sag.sagsbegreb.SagsbegrebProjektion;
import dk.careledger.projection.ydelse.YdelsesindeksProjektion;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A citizen's read models as known at an instant (ADR 0026): the citizen overview's three projections
 * ({@code borgeroverblik}, {@code forloeb}, {@code ydelsesindeks}) replayed from the citizen's facts registered at or
 * before it, and a read run against them. The citizen's aggregates are those the {@code handlinger} projection names with
 * the citizen (every sag, bevilling, forløb and henvendelse carries its citizen from its first fact on): one index lookup.
 */
@Component
public class Genafspilning {
    private static final List<String> BORGERENS_LAESEMODELLER = List.of(BorgeroverblikProjektion.NAVN, ForloebProjektion.NAVN,
            YdelsesindeksProjektion.NAVN);
    private static final List<String> SAGENS_LAESEMODELLER = List.of(SagerProjektion.NAVN, SagsbegrebProjektion.NAVN);

    private final JdbcTemplate jdbc;
    private final Tilbageblik tilbageblik;

    public Genafspilning(JdbcTemplate jdbc, Tilbageblik tilbageblik) {
        this.jdbc = jdbc;
        this.tilbageblik = tilbageblik;
    }

    /**
     * Runs {@code laesning} (a live reader's read of the tables {@code borgeroverblik_*}, {@code forloeb*} and
     * {@code ydelse*}) against those read models as the ledger knew the citizen at {@code kendtPr}. Inside, those tables
     * hold this citizen's rows only.
     */
    public <T> T borgerKendtPr(UUID borgerId, Instant kendtPr, Supplier<T> laesning) {
        List<String> aggregater = jdbc.queryForList("SELECT aggregat_id FROM handling_aggregat WHERE borger_id = ?", String.class, borgerId);
        return tilbageblik.kendtPr(aggregater, kendtPr, BORGERENS_LAESEMODELLER, laesning);
    }

    /**
     * Runs {@code laesning} (a read of the sager and sagsbegreb read models and the policy settings) against those as the
     * ledger knew the sag's citizen at {@code kendtPr}, with the policy settings registered by then.
     */
    public <T> T sagKendtPr(UUID sagId, Instant kendtPr, Supplier<T> laesning) {
        return tilbageblik.kendtPr(sammeBorger(sagId), kendtPr, SAGENS_LAESEMODELLER, List.of("sag_politik_konfiguration"), laesning);
    }

    /**
     * As {@link #borgerKendtPr}, for the citizen of aggregate {@code aggregatId} (a bevilling, a sag): a read of the
     * {@code ydelse*}, {@code forloeb*} and {@code borgeroverblik_*} tables as the ledger knew that citizen at {@code kendtPr}.
     */
    public <T> T aggregatetsBorgerKendtPr(UUID aggregatId, Instant kendtPr, Supplier<T> laesning) {
        return tilbageblik.kendtPr(sammeBorger(aggregatId), kendtPr, BORGERENS_LAESEMODELLER, laesning);
    }

    /** Every aggregate of the citizen of aggregate {@code id} (only {@code id} when no citizen is known for it). */
    private List<String> sammeBorger(UUID id) {
        List<String> aggregater = jdbc.queryForList("SELECT a.aggregat_id FROM handling_aggregat s JOIN handling_aggregat a ON a.borger_id = s.borger_id "
                + "WHERE s.aggregat_id = ?", String.class, id.toString());
        return aggregater.isEmpty() ? List.of(id.toString()) : aggregater;
    }
}
