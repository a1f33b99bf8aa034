package dk.careledger.query.ydelse;

import dk.careledger.domain.felles.Tidszone;
import dk.careledger.domain.bevilling.BevillingDecider;
import dk.careledger.domain.katalog.Indsats;
import dk.careledger.domain.katalog.Katalog;
import dk.careledger.domain.katalog.KleEmne;
import dk.careledger.domain.bevilling.Omfang;
import dk.careledger.domain.bevilling.Omfangsperiode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.time.Instant;
import java.util.function.Supplier;
import dk.careledger.projection.tilbageblik.laesning.Genafspilning;
import dk.careledger.projection.tilbageblik.laesning.Historikudsnit;
import dk.careledger.query.tid.Tidsparametre.Tidsvalg;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Reads the ydelsesindeks projection (tables {@code ydelse}, {@code ydelse_levering_periode},
 * {@code ydelse_ikke_leveret_periode}). Status and economic effektueringer depend on today, taken from the injected
 * clock in Europe/Copenhagen.
 */
@Service
public class Ydelseslaeser {
    private final JdbcTemplate jdbc;
    private final Katalog katalog;
    private final Clock clock;
    private final Genafspilning genafspilning;

    public Ydelseslaeser(JdbcTemplate jdbc, Katalog katalog, Clock clock, Genafspilning genafspilning) {
        this.jdbc = jdbc;
        this.genafspilning = genafspilning;
        this.katalog = katalog;
        this.clock = clock;
    }

    /**
     * The filters of a search (null = not filtered) and the most rows to return. {@code leverandoerKommune}: only what
     * was ordered from a leverandør of that kommune (in another kommune, or a local leverandør of the bevilgende kommune).
     */
    public record Filter(String kle, KleFilter kleNiveau, String kommune, UUID borgerId, Ydelsesstatus status, UUID sagId, int graense,
            String leverandoerKommune) {
        public Filter(String kle, KleFilter kleNiveau, String kommune, UUID borgerId, Ydelsesstatus status, UUID sagId, int graense) {
            this(kle, kleNiveau, kommune, borgerId, status, sagId, graense, null);
        }
    }

    /** Today in Denmark. */
    public LocalDate idag() {
        return LocalDate.ofInstant(clock.instant(), Tidszone.DANMARK);
    }

    /** The ydelser matching every filter given, oldest grant first, at most {@code graense}. */
    public List<Ydelse> soeg(Filter filter) {
        return soeg(filter, idag());
    }

    /**
     * The search as of {@code tid} (ADR 0026): statuses judged on {@code gaeldendePr}; with {@code kendtPr} given, over the
     * read models replayed from the facts registered by then of the one citizen the filter names ({@code borgerId}, or
     * else the citizen of {@code sagId}). Without either, over the versions of the ydelse rows the ledger held at
     * {@code kendtPr} (the index's record-time history, ADR 0031): a replay of a whole kommune is not a read.
     */
    public List<Ydelse> soeg(Filter filter, Tidsvalg tid) {
        LocalDate dag = tid.angivelse().gaeldendePr();
        if (!tid.kendtPrGivet()) {
            return soeg(filter, dag);
        }
        Instant kendtPr = tid.angivelse().kendtPr();
        if (filter.borgerId() != null) {
            return genafspilning.borgerKendtPr(filter.borgerId(), kendtPr, () -> soeg(filter, dag));
        }
        if (filter.sagId() != null) {
            return genafspilning.aggregatetsBorgerKendtPr(filter.sagId(), kendtPr, () -> soeg(filter, dag));
        }
        return soeg(filter, dag, Historikudsnit.kendtPr(kendtPr));
    }

    private List<Ydelse> soeg(Filter filter, LocalDate idag) {
        return soeg(filter, idag, Historikudsnit.live());
    }

    private List<Ydelse> soeg(Filter filter, LocalDate idag, Historikudsnit udsnit) {
        int graense = filter.graense();
        StringBuilder sql = new StringBuilder("SELECT * FROM " + udsnit.tabel("ydelse") + " y WHERE TRUE");
        List<Object> args = new ArrayList<>();
        if (filter.kle() != null) {
            sql.append(" AND ").append(filter.kleNiveau().kolonne()).append(" = ?");
            args.add(filter.kle());
        }
        if (filter.kommune() != null) {
            sql.append(" AND kommune = ?");
            args.add(filter.kommune());
        }
        if (filter.leverandoerKommune() != null) {
            // as Synlighed.ydelse reads it for a leverandør; the index ydelse_leverandoer_kommune (V195) serves it
            sql.append(" AND leverandoer IS NOT NULL AND COALESCE(leverandoer_kommune, kommune) = ?");
            args.add(filter.leverandoerKommune());
        }
        if (filter.borgerId() != null) {
            sql.append(" AND borger_id = ?");
            args.add(filter.borgerId());
        }
        if (filter.sagId() != null) {
            sql.append(" AND sag_id = ?");
            args.add(filter.sagId());
        }
        if (filter.status() != null) {
            sql.append(" AND ").append(filter.status().sqlBetingelse());
            for (int i = 0; i < filter.status().antalParametre(); i++) {
                args.add(Date.valueOf(idag));
            }
        }
        sql.append(" ORDER BY bevilget_dato, bevilling_id LIMIT ?");
        args.add(graense);
        return jdbc.query(sql.toString(), (rs, n) -> ydelse(rs, idag), args.toArray());
    }

