package dk.careledger.query.borger;

import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.katalog.FsiiiKode;
import dk.careledger.domain.katalog.Katalog;
import dk.careledger.domain.katalog.KleEmne;
import dk.careledger.domain.indstilling.Politik;
import dk.careledger.domain.sag.Fremdrift;
import dk.careledger.projection.borger.laesning.Lokalstatus;
import dk.careledger.query.borger.Borgeroverblik.Sagsoversigt;
import dk.careledger.query.borger.Borgeroverblik.VerserendeHenvendelse;
import dk.careledger.projection.tilbageblik.laesning.Genafspilning;
import dk.careledger.query.adgang.Synlighed;
import dk.careledger.query.tid.Tidsparametre.Tidsvalg;
import dk.careledger.query.forloeb.ForloebLaeser;
import dk.careledger.query.forloeb.ForloebOversigt;
import dk.careledger.query.forloeb.Tilstand;
import dk.careledger.query.sag.Sagslaeser;
import dk.careledger.query.ydelse.Ydelse;
import dk.careledger.query.ydelse.Ydelseslaeser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Composes the citizen overview from five queries, each on an index on borger_id (a sixth, on the register's primary
 * key, only when all five are empty), in one read-only REPEATABLE READ
 * transaction so they see one snapshot: the citizen's sager, tilstande and henvendelser ({@code borgeroverblik}
 * projection), forløb ({@code forloeb}) and ydelser ({@code ydelsesindeks}). Judged on a day ({@code gaeldendePr}), one
 * more query reads the shown sager's fremdrift rows ({@code sag_fremdrift}, by its key).
 */
@Service
public class BorgeroverblikLaeser {
    private static final Map<String, String> STATUSTEKST = Map.of(
            "OPSTAAET", "Opstået",
            "I_BERO", "I bero: afventer oplysninger",
            "OPLYST", "Oplyst",
            "AFGJORT", "Afgjort",
            "UNDER_REVISITATION", "Under revisitation",
            "AFSLUTTET", "Afsluttet",
            "AFSLUTTET_UDEN_AFGOERELSE", "Afsluttet uden afgørelse");

    private final JdbcTemplate jdbc;
    private final ForloebLaeser forloebLaeser;
    private final Ydelseslaeser ydelser;
    private final Katalog katalog;
    private final TransactionTemplate transaktion;
    private final Genafspilning genafspilning;
    private final Sagslaeser sager;

