package dk.careledger.projection.sag.politik;

import static dk.careledger.projection.jdbc.Sqlvaerdi.lokal;
import static dk.careledger.projection.jdbc.Sqlvaerdi.uuidArray;

import dk.careledger.domain.sag.Fremdrift;
import dk.careledger.projection.sag.laesning.Fremdriftshistorik;
import dk.careledger.projection.sag.laesning.Fremdriftshistorik.Raekke;
import dk.careledger.domain.indstilling.Politik;
import dk.careledger.domain.indstilling.Sagsbegreb;
import dk.careledger.projection.sag.sagsbegreb.SagsbegrebProjektion;
import dk.careledger.projection.sag.sagsbegreb.laesning.VariantSag;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import dk.careledger.domain.felles.Tidszone;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import dk.careledger.projection.sag.politik.laesning.Effektiv;
import dk.careledger.projection.sag.politik.laesning.Politikindstillinger;
import dk.careledger.projection.sag.politik.laesning.Politikindstilling;

/**
 * What a change of a kommune's policy or case concept would do, reported before it takes effect: the sager in scope
 * (the kommune's sager, {@code sag.ejer}, whose KLE emne the prefix covers), how many and which change fremdrift under
 * the setting in force (old policy → new policy, old state → new state), and how the sag list changes under the case
 * concept (variant rows old → new, which ids appear and disappear).
 *
 * <p>The comparison is made on the <em>assessment day</em>: {@code gyldigFra}, or today (the injected {@link Clock}, in
 * Danish time) if that is later — the first day on which the new setting both applies and can be seen. "Old" is the
 * setting in force that day under the configuration as it is; "new" is the same with the proposed row added (a longer
 * prefix configured for some emner still wins there, so those sager do not change).
 *
 * <p>Nothing has to be rebuilt: every policy's fremdrift and every variant's rows are already projected side by side,
 * so the report reads them. It writes nothing: the change is made by a command on the kommune's settings
 * ({@code POST /api/politik/aendringer}, ADR 0021), and the index feeds correct what they have delivered when they see
 * its facts.
 */
@Service
public class PolitikAendringsrapport {

    /** The report. */
    public record Rapport(String kommune, String klePraefiks, Politik politik, Sagsbegreb sagsbegreb, LocalDate gyldigFra,
            LocalDate vurderingsdato, int sagerIOmfang, Politikskift politikskift, Sagsbegrebsskift sagsbegrebsskift) {
    }

    /** Sager whose policy changes, and of those the ones whose fremdrift on the assessment day changes. */
    public record Politikskift(int sagerMedNyPolitik, int sagerDerSkifterTilstand, List<Tilstandsskift> skift) {
    }

    public record Tilstandsskift(UUID sagId, String sagsnummer, String kleNummer, Politik fraPolitik, Politik tilPolitik, Fremdrift fra,
            Fremdrift til) {
    }

    /** The sag list of the sager in scope: variant rows before and after, and which row ids appear and disappear. */
    public record Sagsbegrebsskift(int sagerMedNytSagsbegreb, int antalFoer, int antalEfter, List<UUID> nye, List<UUID> forsvundne) {
    }

    private record SagIOmfang(UUID sagId, String sagsnummer, String kle) {
    }

    private final JdbcTemplate jdbc;
    private final Politikindstillinger konfiguration;
    private final Clock clock;

    public PolitikAendringsrapport(JdbcTemplate jdbc, Politikindstillinger konfiguration, Clock clock) {
        this.jdbc = jdbc;
        this.konfiguration = konfiguration;
        this.clock = clock;
    }

    public LocalDate idag() {
        return LocalDate.ofInstant(clock.instant(), Tidszone.DANMARK);
    }

    /** Reports what the change would do; {@code registreretAf} is who asks. */
    public Rapport vurder(PolitikAendring aendring, String registreretAf) {
        LocalDate dag = aendring.gyldigFra().isAfter(idag()) ? aendring.gyldigFra() : idag();
        List<Politikindstilling> foer = konfiguration.forKommune(aendring.kommune());
        Effektiv iOmfanget = Effektiv.for_(foer, aendring.kommune(), aendring.klePraefiks(), aendring.gyldigFra());
        Politik politik = aendring.politik() != null ? aendring.politik() : iOmfanget.politik();
        Sagsbegreb sagsbegreb = aendring.sagsbegreb() != null ? aendring.sagsbegreb() : iOmfanget.sagsbegreb();
        List<Politikindstilling> efter = new ArrayList<>(foer);
        efter.add(new Politikindstilling(Long.MAX_VALUE, aendring.kommune(), aendring.klePraefiks(), politik, sagsbegreb, aendring.gyldigFra(),
                clock.instant(), registreretAf));

        List<SagIOmfang> sager = sagerIOmfang(aendring.kommune(), aendring.klePraefiks());
        Map<UUID, Effektiv[]> indstilling = new LinkedHashMap<>();
        for (SagIOmfang s : sager) {
            indstilling.put(s.sagId(), new Effektiv[] {Effektiv.for_(foer, aendring.kommune(), s.kle(), dag),
                Effektiv.for_(efter, aendring.kommune(), s.kle(), dag)});
        }
        Politikskift politikskift = politikskift(sager, indstilling, dag);
        Sagsbegrebsskift sagsbegrebsskift = sagsbegrebsskift(sager, indstilling);
        return new Rapport(aendring.kommune(), aendring.klePraefiks(), politik, sagsbegreb, aendring.gyldigFra(), dag,
                sager.size(), politikskift, sagsbegrebsskift);
    }