    /** Every ydelse granted to the citizen, newest grant first, with its status today. */
    public List<Ydelse> forBorger(UUID borgerId) {
        return forBorger(borgerId, idag());
    }

    /** Every ydelse granted to the citizen, newest grant first, with its status on {@code idag}. */
    public List<Ydelse> forBorger(UUID borgerId, LocalDate idag) {
        return jdbc.query("SELECT * FROM ydelse WHERE borger_id = ? ORDER BY bevilget_dato DESC, bevilling_id",
                (rs, n) -> ydelse(rs, idag), borgerId);
    }

    /** The ydelser of these bevillinger that the index knows, by bevillingId. */
    public Map<UUID, Ydelse> forBevillinger(Collection<UUID> bevillingIds) {
        Map<UUID, Ydelse> ud = new LinkedHashMap<>();
        if (bevillingIds.isEmpty()) {
            return ud;
        }
        LocalDate idag = idag();
        jdbc.query(con -> {
            var ps = con.prepareStatement("SELECT * FROM ydelse WHERE bevilling_id = ANY(?)");
            ps.setArray(1, con.createArrayOf("uuid", bevillingIds.toArray()));
            return ps;
        }, rs -> {
            Ydelse y = ydelse(rs, idag);
            ud.put(y.bevillingId(), y);
        });
        return ud;
    }

    /** One ydelse with its effektueringer, or empty when the index does not know the bevilling. */
    public Optional<YdelseDetalje> hent(UUID bevillingId) {
        return hent(bevillingId, idag());
    }

    /** One ydelse with its status and economic effektueringer as on {@code idag}, or empty when the index does not know it. */
    public Optional<YdelseDetalje> hent(UUID bevillingId, LocalDate idag) {
        List<Ydelse> fundet = jdbc.query("SELECT * FROM ydelse WHERE bevilling_id = ?", (rs, n) -> ydelse(rs, idag), bevillingId);
        if (fundet.isEmpty()) {
            return Optional.empty();
        }
        Ydelse y = fundet.get(0);
        List<OekonomiskeEffektueringer.Maanedsrate> oekonomiske = "OEKONOMISK".equals(y.ydelsestype())
                ? OekonomiskeEffektueringer.maanedsrater(y.startdato(), y.slut(), y.beloebOerePrMaaned(), idag) : List.of();
        List<UUID> forloeb = jdbc.queryForList("SELECT forloeb_id FROM forloeb_bevilling WHERE bevilling_id = ? ORDER BY indeks", UUID.class,
                bevillingId);
        return Optional.of(new YdelseDetalje(y, oekonomiske, leveringer(bevillingId, Periode.MAANED), forloeb));
    }

    /**
     * One ydelse as of {@code tid} (ADR 0026), or empty when it was not known then: with {@code kendtPr} given, the same
     * read over the ydelsesindeks and forløb read models replayed from the citizen's facts registered by then; status and
     * economic effektueringer judged on {@code gaeldendePr}.
     */
    public Optional<YdelseDetalje> hent(UUID bevillingId, Tidsvalg tid) {
        LocalDate dag = tid.angivelse().gaeldendePr();
        return tid.kendtPrGivet() ? genafspilning.aggregatetsBorgerKendtPr(bevillingId, tid.angivelse().kendtPr(), () -> hent(bevillingId, dag))
                : hent(bevillingId, dag);
    }

    /** The ydelse and its leveringer per period as of {@code tid}, or empty when the bevilling was not known then. */
    public Optional<Map.Entry<Ydelse, List<Leveringsperiode>>> leveringer(UUID bevillingId, Periode type, Tidsvalg tid) {
        LocalDate dag = tid.angivelse().gaeldendePr();
        Supplier<Optional<Map.Entry<Ydelse, List<Leveringsperiode>>>> laes = () -> hent(bevillingId, dag)
                .map(d -> Map.entry(d.ydelse(), leveringer(bevillingId, type)));
        return tid.kendtPrGivet() ? genafspilning.aggregatetsBorgerKendtPr(bevillingId, tid.angivelse().kendtPr(), laes) : laes.get();
    }

