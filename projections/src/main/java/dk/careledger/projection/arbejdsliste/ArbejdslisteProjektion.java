package dk.careledger.projection.arbejdsliste;

import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.henvendelse.event.HenvendelseEvent;
import dk.careledger.domain.sag.event.PartshoeringBesvaret;
import dk.careledger.domain.sag.event.PartshoeringSendt;
import dk.careledger.domain.sag.event.SagEvent;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.projection.jdbc.Masseskrivning;
import dk.careledger.projection.jdbc.Registreringshistorik;
import dk.careledger.projection.motor.Haendelse;
import dk.careledger.projection.motor.Projektion;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The caseworkers' worklists (issue 3 item 8): henvendelser not yet handled, sager waiting for their afgørelse with
 * the facts their sagsbehandlingsfrist needs, bevillinger on the venteliste and bevillinger with a planned
 * opfølgning, and partshøringer awaiting the citizen's answer — per kommune and ansvarlig enhed. Stores facts and business dates only; overdue and due are
 * computed when the lists are read (query-side {@code dk.careledger.query.arbejdsliste}).
 *
 * <p>Per batch: the ids the batch touches are collected, their rows are loaded with one query per table, the
 * events are folded into them by {@link Arbejdslistefold}, and the changed rows are written back with one batch
 * upsert per table. Nothing is deleted: rows leave a list by their dates and flags.
 *
 * <p>Record time (ADR 0031): every version a henvendelse, sag, bero period or bevilling row takes, fact by fact, is kept in
 * its {@code _historik} table with the interval of record time the ledger held it ({@link Registreringshistorik}); a link
 * keeps the earliest record time of each of its two kinds in {@code arbejdsliste_sag_henvendelse_historik}, and a
 * partshøring the record times it was sent and answered. The worklists as known at T read those.
 */
@Component
public class ArbejdslisteProjektion implements Projektion {
    public static final String NAVN = "arbejdslister";

    private static final String[] HENVENDELSE = {"henvendelse_id", "kommune", "borger_id", "kilde_kode", "kanal", "henvisning", "modtaget_dato",
        "oensket_indsats_kode", "aarsag_ejer", "aarsag_chiffer", "afklaret_dato", "haandteret_dato", "udfald"};
    private static final String[] HENVENDELSE_TYPER = {"uuid", "text", "uuid", "text", "text", "boolean", "date", "text", "uuid", "text", "date",
        "date", "text"};
    private static final String[] SAG = {"sag_id", "kommune", "enhed", "sagsnummer", "borger_id", "kle_nummer", "sagsbehandler", "titel_ejer",
        "titel_chiffer", "opstaaet_dato", "afgoerelse_dato", "afsluttet_dato", "afsluttet_uden_afgoerelse"};
    private static final String[] SAG_TYPER = {"uuid", "text", "text", "text", "uuid", "text", "text", "uuid", "text", "date", "date", "date",
        "boolean"};
    private static final String[] BERO = {"sag_id", "nr", "fra", "til"};
    private static final String[] BERO_TYPER = {"uuid", "integer", "date", "date"};
    private static final String[] BEVILLING = {"bevilling_id", "kommune", "borger_id", "sag_id", "indsats_kode", "kle_nummer", "bevilget_dato",
        "startdato", "slutdato", "ophoersdato", "seneste_opfoelgning_dato", "seneste_resultat_kode", "naeste_opfoelgning"};
    private static final String[] BEVILLING_TYPER = {"uuid", "text", "uuid", "uuid", "text", "text", "date", "date", "date", "date", "date",
        "text", "date"};
    private static final String[] LINK = {"sag_id", "henvendelse_id", "starter_frist"};
    private static final String[] LINK_TYPER = {"uuid", "uuid", "boolean"};

