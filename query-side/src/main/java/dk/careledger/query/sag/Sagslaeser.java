package dk.careledger.query.sag;

import dk.careledger.domain.felles.Tidszone;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.projection.tilbageblik.laesning.Genafspilning;
import dk.careledger.query.tid.Tidsparametre.Tidsvalg;
import dk.careledger.domain.sag.Fremdrift;
import dk.careledger.projection.sag.laesning.Fremdriftshistorik;
import dk.careledger.projection.sag.laesning.Fremdriftshistorik.Raekke;
import dk.careledger.domain.indstilling.Politik;
import dk.careledger.projection.sag.laesning.SagTilstand.Periode;
import dk.careledger.domain.indstilling.Sagsbegreb;
import dk.careledger.projection.sag.politik.laesning.Effektiv;
import dk.careledger.projection.sag.politik.laesning.Politikindstillinger;
import dk.careledger.projection.sag.sagsbegreb.laesning.VariantSag;
import dk.careledger.query.sag.Visninger.Afgoerelse;
import dk.careledger.query.sag.Visninger.EffektivIndstilling;
import dk.careledger.query.sag.Visninger.IBeroPeriode;
import dk.careledger.query.sag.Visninger.Sag;
import dk.careledger.query.sag.Visninger.Sagsliste;
import dk.careledger.query.sag.Visninger.Sagsresume;
import dk.careledger.query.sag.Visninger.Tilstand;
import dk.careledger.query.sag.Visninger.Variantliste;
import dk.careledger.query.sag.Visninger.Variantsag;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Reads the sager, fremdrift and sagsbegreb projections (and the policy configuration) for the REST endpoints. Time
 * dependent answers — which state holds today, whether the klagefrist is still running — are computed here, against
 * the injected {@link Clock} in Danish time; the projections store only dates.
 */
@Service
public class Sagslaeser {

    private final JdbcTemplate jdbc;
    private final Politikindstillinger konfiguration;
    private final Titler titler;
    private final Clock clock;
    private final Genafspilning genafspilning;

    public Sagslaeser(JdbcTemplate jdbc, Politikindstillinger konfiguration, Titler titler, Clock clock, Genafspilning genafspilning) {
        this.jdbc = jdbc;
        this.genafspilning = genafspilning;
        this.konfiguration = konfiguration;
        this.titler = titler;
        this.clock = clock;
    }

    public LocalDate idag() {
        return LocalDate.ofInstant(clock.instant(), Tidszone.DANMARK);
    }

    /** One sag, or 404 {@code SAG_UKENDT}. */
    public Sag sag(UUID sagId) {
        return sag(sagId, idag());
    }

    /**
     * One sag as of {@code tid} (ADR 0026), or 404 {@code SAG_UKENDT} when it was not known then: with {@code kendtPr}
     * given, the same read over the sager and sagsbegreb read models replayed from the citizen's facts registered by then,
     * and the policy settings registered by then; fremdrift, klagefrist and policy judged on {@code gaeldendePr}.
     */
    public Sag sag(UUID sagId, Tidsvalg tid) {
        LocalDate dag = tid.angivelse().gaeldendePr();
        return tid.kendtPrGivet() ? genafspilning.sagKendtPr(sagId, tid.angivelse().kendtPr(), () -> sag(sagId, dag)) : sag(sagId, dag);
    }

