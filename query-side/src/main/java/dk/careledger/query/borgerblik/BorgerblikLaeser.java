package dk.careledger.query.borgerblik;

import dk.careledger.domain.felles.Tidszone;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.careledger.domain.bevilling.Omfangsperiode;
import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.katalog.Indsats;
import dk.careledger.domain.katalog.Katalog;
import dk.careledger.domain.katalog.KleEmne;
import dk.careledger.domain.sag.Fremdrift;
import dk.careledger.projection.borgerblik.laesning.Borgerblikindstillinger;
import dk.careledger.projection.borgerblik.laesning.Borgerbliksindstilling;
import dk.careledger.projection.borgerblik.laesning.Borgerbliksregel;
import dk.careledger.projection.borgerblik.laesning.Borgerbliksregler;
import dk.careledger.projection.borgerblik.laesning.Borgerbliksregler.Trin;
import dk.careledger.domain.indstilling.Titelkilde;
import dk.careledger.projection.sag.politik.laesning.Effektiv;
import dk.careledger.projection.sag.politik.laesning.Politikindstillinger;
import dk.careledger.query.sag.Titler;
import dk.careledger.query.ydelse.Ydelsesstatus;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Composes a citizen's Borgerblikket view in two queries, in one read-only REPEATABLE READ transaction so both see one
 * snapshot:
 * <ol>
 *   <li>the citizen register's {@code identtype} and {@code glemt} (command side's table {@code borger}, read by SQL
 *       only, as the citizen overview does) with the Borgerblikket configuration rows of the kommuner that own the
 *       citizen's sager;</li>
 *   <li>only for a citizen with a CPR number: the sager whose primary party is the citizen (index {@code sag_borger}),
 *       each with the kommune's closing policy in force today (a lateral on {@code sag_politik_konfiguration}), the
 *       fremdrift rows believed under that policy, the letter-like facts ({@code sag_fakta}) and the bevilgede ydelser
 *       on the sag whose ydelsesmodtager is the citizen ({@code ydelse}), aggregated per sag as JSON.</li>
 * </ol>
 * The rules ({@link Borgerbliksregler}) then decide per sag what is shown; a hidden sag's title is never decrypted.
 * Actors, caseworkers and units are not selected at all.
 */
@Service
public class BorgerblikLaeser {

    private static final String BORGER_OG_KONFIGURATION = "SELECT b.identtype, b.glemt IS NOT NULL, " + Borgerblikindstillinger.KOLONNER
            + " FROM borger b LEFT JOIN borgerblik_konfiguration k ON b.identtype = 'CPR' AND b.glemt IS NULL"
            + " AND k.kommune IN (SELECT s.ejer FROM sag s WHERE s.borger_id = b.borger_id) WHERE b.borger_id = ? ORDER BY k.id";

    private static final String POLITIK = "COALESCE(k.politik, '" + Effektiv.STANDARD.politik().name() + "')";

    private static final String SAGER = "SELECT s.sag_id, s.sagsnummer, s.titel_ejer, s.titel_chiffertekst, s.kle_nummer, s.foelsomhed, "
            + "s.ejer, s.opstaaet_dato, "
            + "(SELECT json_agg(json_build_array(f.fremdrift, f.virkning_fra, f.virkning_til) ORDER BY f.virkning_fra, f.loebenummer) "
            + "FROM sag_fremdrift f WHERE f.sag_id = s.sag_id AND f.politik = " + POLITIK + " AND f.registreret_til IS NULL) AS fremdrift, "
            // each letter-like fact's own date (one of these keys per kind, an afgørelse's truffetDato first) and an afgørelse's
            // sendtDato, from the fact's typed fields (dk.careledger.projection.fakta.Faktajson)
            + "(SELECT json_agg(json_build_array(d.haendelse, COALESCE(d.faktum ->> 'truffetDato', d.faktum ->> 'sendtDato', "
            + "d.faktum ->> 'besvaretDato', d.faktum ->> 'anmodetDato', d.faktum ->> 'modtagetDato'), "
            + "CASE WHEN d.haendelse = 'AfgoerelseTruffet' THEN d.faktum ->> 'sendtDato' END) ORDER BY d.globalt_indeks) FROM sag_fakta d "
            + "WHERE d.noegle = s.sag_id AND d.haendelse IN (" + Borgerbliksregler.DOKUMENTHAENDELSER.stream().map(h -> "'" + h + "'")
                    .collect(Collectors.joining(", ")) + ")) AS dokumenter, "
            + "(SELECT json_agg(json_build_array(y.indsats_kode, y.omfang_gange, y.omfang_periode, y.startdato, y.slut) "
            + "ORDER BY y.bevilget_dato, y.registreret, y.bevilling_id) FROM ydelse y WHERE y.sag_id = s.sag_id AND y.borger_id = s.borger_id) AS ydelser "
            + "FROM sag s " + Politikindstillinger.effektivLateral() + " WHERE s.borger_id = ? ORDER BY s.opstaaet_dato DESC, s.sag_id";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final Titler titler;
    private final Katalog katalog;
    private final Clock clock;
    private final TransactionTemplate transaktion;