    private static final Masseskrivning HENVENDELSER = upsert("arbejdsliste_henvendelse", HENVENDELSE, HENVENDELSE_TYPER, "henvendelse_id");
    private static final Masseskrivning SAGER = upsert("arbejdsliste_sag", SAG, SAG_TYPER, "sag_id");
    private static final Masseskrivning BEROPERIODER = upsert("arbejdsliste_sag_bero", BERO, BERO_TYPER, "sag_id", "nr");
    private static final Masseskrivning BEVILLINGER = upsert("arbejdsliste_bevilling", BEVILLING, BEVILLING_TYPER, "bevilling_id");
    private static final Masseskrivning LINKS = new Masseskrivning("arbejdsliste_sag_henvendelse AS l", LINK, LINK_TYPER,
            "(sag_id, henvendelse_id) DO UPDATE SET starter_frist = l.starter_frist OR EXCLUDED.starter_frist");
    /** Per link and kind (starting the frist or not): the earliest record time a fact made it, whatever order they came in. */
    private static final Masseskrivning LINKHISTORIK = new Masseskrivning("arbejdsliste_sag_henvendelse_historik AS l",
            new String[] {"sag_id", "henvendelse_id", "starter_frist", Registreringshistorik.FRA}, new String[] {"uuid", "uuid", "boolean", "timestamptz"},
            "(sag_id, henvendelse_id, starter_frist) DO UPDATE SET registreret_fra = LEAST(l.registreret_fra, EXCLUDED.registreret_fra)");

    private static final Registreringshistorik HENVENDELSEHISTORIK = new Registreringshistorik("arbejdsliste_henvendelse", HENVENDELSE,
            HENVENDELSE_TYPER, "henvendelse_id");
    private static final Registreringshistorik SAGHISTORIK = new Registreringshistorik("arbejdsliste_sag", SAG, SAG_TYPER, "sag_id");
    private static final Registreringshistorik BEROHISTORIK = new Registreringshistorik("arbejdsliste_sag_bero", BERO, BERO_TYPER, "sag_id", "nr");
    private static final Registreringshistorik BEVILLINGHISTORIK = new Registreringshistorik("arbejdsliste_bevilling", BEVILLING,
            BEVILLING_TYPER, "bevilling_id");

    private final JdbcTemplate jdbc;

    private static Masseskrivning upsert(String tabel, String[] kolonner, String[] typer, String... noegler) {
        return new Masseskrivning(tabel, kolonner, typer, "(" + String.join(", ", noegler) + ") DO UPDATE SET "
                + Masseskrivning.opdaterAlle(kolonner, noegler));
    }

    public ArbejdslisteProjektion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String navn() {
        return NAVN;
    }

    @Override
    public List<String> tabeller() {
        return List.of(
                "arbejdsliste_henvendelse ORDER BY henvendelse_id",
                "arbejdsliste_sag ORDER BY sag_id",
                "arbejdsliste_sag_bero ORDER BY sag_id, nr",
                "arbejdsliste_sag_henvendelse ORDER BY sag_id, henvendelse_id",
                "arbejdsliste_bevilling ORDER BY bevilling_id",
                "arbejdsliste_partshoering ORDER BY partshoering_id",
                "arbejdsliste_henvendelse_historik ORDER BY henvendelse_id, registreret_fra",
                "arbejdsliste_sag_historik ORDER BY sag_id, registreret_fra",
                "arbejdsliste_sag_bero_historik ORDER BY sag_id, nr, registreret_fra",
                "arbejdsliste_sag_henvendelse_historik ORDER BY sag_id, henvendelse_id, starter_frist",
                "arbejdsliste_bevilling_historik ORDER BY bevilling_id, registreret_fra");
    }

    @Override
    public void nulstil() {
        // TRUNCATE, not DELETE: no dead tuples for the rebuild to write beside (see Faktalager#nulstil)
        jdbc.execute("TRUNCATE arbejdsliste_henvendelse, arbejdsliste_sag, arbejdsliste_sag_bero, arbejdsliste_sag_henvendelse, "
                + "arbejdsliste_bevilling, arbejdsliste_partshoering, arbejdsliste_henvendelse_historik, arbejdsliste_sag_historik, "
                + "arbejdsliste_sag_bero_historik, arbejdsliste_sag_henvendelse_historik, arbejdsliste_bevilling_historik");
    }

    /** Reads and writes only its own tables: a rebuild may apply it beside the others. */
    @Override
    public boolean selvstaendig() {
        return true;
    }