    private Sag sag(UUID sagId, LocalDate dag) {
        List<Sag> fundet = jdbc.query("SELECT * FROM sag WHERE sag_id = ?", (rs, n) -> {
            Map<Politik, Tilstand> fremdrift = new LinkedHashMap<>();
            List<Raekke> troede = raekker(sagId, null);
            for (Politik p : Politik.values()) {
                fremdrift.put(p, tilstand(troede, p, dag));
            }
            String ejer = rs.getString("ejer");
            String kle = rs.getString("kle_nummer");
            Effektiv e = konfiguration.effektiv(ejer, kle, dag);
            List<UUID> varianter = jdbc.queryForList("SELECT id FROM sagsbegreb_sag WHERE variant = ? AND sag_ids @> ARRAY[?::uuid] ORDER BY noegle",
                    UUID.class, e.sagsbegreb().name(), sagId);
            UUID afgoerelseId = rs.getObject("seneste_afgoerelse_id", UUID.class);
            LocalDate klagefrist = dato(rs, "klagefrist_sidste_dag");
            Afgoerelse afgoerelse = afgoerelseId == null ? null : new Afgoerelse(afgoerelseId, rs.getString("seneste_afgoerelse_type"),
                    dato(rs, "seneste_afgoerelse_truffet"), dato(rs, "seneste_afgoerelse_sendt"), dato(rs, "seneste_afgoerelse_virkning"),
                    (Boolean) rs.getObject("klagevejledning_givet"), klagefrist, klagefrist != null && !dag.isAfter(klagefrist));
            return new Sag(sagId, rs.getString("sagsnummer"), titler.sagstitel(rs.getObject("titel_ejer", UUID.class),
                    rs.getString("titel_chiffertekst")), kle, rs.getString("handlingsfacet"), rs.getString("foelsomhed"), ejer,
                    rs.getString("ansvarlig_enhed"), rs.getString("primaer_behandler"), dato(rs, "primaer_behandler_fra"),
                    rs.getObject("borger_id", UUID.class), rs.getString("sagsstatus"), dato(rs, "sagsstatus_dato"), dato(rs, "opstaaet_dato"),
                    rs.getString("kommune"), afgoerelse, rs.getInt("antal_afgoerelser"), dato(rs, "seneste_klage_modtaget"),
                    rs.getInt("antal_klager"), rs.getBoolean("i_bero"), iBero(sagId), rs.getBoolean("under_revisitation"),
                    dato(rs, "afsluttet_dato"), rs.getString("afslutningsaarsag"), rs.getInt("antal_bevillinger"), rs.getInt("antal_forloeb"),
                    fremdrift, new EffektivIndstilling(e.politik(), e.sagsbegreb(), e.klePraefiks(), e.gyldigFra(), e.standard(),
                            fremdrift.get(e.politik()), varianter), dag);
        }, sagId);
        if (fundet.isEmpty()) {
            throw Afvisning.ikkeFundet("SAG_UKENDT", "sagId", "Der findes ingen sag med id " + sagId);
        }
        return fundet.get(0);
    }

    /** The bitemporal history: every row (both axes), or the rows believed at {@code kendtPr}; one policy or all. */
    public Visninger.Fremdriftshistorik fremdrift(UUID sagId, Politik politik, Instant kendtPr) {
        Integer findes = jdbc.queryForObject("SELECT count(*) FROM sag WHERE sag_id = ?", Integer.class, sagId);
        if (findes == null || findes == 0) {
            throw Afvisning.ikkeFundet("SAG_UKENDT", "sagId", "Der findes ingen sag med id " + sagId);
        }
        List<Raekke> alle = raekker(sagId, politik);
        List<Raekke> valgte = kendtPr == null ? alle : alle.stream().filter(r -> r.kendtPr(kendtPr)).toList();
        return new Visninger.Fremdriftshistorik(sagId, politik, kendtPr, valgte.stream()
                .sorted(Comparator.comparing((Raekke r) -> r.politik().ordinal()).thenComparing(Raekke::virkningFra)
                        .thenComparing(Raekke::registreretFra).thenComparing(Raekke::loebenummer))
                .map(r -> new Visninger.Fremdriftsraekke(r.politik(), r.loebenummer(), r.fremdrift(), r.virkningFra(), r.virkningTil(),
                        r.aktoerBruger(), r.aktoerRolle(), r.registreretFra(), r.registreretTil()))
                .toList());
    }

    /**
     * The sager filtered by owner kommune, KLE (emne, gruppe or hovedgruppe), responsible unit, and state today under a
     * policy — the one given, or else each sag's setting in force today — paged and ordered by opstaaet date.
     */
    public Sagsliste liste(String kommune, String kle, Politik politik, Fremdrift fremdrift, String enhed, int side, int stoerrelse) {
        return liste(kommune, kle, politik, fremdrift, enhed, side, stoerrelse, List.of(), null);
    }