    private List<SagIOmfang> sagerIOmfang(String kommune, String praefiks) {
        return jdbc.query("SELECT sag_id, sagsnummer, kle_nummer FROM sag WHERE ejer = ? "
                + "AND (? = '' OR kle_nummer = ? OR kle_nummer LIKE ? || '.%') ORDER BY sagsnummer, sag_id",
                (rs, n) -> new SagIOmfang(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)), kommune, praefiks, praefiks, praefiks);
    }

    private Politikskift politikskift(List<SagIOmfang> sager, Map<UUID, Effektiv[]> indstilling, LocalDate dag) {
        List<SagIOmfang> nyPolitik = sager.stream().filter(s -> indstilling.get(s.sagId())[0].politik() != indstilling.get(s.sagId())[1].politik())
                .toList();
        Map<UUID, List<Raekke>> troede = troedeRaekker(nyPolitik.stream().map(SagIOmfang::sagId).toList());
        List<Tilstandsskift> skift = new ArrayList<>();
        for (SagIOmfang s : nyPolitik) {
            Politik fra = indstilling.get(s.sagId())[0].politik();
            Politik til = indstilling.get(s.sagId())[1].politik();
            Fremdrift foer = tilstand(troede.getOrDefault(s.sagId(), List.of()), fra, dag);
            Fremdrift efter = tilstand(troede.getOrDefault(s.sagId(), List.of()), til, dag);
            if (foer != efter) {
                skift.add(new Tilstandsskift(s.sagId(), s.sagsnummer(), s.kle(), fra, til, foer, efter));
            }
        }
        return new Politikskift(nyPolitik.size(), skift.size(), skift);
    }

    private static Fremdrift tilstand(List<Raekke> troede, Politik politik, LocalDate dag) {
        return Fremdriftshistorik.gaeldende(troede.stream().filter(r -> r.politik() == politik).toList(), dag).map(Raekke::fremdrift)
                .orElse(null);
    }

    private Map<UUID, List<Raekke>> troedeRaekker(Collection<UUID> sager) {
        Map<UUID, List<Raekke>> ud = new HashMap<>();
        if (sager.isEmpty()) {
            return ud;
        }
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("SELECT sag_id, politik, loebenummer, fremdrift, virkning_fra, virkning_til, "
                    + "aktoer_bruger, aktoer_rolle, registreret_fra FROM sag_fremdrift WHERE sag_id = ANY(?) AND registreret_til IS NULL");
            ps.setArray(1, uuidArray(con, sager));
            return ps;
        }, rs -> {
            Raekke r = new Raekke(rs.getObject(1, UUID.class), Politik.valueOf(rs.getString(2)), rs.getInt(3),
                    Fremdrift.valueOf(rs.getString(4)), lokal(rs.getDate(5)), lokal(rs.getDate(6)), rs.getString(7), rs.getString(8),
                    rs.getObject(9, OffsetDateTime.class).toInstant(), null);
            ud.computeIfAbsent(r.sagId(), k -> new ArrayList<>()).add(r);
        });
        return ud;
    }

    private Sagsbegrebsskift sagsbegrebsskift(List<SagIOmfang> sager, Map<UUID, Effektiv[]> indstilling) {
        int nyt = (int) sager.stream().filter(s -> indstilling.get(s.sagId())[0].sagsbegreb() != indstilling.get(s.sagId())[1].sagsbegreb())
                .count();
        Map<UUID, List<VariantSag>> prSag = new HashMap<>();
        if (!sager.isEmpty()) {
            jdbc.query(con -> {
                PreparedStatement ps = con.prepareStatement("SELECT * FROM sagsbegreb_sag WHERE sag_ids && ?");
                ps.setArray(1, uuidArray(con, sager.stream().map(SagIOmfang::sagId).toList()));
                return ps;
            }, rs -> {
                VariantSag v = VariantSag.fra(rs);
                v.sagIds().forEach(id -> prSag.computeIfAbsent(id, k -> new ArrayList<>()).add(v));
            });
        }
        Set<UUID> foer = new TreeSet<>();
        Set<UUID> efter = new TreeSet<>();
        for (SagIOmfang s : sager) {
            Effektiv[] e = indstilling.get(s.sagId());
            for (VariantSag v : prSag.getOrDefault(s.sagId(), List.of())) {
                if (v.variant() == e[0].sagsbegreb()) {
                    foer.add(v.id());
                }
                if (v.variant() == e[1].sagsbegreb()) {
                    efter.add(v.id());
                }
            }
        }
        List<UUID> nye = efter.stream().filter(id -> !foer.contains(id)).toList();
        List<UUID> forsvundne = foer.stream().filter(id -> !efter.contains(id)).toList();
        return new Sagsbegrebsskift(nyt, foer.size(), efter.size(), nye, forsvundne);
    }
}