    @Override
    public void anvend(List<Haendelse> haendelser) {
        skrivPartshoeringer(haendelser);
        Set<UUID> henvendelseIds = new LinkedHashSet<>();
        Set<UUID> sagIds = new LinkedHashSet<>();
        Set<UUID> bevillingIds = new LinkedHashSet<>();
        List<Object> relevante = new ArrayList<>();
        for (Haendelse h : haendelser) {
            Object e = h.haendelse();
            if (!Arbejdslistefold.relevant(e)) {
                continue; // leveringer, tilstande ... change no worklist row (partshøringer have their own table, above)
            }
            relevante.add(e);
            if (e instanceof HenvendelseEvent he) {
                henvendelseIds.add(he.henvendelseId().value());
            } else if (e instanceof SagEvent se) {
                sagIds.add(se.sagId().value());
            } else if (e instanceof BevillingEvent be) {
                bevillingIds.add(be.bevillingId().value());
            }
        }
        if (relevante.isEmpty()) {
            return;
        }

        Map<UUID, HenvendelseRaekke> henvendelserFoer = hentHenvendelser(henvendelseIds);
        Map<UUID, SagRaekke> sagerFoer = hentSager(sagIds);
        Map<UUID, BevillingRaekke> bevillingerFoer = hentBevillinger(bevillingIds);
        Map<UUID, HenvendelseRaekke> henvendelser = new HashMap<>(henvendelserFoer);
        Map<UUID, SagRaekke> sager = new HashMap<>(sagerFoer);
        Map<UUID, BevillingRaekke> bevillinger = new HashMap<>(bevillingerFoer);
        Map<List<UUID>, SagHenvendelse> links = new LinkedHashMap<>();
        Map<List<Object>, Instant> linkhistorik = new LinkedHashMap<>();
        Registreringshistorik.Batch henvendelsehistorik = HENVENDELSEHISTORIK.batch();
        Registreringshistorik.Batch saghistorik = SAGHISTORIK.batch();
        Registreringshistorik.Batch berohistorik = BEROHISTORIK.batch();
        Registreringshistorik.Batch bevillinghistorik = BEVILLINGHISTORIK.batch();
        henvendelseIds.stream().filter(id -> !henvendelserFoer.containsKey(id)).forEach(henvendelsehistorik::ny);
        sagIds.stream().filter(id -> !sagerFoer.containsKey(id)).forEach(saghistorik::ny);
        bevillingIds.stream().filter(id -> !bevillingerFoer.containsKey(id)).forEach(bevillinghistorik::ny);

        for (Object e : relevante) {
            Instant registreret = registrering(e).registreringstid();
            if (e instanceof HenvendelseEvent he) {
                UUID id = he.henvendelseId().value();
                if (saet(henvendelser, id, Arbejdslistefold.evolve(henvendelser.get(id), he))) {
                    henvendelsehistorik.version(registreret, vaerdier(henvendelser.get(id)));
                }
            } else if (e instanceof SagEvent se) {
                UUID id = se.sagId().value();
                SagRaekke foer = sager.get(id);
                if (saet(sager, id, Arbejdslistefold.evolve(foer, se))) {
                    SagRaekke efter = sager.get(id);
                    if (foer == null || !Arrays.equals(vaerdier(foer), vaerdier(efter))) {
                        saghistorik.version(registreret, vaerdier(efter)); // not when only its bero periods changed
                    }
                    for (Object[] periode : beroperioder(foer, efter)) {
                        berohistorik.version(registreret, periode);
                    }
                }
            } else if (e instanceof BevillingEvent be) {
                UUID id = be.bevillingId().value();
                if (saet(bevillinger, id, Arbejdslistefold.evolve(bevillinger.get(id), be))) {
                    bevillinghistorik.version(registreret, vaerdier(bevillinger.get(id)));
                }
            }
            for (SagHenvendelse link : Arbejdslistefold.links(e)) {
                links.merge(List.of(link.sagId(), link.henvendelseId()), link, SagHenvendelse::flet);
                linkhistorik.merge(List.of(link.sagId(), link.henvendelseId(), link.starterFrist()), registreret,
                        (a, b) -> a.isBefore(b) ? a : b);
            }
        }

        HENVENDELSER.skriv(jdbc, aendrede(henvendelserFoer, henvendelser, henvendelseIds).stream().map(ArbejdslisteProjektion::vaerdier).toList());
        List<SagRaekke> aendredeSager = aendrede(sagerFoer, sager, sagIds);
        SAGER.skriv(jdbc, aendredeSager.stream().map(ArbejdslisteProjektion::vaerdier).toList());
        List<Object[]> bero = new ArrayList<>();
        for (SagRaekke s : aendredeSager) {
            bero.addAll(beroperioder(sagerFoer.get(s.sagId()), s));
        }
        BEROPERIODER.skriv(jdbc, bero);
        LINKS.skriv(jdbc, links.values().stream().map(l -> new Object[] {l.sagId(), l.henvendelseId(), l.starterFrist()}).toList());
        BEVILLINGER.skriv(jdbc, aendrede(bevillingerFoer, bevillinger, bevillingIds).stream().map(ArbejdslisteProjektion::vaerdier).toList());
        henvendelsehistorik.skriv(jdbc);
        saghistorik.skriv(jdbc);
        berohistorik.skriv(jdbc);
        bevillinghistorik.skriv(jdbc);
        LINKHISTORIK.skriv(jdbc, linkhistorik.entrySet().stream().map(l -> new Object[] {l.getKey().get(0), l.getKey().get(1), l.getKey().get(2),
            l.getValue().truncatedTo(ChronoUnit.MICROS)}).toList());
    }