    /**
     * As {@link #liste(String, String, Politik, Fremdrift, String, int, int)}, within a user's data limits (ADR 0019): only
     * sager whose KLE starts with one of {@code klePraefikser} (all when empty), and whose følsomhed is one of
     * {@code foelsomheder} (all when null). The limits are in the query, so counting and paging stay right.
     */
    public Sagsliste liste(String kommune, String kle, Politik politik, Fremdrift fremdrift, String enhed, int side, int stoerrelse,
            List<String> klePraefikser, List<String> foelsomheder) {
        LocalDate dag = idag();
        Date d = Date.valueOf(dag);
        List<Object> args = new ArrayList<>();
        StringBuilder fra = new StringBuilder(" FROM sag s ");
        if (politik == null) {
            fra.append(Politikindstillinger.effektivLateral()).append(' ');
            args.add(d);
        }
        String valgtPolitik = politik == null ? "COALESCE(k.politik, '" + Effektiv.STANDARD.politik().name() + "')" : "?";
        fra.append("LEFT JOIN LATERAL (SELECT f.fremdrift FROM sag_fremdrift f WHERE f.sag_id = s.sag_id AND f.politik = ")
                .append(valgtPolitik).append(" AND f.registreret_til IS NULL AND f.virkning_fra <= ? AND (f.virkning_til IS NULL OR f.virkning_til > ?) ")
                .append("ORDER BY f.virkning_fra DESC, f.loebenummer DESC LIMIT 1) g ON true WHERE true");
        if (politik != null) {
            args.add(politik.name());
        }
        args.add(d);
        args.add(d);
        if (kommune != null) {
            fra.append(" AND s.ejer = ?");
            args.add(kommune);
        }
        if (kle != null) {
            fra.append(" AND (s.kle_nummer = ? OR s.kle_nummer LIKE ? || '.%')");
            args.add(kle);
            args.add(kle);
        }
        if (enhed != null) {
            fra.append(" AND s.ansvarlig_enhed = ?");
            args.add(enhed);
        }
        if (!klePraefikser.isEmpty()) {
            fra.append(" AND (false");
            for (String p : klePraefikser) {
                fra.append(" OR s.kle_nummer = ? OR s.kle_nummer LIKE ? || '.%'");
                args.add(p);
                args.add(p);
            }
            fra.append(")");
        }
        if (foelsomheder != null) {
            fra.append(" AND s.foelsomhed = ANY (?::text[])");
            args.add(foelsomheder.toArray(new String[0]));
        }
        if (fremdrift != null) {
            fra.append(" AND COALESCE(g.fremdrift, 'OPSTAAET') = ?");
            args.add(fremdrift.name());
        }
        Long antal = jdbc.queryForObject("SELECT count(*)" + fra, Long.class, args.toArray());
        List<Object> sideArgs = new ArrayList<>(args);
        sideArgs.add(stoerrelse);
        sideArgs.add((long) side * stoerrelse);
        List<Sagsresume> sager = jdbc.query("SELECT s.*, " + (politik == null ? valgtPolitik : "'" + politik.name() + "'")
                + " AS brugt_politik, COALESCE(g.fremdrift, 'OPSTAAET') AS aktuel" + fra
                + " ORDER BY s.opstaaet_dato, s.sag_id LIMIT ? OFFSET ?", (rs, n) -> new Sagsresume(rs.getObject("sag_id", UUID.class),
                        rs.getString("sagsnummer"), titler.sagstitel(rs.getObject("titel_ejer", UUID.class), rs.getString("titel_chiffertekst")),
                        rs.getString("kle_nummer"), rs.getString("handlingsfacet"), rs.getString("ejer"), rs.getString("ansvarlig_enhed"),
                        rs.getObject("borger_id", UUID.class), rs.getString("sagsstatus"), dato(rs, "opstaaet_dato"),
                        Politik.valueOf(rs.getString("brugt_politik")), Fremdrift.valueOf(rs.getString("aktuel"))), sideArgs.toArray());
        return new Sagsliste(side, stoerrelse, antal == null ? 0 : antal, dag, sager);
    }

    /** The sag list under one case-concept variant, for a kommune and/or a citizen, with each row's state today. */
    public Variantliste varianter(Sagsbegreb variant, String kommune, UUID borgerId, int side, int stoerrelse) {
        LocalDate dag = idag();
        StringBuilder hvor = new StringBuilder(" FROM sagsbegreb_sag WHERE variant = ?");
        List<Object> args = new ArrayList<>(List.of(variant.name()));
        if (kommune != null) {
            hvor.append(" AND kommune = ?");
            args.add(kommune);
        }
        if (borgerId != null) {
            hvor.append(" AND borger_id = ?");
            args.add(borgerId);
        }
        Long antal = jdbc.queryForObject("SELECT count(*)" + hvor, Long.class, args.toArray());
        List<Object> sideArgs = new ArrayList<>(args);
        sideArgs.add(stoerrelse);
        sideArgs.add((long) side * stoerrelse);
        List<Variantsag> sager = jdbc.query("SELECT *" + hvor + " ORDER BY borger_id, opstaaet_dato, noegle LIMIT ? OFFSET ?", (rs, n) -> {
            VariantSag v = VariantSag.fra(rs);
            Fremdrift nu = v.tidslinje().stream().filter(p -> p.gaelder(dag)).map(Periode::fremdrift).findFirst()
                    .orElse(v.tidslinje().get(0).fremdrift());
            return new Variantsag(v.id(), v.variant(), v.noegle(), v.kommune(), v.borgerId(), v.omraade(), v.titelBasis(), v.titelKode(),
                    titler.variant(v.titelBasis(), v.titelKode(), v.titelEjer(), v.titelChiffertekst()), nu, v.opstaaetDato(), v.afsluttetDato(),
                    v.tidslinje().stream().map(p -> new Tilstand(p.fremdrift(), p.fra(), p.til())).toList(), v.sagIds(), v.bevillingIds(),
                    v.forloebId());
        }, sideArgs.toArray());
        return new Variantliste(variant, side, stoerrelse, antal == null ? 0 : antal, dag, sager);
    }