    public BorgeroverblikLaeser(JdbcTemplate jdbc, ForloebLaeser forloebLaeser, Ydelseslaeser ydelser, Katalog katalog,
            PlatformTransactionManager transactionManager, Genafspilning genafspilning, Sagslaeser sager) {
        this.jdbc = jdbc;
        this.genafspilning = genafspilning;
        this.sager = sager;
        this.forloebLaeser = forloebLaeser;
        this.ydelser = ydelser;
        this.katalog = katalog;
        this.transaktion = new TransactionTemplate(transactionManager);
        this.transaktion.setReadOnly(true);
        this.transaktion.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /**
     * The overview as {@code bruger} may see it (ADR 0019): the sager of their kommune within their KLE and følsomhed
     * limits, the tilstande assessed on those sager, their kommune's henvendelser and forløb, and the bevillinger their
     * kommune granted or delivers. Empty when none of that exists and their kommune did not register the citizen.
     */
    public Optional<Borgeroverblik> hent(UUID borgerId, Bruger bruger) {
        LocalDate idag = ydelser.idag();
        return transaktion.execute(status -> laes(borgerId, bruger, idag, null, sag -> true));
    }

    /**
     * The overview as of {@code tid} (ADR 0026): with {@code kendtPr} given, the same read over the citizen's read models
     * replayed from the facts registered by then; the bevillinger's status judged on {@code gaeldendePr}, and with
     * {@code gaeldendePr} given each sag's fremdrift too, as the sag read judges it (under {@link Politik#EKSPLICIT}, the
     * policy the overview's fremdrift follows: closing is explicit). A sag is shown only when the user may see it both as
     * it was classified then and as it is classified now: a sag reclassified since as særligt følsom does not leak
     * through an earlier instant.
     */
    public Optional<Borgeroverblik> hent(UUID borgerId, Bruger bruger, Tidsvalg tid) {
        LocalDate dag = tid.angivelse().gaeldendePr();
        Instant kendtPr = tid.kendtPrGivet() ? tid.angivelse().kendtPr() : null;
        Fremdriftsdom dom = tid.gaeldendePrGivet() ? new Fremdriftsdom(kendtPr, dag) : null;
        if (kendtPr == null) {
            return transaktion.execute(status -> laes(borgerId, bruger, dag, dom, sag -> true));
        }
        Set<UUID> synligeNu = synligeSager(borgerId, bruger);
        return genafspilning.borgerKendtPr(borgerId, kendtPr, () -> laes(borgerId, bruger, dag, dom, synligeNu::contains));
    }

    /** Each sag's fremdrift judged on {@code dag} among its fremdrift rows believed at {@code kendtPr} (null: now). */
    private record Fremdriftsdom(Instant kendtPr, LocalDate dag) {
    }

    /** A row of {@code borgeroverblik_sag} as shown, with the flags its local status is derived from. */
    private record Sagsraekke(Sagsoversigt sag, boolean iBero, boolean underRevisitation) {
    }

    /** The citizen's sager the user may see as they are classified now (the live rows, read before a replay). */
    private Set<UUID> synligeSager(UUID borgerId, Bruger bruger) {
        return jdbc.query("SELECT sag_id, ejer, kle_nummer, foelsomhed FROM borgeroverblik_sag WHERE borger_id = ? AND ejer = ?",
                (rs, n) -> Synlighed.sag(bruger, rs.getString("ejer"), rs.getString("kle_nummer"), rs.getString("foelsomhed"))
                        ? rs.getObject("sag_id", UUID.class) : null, borgerId, bruger.kommune().value())
                .stream().filter(id -> id != null).collect(Collectors.toSet());
    }

    private Optional<Borgeroverblik> laes(UUID borgerId, Bruger bruger, LocalDate idag, Fremdriftsdom dom, Predicate<UUID> synligNu) {
        String kommune = bruger.kommune().value();
        List<Sagsoversigt> aabne = new ArrayList<>();
        List<Sagsoversigt> tidligere = new ArrayList<>();
        List<LocalDate> doed = new ArrayList<>();
        List<UUID> synligeSager = new ArrayList<>();
        List<Sagsraekke> raekker = jdbc.query("SELECT * FROM borgeroverblik_sag WHERE borger_id = ? AND ejer = ? ORDER BY opstaaet_dato DESC, sag_id",
                (rs, n) -> new Sagsraekke(sag(rs), rs.getBoolean("i_bero"), rs.getBoolean("under_revisitation")), borgerId, kommune).stream()
                .filter(r -> Synlighed.sag(bruger, r.sag().ejer(), r.sag().kleNummer(), r.sag().foelsomhed()) && synligNu.test(r.sag().sagId()))
                .toList();
        raekker.forEach(r -> synligeSager.add(r.sag().sagId()));
        Map<UUID, Fremdrift> paaDagen = dom == null || synligeSager.isEmpty() ? Map.of()
                : sager.fremdriftPaa(synligeSager, Politik.EKSPLICIT, dom.kendtPr(), dom.dag());
        for (Sagsraekke r : raekker) {
            Fremdrift f = paaDagen.get(r.sag().sagId());
            Sagsoversigt s = f == null ? r.sag() : paa(r, f.name());
            ("AFSLUTTET".equals(s.fremdrift()) ? tidligere : aabne).add(s);
            if ("DOED".equals(s.afslutningsaarsag())) {
                doed.add(s.afsluttetDato());
            }
        }
        // a tilstand is the latest assessment per FSIII code on any of the citizen's sager: shown only when it was made
        // on a sag the user may see
        List<Tilstand> tilstande = jdbc.query("SELECT * FROM borgeroverblik_tilstand WHERE borger_id = ? AND sag_id = ANY (?::uuid[]) "
                + "ORDER BY fsiii_kode", (rs, n) -> forloebLaeser.tilstand(rs), borgerId, synligeSager.stream().map(UUID::toString).toArray(String[]::new));
        int[] henvendelserIAlt = {0};
        List<VerserendeHenvendelse> verserende = new ArrayList<>();
        jdbc.query("SELECT * FROM borgeroverblik_henvendelse WHERE borger_id = ? AND kommune = ? ORDER BY modtaget_dato, henvendelse_id", rs -> {
            henvendelserIAlt[0]++;
            if (rs.getObject("haandteret_dato") == null) {
                verserende.add(henvendelse(rs));
            }
        }, borgerId, kommune);
        List<ForloebOversigt> forloeb = forloebLaeser.forBorger(borgerId, kommune).stream().filter(f -> bruger.maaSeKle(f.kleNummer())).toList();
        List<Ydelse> bevillinger = ydelser.forBorger(borgerId, idag).stream().filter(y -> Synlighed.ydelse(bruger, y)).toList();
        for (Ydelse y : bevillinger) {
            if ("DOED".equals(y.ophoersaarsag())) {
                doed.add(y.ophoersdato());
            }
        }
        if (aabne.isEmpty() && tidligere.isEmpty() && tilstande.isEmpty() && henvendelserIAlt[0] == 0 && forloeb.isEmpty()
                && bevillinger.isEmpty() && !registreret(borgerId, kommune)) {
            return Optional.empty();
        }
        LocalDate doedRegistreret = doed.stream().filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
        return Optional.of(new Borgeroverblik(borgerId, doedRegistreret, aabne, tidligere, forloeb, bevillinger, tilstande, verserende));
    }

    /**
     * Whether the citizen register (command side's table {@code borger}, read by SQL only) knows the citizen: a citizen
     * registered but with nothing else yet gets an empty overview, not a 404. Asked only when every list is empty.
     */
    private boolean registreret(UUID borgerId, String kommune) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM borger WHERE borger_id = ? AND kommune = ?)", Boolean.class,
                borgerId, kommune));
    }

    /** The sag with the fremdrift it had on a day, and the local status and text that follow from it. */
    private static Sagsoversigt paa(Sagsraekke r, String fremdrift) {
        Sagsoversigt s = r.sag();
        String lokal = Lokalstatus.af(fremdrift, r.iBero(), r.underRevisitation(), s.afslutningsaarsag());
        return new Sagsoversigt(s.sagId(), s.sagsnummer(), s.titel(), s.kleNummer(), s.kleTitel(), s.handlingsfacet(), s.foelsomhed(), s.ejer(),
                s.ansvarligEnhed(), s.sagsbehandler(), fremdrift, lokal, statustekst(lokal, s.afslutningsaarsag()), s.opstaaetDato(),
                s.afgoerelsestype(), s.afgjortDato(), s.antalKlager(), s.afsluttetDato(), s.afslutningsaarsag(), s.rettet(), s.rettetTidspunkt());
    }

    private static String statustekst(String lokal, String aarsag) {
        return STATUSTEKST.getOrDefault(lokal, lokal) + (aarsag != null ? " (" + aarsag + ")" : "");
    }

    private Sagsoversigt sag(ResultSet rs) throws SQLException {
        String kle = rs.getString("kle_nummer");
        String lokal = rs.getString("lokal_status");
        String aarsag = rs.getString("afslutningsaarsag");
        String tekst = statustekst(lokal, aarsag);
        return new Sagsoversigt(rs.getObject("sag_id", UUID.class), rs.getString("sagsnummer"),
                forloebLaeser.tekst(rs.getObject("titel_ejer", UUID.class), rs.getString("titel_chiffer")), kle,
                katalog.kleEmne(kle).map(KleEmne::titel).orElse(null), rs.getString("handlingsfacet"), rs.getString("foelsomhed"),
                rs.getString("ejer"), rs.getString("ansvarlig_enhed"), rs.getString("sagsbehandler"), rs.getString("fremdrift"), lokal, tekst,
                rs.getObject("opstaaet_dato", LocalDate.class), rs.getString("afgoerelsestype"), rs.getObject("afgjort_dato", LocalDate.class),
                rs.getInt("antal_klager"), rs.getObject("afsluttet_dato", LocalDate.class), aarsag, rs.getObject("rettet") != null,
                rs.getObject("rettet") == null ? null : rs.getObject("rettet", java.time.OffsetDateTime.class).toInstant());
    }

    private VerserendeHenvendelse henvendelse(ResultSet rs) throws SQLException {
        String kilde = rs.getString("kilde_kode");
        return new VerserendeHenvendelse(rs.getObject("henvendelse_id", UUID.class), kilde, katalog.fsiii(kilde).map(FsiiiKode::titel).orElse(null),
                rs.getString("kanal"), rs.getObject("modtaget_dato", LocalDate.class),
                forloebLaeser.tekst(rs.getObject("aarsag_ejer", UUID.class), rs.getString("aarsag_chiffer")), rs.getBoolean("henvisning"),
                rs.getString("oensket_indsats_kode"), rs.getInt("antal_afklaringer"), rs.getObject("senest_afklaret", LocalDate.class));
    }
}