    /** The fact's registrering (every event the worklists fold is a henvendelse's, a sag's or a bevilling's). */
    private static Registrering registrering(Object e) {
        if (e instanceof HenvendelseEvent he) {
            return he.registrering();
        }
        if (e instanceof SagEvent se) {
            return se.registrering();
        }
        return ((BevillingEvent) e).registrering();
    }

    /**
     * The partshøringer sent and answered in the batch. A partshøring is answered on its own sag's stream after it was
     * sent, so every row is inserted before any is marked answered; both are idempotent.
     */
    private void skrivPartshoeringer(List<Haendelse> haendelser) {
        List<Object[]> sendt = new ArrayList<>();
        List<Object[]> besvaret = new ArrayList<>();
        for (Haendelse h : haendelser) {
            if (h.haendelse() instanceof PartshoeringSendt p) {
                sendt.add(new Object[] {p.partshoeringId(), p.sagId().value(), java.sql.Date.valueOf(p.sendtDato()), java.sql.Date.valueOf(p.svarfrist()),
                    tid(p.registrering())});
            } else if (h.haendelse() instanceof PartshoeringBesvaret b) {
                besvaret.add(new Object[] {java.sql.Date.valueOf(b.besvaretDato()), tid(b.registrering()), b.partshoeringId()});
            }
        }
        if (!sendt.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO arbejdsliste_partshoering (partshoering_id, sag_id, sendt_dato, svarfrist, registreret) VALUES (?, ?, ?, ?, ?) "
                    + "ON CONFLICT (partshoering_id) DO NOTHING", sendt);
        }
        if (!besvaret.isEmpty()) {
            jdbc.batchUpdate("UPDATE arbejdsliste_partshoering SET besvaret_dato = ?, besvaret_registreret = ? WHERE partshoering_id = ?", besvaret);
        }
    }

    /** The record time of a partshøring's fact, as PostgreSQL keeps it (to the microsecond). */
    private static java.sql.Timestamp tid(Registrering r) {
        return java.sql.Timestamp.from(r.registreringstid().truncatedTo(ChronoUnit.MICROS));
    }

    /** Puts the row the fold left, and tells whether it changed (a new version). */
    private static <T> boolean saet(Map<UUID, T> rader, UUID id, T rad) {
        if (rad == null || rad.equals(rader.get(id))) {
            return false;
        }
        rader.put(id, rad);
        return true;
    }

    /** The rows that differ from what was loaded, in the order the batch first touched them. */
    private static <T> List<T> aendrede(Map<UUID, T> foer, Map<UUID, T> efter, Set<UUID> ids) {
        List<T> aendrede = new ArrayList<>();
        for (UUID id : ids) {
            T ny = efter.get(id);
            if (ny != null && !ny.equals(foer.get(id))) {
                aendrede.add(ny);
            }
        }
        return aendrede;
    }

    // ---- reading ----

    private void hent(String sql, Set<UUID> ids, RowCallbackHandler handler) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement(sql);
            ps.setArray(1, con.createArrayOf("uuid", ids.toArray()));
            return ps;
        }, handler);
    }

    private Map<UUID, HenvendelseRaekke> hentHenvendelser(Set<UUID> ids) {
        Map<UUID, HenvendelseRaekke> rader = new HashMap<>();
        hent("SELECT henvendelse_id, kommune, borger_id, kilde_kode, kanal, henvisning, modtaget_dato, oensket_indsats_kode, "
                + "aarsag_ejer, aarsag_chiffer, afklaret_dato, haandteret_dato, udfald FROM arbejdsliste_henvendelse WHERE henvendelse_id = ANY(?)",
                ids, rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    rader.put(id, new HenvendelseRaekke(id, rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5),
                            rs.getBoolean(6), dato(rs, 7), rs.getString(8), tekst(rs, 9, 10), dato(rs, 11), dato(rs, 12), rs.getString(13)));
                });
        return rader;
    }

    private Map<UUID, SagRaekke> hentSager(Set<UUID> ids) {
        Map<UUID, List<Beroperiode>> bero = new HashMap<>();
        hent("SELECT sag_id, fra, til FROM arbejdsliste_sag_bero WHERE sag_id = ANY(?) ORDER BY sag_id, nr", ids,
                rs -> bero.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new Beroperiode(dato(rs, 2), dato(rs, 3))));
        Map<UUID, SagRaekke> rader = new HashMap<>();
        hent("SELECT sag_id, kommune, enhed, sagsnummer, borger_id, kle_nummer, sagsbehandler, titel_ejer, titel_chiffer, opstaaet_dato, "
                + "afgoerelse_dato, afsluttet_dato, afsluttet_uden_afgoerelse FROM arbejdsliste_sag WHERE sag_id = ANY(?)", ids, rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    rader.put(id, new SagRaekke(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, UUID.class),
                            rs.getString(6), rs.getString(7), tekst(rs, 8, 9), dato(rs, 10), dato(rs, 11), dato(rs, 12), rs.getBoolean(13),
                            bero.getOrDefault(id, List.of())));
                });
        return rader;
    }

    private Map<UUID, BevillingRaekke> hentBevillinger(Set<UUID> ids) {
        Map<UUID, BevillingRaekke> rader = new HashMap<>();
        hent("SELECT bevilling_id, kommune, borger_id, sag_id, indsats_kode, kle_nummer, bevilget_dato, startdato, slutdato, ophoersdato, "
                + "seneste_opfoelgning_dato, seneste_resultat_kode, naeste_opfoelgning FROM arbejdsliste_bevilling WHERE bevilling_id = ANY(?)",
                ids, rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    rader.put(id, new BevillingRaekke(id, rs.getString(2), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
                            rs.getString(5), rs.getString(6), dato(rs, 7), dato(rs, 8), dato(rs, 9), dato(rs, 10), dato(rs, 11),
                            rs.getString(12), dato(rs, 13)));
                });
        return rader;
    }

    private static LocalDate dato(ResultSet rs, int kolonne) throws SQLException {
        return rs.getObject(kolonne, LocalDate.class);
    }

    private static KrypteretTekst tekst(ResultSet rs, int ejer, int chiffer) throws SQLException {
        return new KrypteretTekst(new BorgerId(rs.getObject(ejer, UUID.class)), rs.getString(chiffer));
    }

    // ---- writing: each row's values in column order ----

    private static Object[] vaerdier(HenvendelseRaekke r) {
        return new Object[] {r.henvendelseId(), r.kommune(), r.borgerId(), r.kildeKode(), r.kanal(), r.henvisning(), r.modtagetDato(),
            r.oensketIndsatsKode(), r.aarsag().ejer().value(), r.aarsag().chiffertekst(), r.afklaretDato(), r.haandteretDato(), r.udfald()};
    }

    private static Object[] vaerdier(SagRaekke r) {
        return new Object[] {r.sagId(), r.kommune(), r.enhed(), r.sagsnummer(), r.borgerId(), r.kleNummer(), r.sagsbehandler(),
            r.titel().ejer().value(), r.titel().chiffertekst(), r.opstaaetDato(), r.afgoerelseDato(), r.afsluttetDato(), r.afsluttetUdenAfgoerelse()};
    }

    private static Object[] vaerdier(BevillingRaekke r) {
        return new Object[] {r.bevillingId(), r.kommune(), r.borgerId(), r.sagId(), r.indsatsKode(), r.kleNummer(), r.bevilgetDato(),
            r.startdato(), r.slutdato(), r.ophoersdato(), r.senesteOpfoelgningDato(), r.senesteResultatKode(), r.naesteOpfoelgning()};
    }

    /**
     * The bero periods of {@code efter} that differ from {@code foer}'s (null: none before). Periods only grow or close their
     * last one, so these are all an upsert needs.
     */
    private static List<Object[]> beroperioder(SagRaekke foer, SagRaekke efter) {
        List<Beroperiode> tidligere = foer == null ? List.of() : foer.bero();
        List<Object[]> perioder = new ArrayList<>();
        for (int i = 0; i < efter.bero().size(); i++) {
            Beroperiode p = efter.bero().get(i);
            if (i >= tidligere.size() || !tidligere.get(i).equals(p)) {
                perioder.add(new Object[] {efter.sagId(), i, p.fra(), p.til()});
            }
        }
        return perioder;
    }
}