    private static Tilstand tilstand(List<Raekke> troede, Politik p, LocalDate dag) {
        Optional<Raekke> r = Fremdriftshistorik.gaeldende(troede.stream().filter(x -> x.politik() == p && x.troet()).toList(), dag);
        return r.map(x -> new Tilstand(x.fremdrift(), x.virkningFra(), x.virkningTil())).orElse(null);
    }

    /**
     * Each sag's fremdrift on {@code dag} under {@code politik}, judged as {@link #sag(UUID, Tidsvalg)} judges it
     * ({@link Fremdriftshistorik#gaeldende}) among the rows believed at {@code kendtPr} (null: believed now). Sager without
     * rows then are left out. One query, on the table's key.
     */
    public Map<UUID, Fremdrift> fremdriftPaa(List<UUID> sagIds, Politik politik, Instant kendtPr, LocalDate dag) {
        Map<UUID, List<Raekke>> troede = new LinkedHashMap<>();
        for (Raekke r : jdbc.query(RAEKKER + " WHERE sag_id = ANY (?::uuid[]) AND politik = ?", Sagslaeser::raekke,
                sagIds.stream().map(UUID::toString).toArray(String[]::new), politik.name())) {
            if (kendtPr == null ? r.troet() : r.kendtPr(kendtPr)) {
                troede.computeIfAbsent(r.sagId(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<UUID, Fremdrift> paa = new LinkedHashMap<>();
        troede.forEach((sag, raekker) -> Fremdriftshistorik.gaeldende(raekker, dag).ifPresent(r -> paa.put(sag, r.fremdrift())));
        return paa;
    }

    private static final String RAEKKER = "SELECT sag_id, politik, loebenummer, fremdrift, virkning_fra, virkning_til, aktoer_bruger, aktoer_rolle, "
            + "registreret_fra, registreret_til FROM sag_fremdrift";

    /** The sag's fremdrift rows, of one policy or all, believed now or earlier. */
    private List<Raekke> raekker(UUID sagId, Politik politik) {
        String sql = RAEKKER + " WHERE sag_id = ?" + (politik == null ? "" : " AND politik = ?");
        Object[] args = politik == null ? new Object[] {sagId} : new Object[] {sagId, politik.name()};
        return jdbc.query(sql, Sagslaeser::raekke, args);
    }

    private static Raekke raekke(ResultSet rs, int n) throws SQLException {
        OffsetDateTime til = rs.getObject(10, OffsetDateTime.class);
        return new Raekke(rs.getObject(1, UUID.class), Politik.valueOf(rs.getString(2)), rs.getInt(3), Fremdrift.valueOf(rs.getString(4)),
                rs.getDate(5).toLocalDate(), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(), rs.getString(7), rs.getString(8),
                rs.getObject(9, OffsetDateTime.class).toInstant(), til == null ? null : til.toInstant());
    }

    private List<IBeroPeriode> iBero(UUID sagId) {
        return jdbc.query("SELECT fra, til, anmodning_id FROM sag_i_bero WHERE sag_id = ? ORDER BY loebenummer",
                (rs, n) -> new IBeroPeriode(dato(rs, "fra"), dato(rs, "til"), rs.getObject("anmodning_id", UUID.class)), sagId);
    }

    private static LocalDate dato(ResultSet rs, String kolonne) throws SQLException {
        Date d = rs.getDate(kolonne);
        return d == null ? null : d.toLocalDate();
    }
}
