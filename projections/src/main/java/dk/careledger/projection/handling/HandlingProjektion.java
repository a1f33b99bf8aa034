package dk.careledger.projection.handling;


import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Id;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.projection.jdbc.Masseskrivning;
import dk.careledger.projection.jdbc.Sqlvaerdi;
import dk.careledger.projection.motor.Haendelse;
import dk.careledger.projection.motor.Projektion;
import java.lang.reflect.RecordComponent;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projection {@value #NAVN} ("who did what", issue 17 item 3): a row per fact. The fields are found by name on the event
 * record, the same on every aggregate: {@code registrering} (who, their kommune, record time), {@code borgerId} and
 * {@code ejer} (on the fact that creates an aggregate: remembered for the later ones), {@code ansvarligEnhed} (a sag's
 * unit, also after a reclassification, where it is {@code ny.ansvarligEnhed}), {@code sagId} (a bevilling's sag: its facts
 * are in that sag's unit) and {@code aarsag} or else {@code begrundelse} (the reason: a code, or free text kept encrypted as
 * in the event). Per batch it loads the aggregates the
 * batch touches and their sager in two queries and writes in two statements ({@link Masseskrivning}).
 */
@Component
public class HandlingProjektion implements Projektion {
    public static final String NAVN = "handlinger";
    private static final Map<Class<?>, Map<String, RecordComponent>> FELTER = new ConcurrentHashMap<>();
    private static final String[] HANDLING_KOLONNER = {"position", "registreret", "kommune", "bruger_id", "rolle", "aggregattype", "aggregat_id",
        "haendelse", "ejer", "borger_id", "enhed", "begrundelse_kode", "begrundelse_ejer", "begrundelse_chiffer"};
    /** One statement per batch for all its rows (a row per fact: the batch's biggest write). */
    private static final Masseskrivning HANDLING = new Masseskrivning("handling", HANDLING_KOLONNER, new String[] {"bigint", "timestamptz",
        "text", "text", "text", "text", "text", "text", "text", "uuid", "text", "text", "uuid", "text"}, "(position) DO NOTHING");
    private static final String[] AGGREGAT_KOLONNER = {"aggregat_id", "borger_id", "ejer", "enhed", "sag_id"};
    private static final Masseskrivning AGGREGAT = new Masseskrivning("handling_aggregat", AGGREGAT_KOLONNER,
            new String[] {"text", "uuid", "text", "text", "text"}, "(aggregat_id) DO UPDATE SET " + Masseskrivning.opdaterAlle(AGGREGAT_KOLONNER, "aggregat_id"));

    private final JdbcTemplate jdbc;

    public HandlingProjektion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String navn() {
        return NAVN;
    }

    @Override
    public List<String> tabeller() {
        return List.of("handling ORDER BY position", "handling_aggregat ORDER BY aggregat_id");
    }

    @Override
    public void nulstil() {
        jdbc.execute("TRUNCATE handling, handling_aggregat");
    }

    @Override
    public boolean selvstaendig() {
        return true;
    }

    /** What the projection knows of an aggregate. */
    private static final class Aggregat {
        UUID borgerId;
        String ejer;
        String enhed;
        String sagId;
        boolean aendret;
    }

    @Override
    public void anvend(List<Haendelse> haendelser) {
        Set<String> ids = new LinkedHashSet<>();
        for (Haendelse h : haendelser) {
            if (h.haendelse() instanceof Record && felt(h.haendelse(), "registrering") instanceof Registrering) {
                ids.add(h.aggregatId());
                if (felt(h.haendelse(), "sagId") instanceof Id sag) {
                    ids.add(sag.value().toString());
                }
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        Map<String, Aggregat> aggregater = laes(ids);
        Set<String> sager = new LinkedHashSet<>();
        aggregater.values().forEach(a -> {
            if (a.sagId != null && !aggregater.containsKey(a.sagId)) {
                sager.add(a.sagId);
            }
        });
        if (!sager.isEmpty()) {
            aggregater.putAll(laes(sager));
        }
        List<Object[]> raekker = new ArrayList<>();
        for (Haendelse h : haendelser) {
            Object e = h.haendelse();
            if (!(e instanceof Record) || !(felt(e, "registrering") instanceof Registrering r)) {
                continue;
            }
            String id = h.aggregatId();
            Aggregat a = aggregater.computeIfAbsent(id, k -> new Aggregat());
            if (a.borgerId == null && felt(e, "borgerId") instanceof Id borger) {
                a.borgerId = borger.value();
                a.aendret = true;
            }
            if (a.ejer == null) {
                a.ejer = felt(e, "ejer") instanceof Cvr ejer ? ejer.value() : r.kommune().value();
                a.aendret = true;
            }
            Object ny = felt(e, "ny");
            Object nyEnhed = ny instanceof Record ? felt(ny, "ansvarligEnhed") : felt(e, "ansvarligEnhed");
            if (nyEnhed instanceof String enhed && !enhed.equals(a.enhed)) {
                a.enhed = enhed;
                a.aendret = true;
            }
            if (felt(e, "sagId") instanceof Id sag && !sag.value().toString().equals(id) && !sag.value().toString().equals(a.sagId)) {
                a.sagId = sag.value().toString();
                a.aendret = true;
            }
            Aggregat sag = a.sagId == null ? null : aggregater.get(a.sagId);
            String enhed = a.enhed != null ? a.enhed : sag == null ? null : sag.enhed;
            Object aarsag = felt(e, "aarsag") != null ? felt(e, "aarsag") : felt(e, "begrundelse");
            KrypteretTekst krypteret = aarsag instanceof KrypteretTekst k ? k : null;
            String kode = aarsag instanceof Enum<?> en ? en.name() : aarsag instanceof String s ? s : null;
            raekker.add(new Object[] {h.globalIndeks(), r.registreringstid(), r.kommune().value(), r.aktoer().brugerId(), r.aktoer().rolle().name(),
                    type(h.aggregattype()), id, e.getClass().getSimpleName(), a.ejer, a.borgerId, enhed, kode,
                    krypteret == null ? null : krypteret.ejer().value(), krypteret == null ? null : krypteret.chiffertekst()});
        }
        HANDLING.skriv(jdbc, raekker);
        List<Object[]> aendrede = new ArrayList<>();
        aggregater.forEach((id, a) -> {
            if (a.aendret) {
                aendrede.add(new Object[] {id, a.borgerId, a.ejer, a.enhed, a.sagId});
            }
        });
        AGGREGAT.skriv(jdbc, aendrede);
    }

    private Map<String, Aggregat> laes(Collection<String> ids) {
        Map<String, Aggregat> ud = new HashMap<>();
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("SELECT * FROM handling_aggregat WHERE aggregat_id = ANY(?)");
            ps.setArray(1, con.createArrayOf("varchar", ids.toArray()));
            return ps;
        }, rs -> {
            Aggregat a = new Aggregat();
            a.borgerId = Sqlvaerdi.uuid(rs, "borger_id");
            a.ejer = rs.getString("ejer");
            a.enhed = rs.getString("enhed");
            a.sagId = rs.getString("sag_id");
            ud.put(rs.getString("aggregat_id"), a);
        });
        return ud;
    }

    /** "BevillingAggregate" → "Bevilling". */
    private static String type(String lagret) {
        return lagret == null ? "?" : lagret.endsWith("Aggregate") ? lagret.substring(0, lagret.length() - "Aggregate".length()) : lagret;
    }

    /** The value of the record component {@code navn} of {@code haendelse}, or null when it has none. */
    static Object felt(Object haendelse, String navn) {
        if (!(haendelse instanceof Record)) {
            return null;
        }
        RecordComponent c = FELTER.computeIfAbsent(haendelse.getClass(), k -> {
            Map<String, RecordComponent> m = new HashMap<>();
            for (RecordComponent rc : k.getRecordComponents()) {
                m.put(rc.getName(), rc);
            }
            return m;
        }).get(navn);
        if (c == null) {
            return null;
        }
        try {
            return c.getAccessor().invoke(haendelse);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + navn + " of " + haendelse.getClass().getSimpleName(), e);
        }
    }
}