    /** True when the index knows the bevilling. */
    public boolean findes(UUID bevillingId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM ydelse WHERE bevilling_id = ?)", Boolean.class, bevillingId));
    }

    /** The two period lengths of table {@code ydelse_levering_periode}: ISO week (Monday–Sunday) and calendar month. */
    public enum Periode {
        UGE,
        MAANED;

        LocalDate slut(LocalDate start) {
            return this == UGE ? start.plusDays(6) : start.withDayOfMonth(start.lengthOfMonth());
        }
    }

    /** The bevilling's leveringer per ISO week or month, in time order. */
    public List<Leveringsperiode> leveringer(UUID bevillingId, Periode type) {
        Map<java.time.LocalDate, Map<String, Leveringsperiode.IkkeLeveret>> aarsager = new TreeMap<>();
        jdbc.query("SELECT periode_start, aarsag, antal, antal_erstatning_tilbudt FROM ydelse_ikke_leveret_periode "
                + "WHERE bevilling_id = ? AND periodetype = ? ORDER BY periode_start, aarsag", rs -> {
                    aarsager.computeIfAbsent(rs.getObject("periode_start", LocalDate.class), k -> new LinkedHashMap<>())
                            .put(rs.getString("aarsag"), new Leveringsperiode.IkkeLeveret(rs.getInt("antal"), rs.getInt("antal_erstatning_tilbudt")));
                }, bevillingId, type.name());
        return jdbc.query("SELECT * FROM ydelse_levering_periode WHERE bevilling_id = ? AND periodetype = ? ORDER BY periode_start", (rs, n) -> {
            LocalDate start = rs.getObject("periode_start", LocalDate.class);
            return new Leveringsperiode(rs.getString("periode"), start, type.slut(start), rs.getInt("antal_leveret"), rs.getLong("minutter_leveret"),
                    rs.getInt("antal_uplanlagt"), rs.getLong("minutter_uplanlagt"), rs.getInt("antal_ikke_leveret"),
                    rs.getInt("antal_erstatning_tilbudt"), aarsager.getOrDefault(start, Map.of()));
        }, bevillingId, type.name());
    }

    private Ydelse ydelse(ResultSet rs, LocalDate idag) throws SQLException {
        String indsats = rs.getString("indsats_kode");
        String emne = rs.getString("kle_emne");
        LocalDate startdato = dato(rs, "startdato");
        LocalDate slut = dato(rs, "slut");
        String leverandoer = rs.getString("leverandoer");
        return new Ydelse(rs.getObject("bevilling_id", UUID.class), rs.getObject("borger_id", UUID.class), rs.getString("kommune"),
                rs.getObject("sag_id", UUID.class), rs.getObject("afgoerelse_id", UUID.class), indsats,
                katalog.indsats(indsats).map(Indsats::navn).orElse(null), rs.getString("ydelsestype"),
                new Ydelse.Kle(rs.getString("kle_hovedgruppe"), rs.getString("kle_gruppe"), emne, katalog.kleEmne(emne).map(KleEmne::titel).orElse(null)),
                rs.getString("hjemmel"), dato(rs, "bevilget_dato"), startdato, dato(rs, "slutdato"), dato(rs, "ophoersdato"),
                rs.getString("ophoersaarsag"), slut, Ydelsesstatus.paa(startdato, slut, idag), omfang(rs, "omfang", dato(rs, "omfang_fra")),
                omfang(rs, "ramme", null), langt(rs, "beloeb_oere"), langt(rs, "egenbetaling_oere"),
                leverandoer == null ? null : new Ydelse.Leverandoer(leverandoer, rs.getString("leverandoer_kommune"), dato(rs, "bestilt_dato")),
                dato(rs, "seneste_opfoelgning"), rs.getString("seneste_opfoelgning_resultat"), dato(rs, "naeste_opfoelgning"),
                rettet(rs) != null, rettet(rs));
    }

    private static java.time.Instant rettet(ResultSet rs) throws SQLException {
        java.time.OffsetDateTime t = rs.getObject("rettet", java.time.OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Ydelse.OmfangSvar omfang(ResultSet rs, String praefiks, LocalDate fra) throws SQLException {
        String periode = rs.getString(praefiks + "_periode");
        if (periode == null) {
            return null;
        }
        Omfang omfang = new Omfang(rs.getInt(praefiks + "_minutter"), Omfangsperiode.valueOf(periode), rs.getInt(praefiks + "_gange"));
        return new Ydelse.OmfangSvar(omfang.minutter(), periode, omfang.gange(), omfang.minutterPrUge(), fra);
    }

    private static LocalDate dato(ResultSet rs, String kolonne) throws SQLException {
        return rs.getObject(kolonne, LocalDate.class);
    }

    private static Long langt(ResultSet rs, String kolonne) throws SQLException {
        long v = rs.getLong(kolonne);
        return rs.wasNull() ? null : v;
    }
}
