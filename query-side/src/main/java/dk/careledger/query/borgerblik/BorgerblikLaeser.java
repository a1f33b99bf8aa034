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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import dk.careledger.domain.indstilling.Sagsbegreb;
import dk.careledger.domain.katalog.Forloebstype;
import dk.careledger.projection.sag.sagsbegreb.laesning.VariantSag;
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
 *
 * <p><b>The case concept</b> (issue 15 item 5, ADR 0014): the citizen sees the sager the Sagsindeks holds for them, so
 * Borgerblikket and this view agree. A sag under the kommune's enkeltsager is shown as itself. Sager under borgersag per
 * område are shown as their borgersag, and sager under FSIII per forløb that are tied to a forløb under that variant as
 * the forløb's sag: one entry with the row's id, sagsnummer, public title (the gruppe's emne, or the forløbstype), start,
 * and fremdrift from the sagsbegreb projection ({@code sagsbegreb_sag}), the most restrictive følsomhed of its members,
 * the members' letters and ydelser; hidden when the row's area or any member's is hidden from the citizen.
 */
@Service
public class BorgerblikLaeser {

    private static final String BORGER_OG_KONFIGURATION = "SELECT b.identtype, b.glemt IS NOT NULL, " + Borgerblikindstillinger.KOLONNER
            + " FROM borger b LEFT JOIN borgerblik_konfiguration k ON b.identtype = 'CPR' AND b.glemt IS NULL"
            + " AND k.kommune IN (SELECT s.ejer FROM sag s WHERE s.borger_id = b.borger_id) WHERE b.borger_id = ? ORDER BY k.id";

    private static final String POLITIK = "COALESCE(k.politik, '" + Effektiv.STANDARD.politik().name() + "')";

    private static final String SAGER = "SELECT s.sag_id, s.sagsnummer, s.titel_ejer, s.titel_chiffertekst, s.kle_nummer, s.foelsomhed, "
            + "s.ejer, s.opstaaet_dato, COALESCE(k.sagsbegreb, '" + Effektiv.STANDARD.sagsbegreb().name() + "') AS sagsbegreb, "
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
    private final Politikindstillinger politikker;

    public BorgerblikLaeser(JdbcTemplate jdbc, Titler titler, Katalog katalog, Clock clock, PlatformTransactionManager transactionManager,
            Politikindstillinger politikker) {
        this.jdbc = jdbc;
        this.politikker = politikker;
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

    /** One of the citizen's sager as read, before the case concept groups it. */
    private record Medlem(UUID sagId, String sagsnummer, UUID titelEjer, String titelChiffertekst, String kle, Foelsomhed foelsomhed,
            String kommune, LocalDate opstaaet, Sagsbegreb sagsbegreb, List<Trin> fremdrift, JsonNode dokumenter, JsonNode ydelser) {
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
        List<Medlem> medlemmer = new ArrayList<>();
        jdbc.query(SAGER, rs -> {
            medlemmer.add(medlem(rs));
        }, Date.valueOf(dag), borgerId);
        List<Borgerbliksregel> regler = borger.get().regler();
        Map<UUID, VariantSag> samlet = samlendeSager(borgerId, medlemmer, dag);
        Map<UUID, List<Medlem>> prSamlet = new LinkedHashMap<>();
        List<Borgerblik.Sag> sager = new ArrayList<>();
        for (Medlem m : medlemmer) {
            VariantSag v = samlet.get(m.sagId());
            if (v == null) {
                vis(m, regler, dag).ifPresent(sager::add);
            } else {
                prSamlet.computeIfAbsent(v.id(), id -> new ArrayList<>()).add(m);
            }
        }
        prSamlet.forEach((id, liste) -> vis(samlet.get(liste.get(0).sagId()), liste, regler, dag).ifPresent(sager::add));
        // newest first, then by id as PostgreSQL orders UUIDs (bytewise, as their text does)
        sager.sort(Comparator.comparing(Borgerblik.Sag::opstaaetDato).reversed().thenComparing(sag -> sag.sagId().toString()));
        return Optional.of(new Borgerblik(borgerId, dag, sager));
    }

    private static Medlem medlem(ResultSet rs) throws SQLException {
        return new Medlem(rs.getObject("sag_id", UUID.class), rs.getString("sagsnummer"), rs.getObject("titel_ejer", UUID.class),
                rs.getString("titel_chiffertekst"), rs.getString("kle_nummer"), Foelsomhed.valueOf(rs.getString("foelsomhed")),
                rs.getString("ejer"), rs.getDate("opstaaet_dato").toLocalDate(), Sagsbegreb.valueOf(rs.getString("sagsbegreb")),
                trin(json(rs, "fremdrift")), json(rs, "dokumenter"), json(rs, "ydelser"));
    }

    /**
     * The borgersag or forløb row that holds each sag under a grouping case concept (the class comment); a sag that stands
     * as itself is not in the map. Read only when some sag is under a grouping variant.
     */
    private Map<UUID, VariantSag> samlendeSager(UUID borgerId, List<Medlem> medlemmer, LocalDate dag) {
        Map<UUID, Medlem> grupperede = new HashMap<>();
        medlemmer.stream().filter(m -> m.sagsbegreb() != Sagsbegreb.ENKELTSAGER).forEach(m -> grupperede.put(m.sagId(), m));
        Map<UUID, VariantSag> ud = new HashMap<>();
        if (grupperede.isEmpty()) {
            return ud;
        }
        jdbc.query("SELECT * FROM sagsbegreb_sag WHERE borger_id = ? AND variant <> ? ORDER BY variant, noegle", rs -> {
            VariantSag v = VariantSag.fra(rs);
            boolean raekkeGaelder = v.variant() == Sagsbegreb.BORGERSAG_PR_OMRAADE || (v.forloebId() != null
                    && politikker.effektiv(v.kommune(), v.omraade(), dag).sagsbegreb() == Sagsbegreb.FSIII_PR_FORLOEB);
            if (raekkeGaelder) {
                v.sagIds().stream().filter(id -> grupperede.containsKey(id) && grupperede.get(id).sagsbegreb() == v.variant())
                        .forEach(id -> ud.putIfAbsent(id, v));
            }
        }, borgerId, Sagsbegreb.ENKELTSAGER.name());
        return ud;
    }

    /** The sag as the citizen sees it, or empty when a rule hides it. */
    private Optional<Borgerblik.Sag> vis(Medlem m, List<Borgerbliksregel> regler, LocalDate dag) {
        Borgerbliksindstilling indstilling = Borgerbliksindstilling.for_(regler, m.kommune(), m.kle(), dag);
        List<Trin> tidslinje = Borgerbliksregler.tidslinje(m.fremdrift(), dag);
        if (Borgerbliksregler.skjulegrund(true, m.foelsomhed(), indstilling, m.opstaaet(), Borgerbliksregler.aktiv(tidslinje)).isPresent()) {
            return Optional.empty();
        }
        String titel = indstilling.titelKilde() == Titelkilde.SAG ? titler.sagstitel(m.titelEjer(), m.titelChiffertekst())
                : katalog.kleEmne(m.kle()).map(KleEmne::titel).orElse(m.kle());
        return Optional.of(sag(m.sagId(), m.sagsnummer(), titel, m.kle(), m.kommune(), m.opstaaet(), tidslinje, indstilling, List.of(m), dag));
    }

    /** A borgersag or forløb sag over its member sager as the citizen sees it, or empty when a rule hides it. */
    private Optional<Borgerblik.Sag> vis(VariantSag v, List<Medlem> medlemmer, List<Borgerbliksregel> regler, LocalDate dag) {
        String kle = v.indeksKle();
        Borgerbliksindstilling indstilling = Borgerbliksindstilling.for_(regler, v.kommune(), kle, dag);
        List<Trin> tidslinje = Borgerbliksregler.tidslinje(v.tidslinje().stream().map(p -> new Trin(p.fremdrift(), p.fra(), p.til())).toList(),
                dag);
        Foelsomhed foelsomhed = medlemmer.stream().map(Medlem::foelsomhed).max(Comparator.naturalOrder()).orElseThrow();
        if (Borgerbliksregler.skjulegrund(true, foelsomhed, indstilling, v.opstaaetDato(), Borgerbliksregler.aktiv(tidslinje)).isPresent()
                || medlemmer.stream().anyMatch(m -> Borgerbliksindstilling.for_(regler, m.kommune(), m.kle(), dag).skjulForBorger())) {
            return Optional.empty();
        }
        String titel = v.variant() == Sagsbegreb.BORGERSAG_PR_OMRAADE ? katalog.kleEmne(kle).map(KleEmne::titel).orElse(kle)
                : katalog.forloebstype(v.titelKode()).map(Forloebstype::navn).orElse(v.titelKode());
        return Optional.of(sag(v.id(), v.indekssagsnummer(), titel, kle, v.kommune(), v.opstaaetDato(), tidslinje, indstilling, medlemmer, dag));
    }

    private Borgerblik.Sag sag(UUID id, String sagsnummer, String titel, String kle, String kommune, LocalDate opstaaet, List<Trin> tidslinje,
            Borgerbliksindstilling indstilling, List<Medlem> medlemmer, LocalDate dag) {
        Fremdrift aktuel = Borgerbliksregler.aktuel(tidslinje);
        List<Borgerblik.Dokument> dokumenter = indstilling.dokumenttitler()
                ? dokumenter(medlemmer.stream().map(Medlem::dokumenter).toList(), dag) : List.of();
        List<Borgerblik.Ydelse> ydelser = new ArrayList<>();
        if (indstilling.niveau2()) {
            medlemmer.forEach(m -> ydelser.addAll(ydelser(m.ydelser(), dag)));
        }
        return new Borgerblik.Sag(id, sagsnummer, titel, kle, kommune, opstaaet, aktuel, Borgerbliksregler.tekst(aktuel), tidslinje.stream()
                .map(t -> new Borgerblik.Tilstand(t.fremdrift(), Borgerbliksregler.tekst(t.fremdrift()), t.fra(), t.til())).toList(),
                dokumenter, ydelser);
    }

    private static List<Trin> trin(JsonNode raekker) {
        List<Trin> ud = new ArrayList<>();
        raekker.forEach(r -> ud.add(new Trin(Fremdrift.valueOf(r.get(0).asText()), dato(r.get(1)), dato(r.get(2)))));
        return ud;
    }

    private static List<Borgerblik.Dokument> dokumenter(List<JsonNode> prSag, LocalDate dag) {
        List<Borgerbliksregler.Dokument> alle = new ArrayList<>();
        prSag.forEach(fakta -> fakta.forEach(f -> Borgerbliksregler.dokument(f.get(0).asText(), dato(f.get(1)), dato(f.get(2)))
                .ifPresent(alle::add)));
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