    public BorgerblikLaeser(JdbcTemplate jdbc, Titler titler, Katalog katalog, Clock clock, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.titler = titler;
        this.katalog = katalog;
        this.clock = clock;
        this.transaktion = new TransactionTemplate(transactionManager);
        this.transaktion.setReadOnly(true);
        this.transaktion.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    public LocalDate idag() {
        return LocalDate.ofInstant(clock.instant(), Tidszone.DANMARK);
    }

    /** The view today, or empty when the citizen register does not know the citizen. */
    public Optional<Borgerblik> hent(UUID borgerId) {
        LocalDate dag = idag();
        return transaktion.execute(status -> laes(borgerId, dag));
    }

    private record Borger(boolean harCpr, List<Borgerbliksregel> regler) {
    }

    private Optional<Borgerblik> laes(UUID borgerId, LocalDate dag) {
        Optional<Borger> borger = jdbc.query(BORGER_OG_KONFIGURATION, rs -> {
            if (!rs.next()) {
                return Optional.<Borger>empty();
            }
            boolean harCpr = "CPR".equals(rs.getString(1)) && !rs.getBoolean(2);
            List<Borgerbliksregel> regler = new ArrayList<>();
            do {
                if (rs.getObject(3) != null) {
                    regler.add(Borgerblikindstillinger.regel(rs, 3));
                }
            } while (rs.next());
            return Optional.of(new Borger(harCpr, regler));
        }, borgerId);
        if (borger.isEmpty()) {
            return Optional.empty();
        }
        if (!borger.get().harCpr()) {
            // Borgerblikket shows a person without a CPR number nothing (Skjulegrund.IKKE_CPR for every sag): no need to read them.
            return Optional.of(new Borgerblik(borgerId, dag, List.of()));
        }
        List<Borgerblik.Sag> sager = new ArrayList<>();
        jdbc.query(SAGER, rs -> {
            vis(rs, borger.get().regler(), dag).ifPresent(sager::add);
        }, Date.valueOf(dag), borgerId);
        return Optional.of(new Borgerblik(borgerId, dag, sager));
    }

    /** The sag in the current row as the citizen sees it, or empty when a rule hides it. */
    private Optional<Borgerblik.Sag> vis(ResultSet rs, List<Borgerbliksregel> regler, LocalDate dag) throws SQLException {
        String kommune = rs.getString("ejer");
        String kle = rs.getString("kle_nummer");
        LocalDate opstaaet = rs.getDate("opstaaet_dato").toLocalDate();
        Borgerbliksindstilling indstilling = Borgerbliksindstilling.for_(regler, kommune, kle, dag);
        List<Trin> tidslinje = Borgerbliksregler.tidslinje(trin(json(rs, "fremdrift")), dag);
        if (Borgerbliksregler.skjulegrund(true, Foelsomhed.valueOf(rs.getString("foelsomhed")), indstilling, opstaaet,
                Borgerbliksregler.aktiv(tidslinje)).isPresent()) {
            return Optional.empty();
        }
        String titel = indstilling.titelKilde() == Titelkilde.SAG
                ? titler.sagstitel(rs.getObject("titel_ejer", UUID.class), rs.getString("titel_chiffertekst"))
                : katalog.kleEmne(kle).map(KleEmne::titel).orElse(kle);
        Fremdrift aktuel = Borgerbliksregler.aktuel(tidslinje);
        List<Borgerblik.Dokument> dokumenter = indstilling.dokumenttitler() ? dokumenter(json(rs, "dokumenter"), dag) : List.of();
        List<Borgerblik.Ydelse> ydelser = indstilling.niveau2() ? ydelser(json(rs, "ydelser"), dag) : List.of();
        return Optional.of(new Borgerblik.Sag(rs.getObject("sag_id", UUID.class), rs.getString("sagsnummer"), titel, kle, kommune, opstaaet,
                aktuel, Borgerbliksregler.tekst(aktuel), tidslinje.stream()
                        .map(t -> new Borgerblik.Tilstand(t.fremdrift(), Borgerbliksregler.tekst(t.fremdrift()), t.fra(), t.til())).toList(),
                dokumenter, ydelser));
    }

    private static List<Trin> trin(JsonNode raekker) {
        List<Trin> ud = new ArrayList<>();
        raekker.forEach(r -> ud.add(new Trin(Fremdrift.valueOf(r.get(0).asText()), dato(r.get(1)), dato(r.get(2)))));
        return ud;
    }

    private static List<Borgerblik.Dokument> dokumenter(JsonNode fakta, LocalDate dag) {
        List<Borgerbliksregler.Dokument> alle = new ArrayList<>();
        fakta.forEach(f -> Borgerbliksregler.dokument(f.get(0).asText(), dato(f.get(1)), dato(f.get(2))).ifPresent(alle::add));
        return Borgerbliksregler.dokumenter(alle, dag).stream().map(d -> new Borgerblik.Dokument(d.titel(), d.dato())).toList();
    }

    private List<Borgerblik.Ydelse> ydelser(JsonNode raekker, LocalDate dag) {
        List<Borgerblik.Ydelse> ud = new ArrayList<>();
        raekker.forEach(y -> {
            String kode = y.get(0).asText();
            Integer gange = y.get(1).isNull() ? null : y.get(1).asInt();
            Omfangsperiode periode = y.get(2).isNull() ? null : Omfangsperiode.valueOf(y.get(2).asText());
            LocalDate start = dato(y.get(3));
            LocalDate slut = dato(y.get(4));
            String navn = katalog.indsats(kode).map(Indsats::navn).orElse(kode);
            ud.add(new Borgerblik.Ydelse(Borgerbliksregler.ydelsesnavn(navn, gange, periode), start, slut, Ydelsesstatus.paa(start, slut, dag)));
        });
        return ud;
    }

    private static JsonNode json(ResultSet rs, String kolonne) throws SQLException {
        String tekst = rs.getString(kolonne);
        if (tekst == null) {
            return JSON.createArrayNode();
        }
        try {
            return JSON.readTree(tekst);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Kolonnen " + kolonne + " er ikke JSON: " + tekst, e);
        }
    }

    private static LocalDate dato(JsonNode n) {
        return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
    }
}
