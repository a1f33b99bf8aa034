package dk.careledger.projection.arbejdsliste;

import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.henvendelse.event.HenvendelseEvent;
import dk.careledger.domain.sag.event.PartshoeringBesvaret;
import dk.careledger.domain.sag.event.PartshoeringSendt;
import dk.careledger.domain.sag.event.SagEvent;
import dk.careledger.projection.motor.Haendelse;
import dk.careledger.projection.motor.Projektion;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 */
@Component
public class ArbejdslisteProjektion implements Projektion {
    public static final String NAVN = "arbejdslister";

    private final JdbcTemplate jdbc;

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
                "arbejdsliste_partshoering ORDER BY partshoering_id");
    }

    @Override
    public void nulstil() {
        // TRUNCATE, not DELETE: no dead tuples for the rebuild to write beside (see Faktalager#nulstil)
        jdbc.execute("TRUNCATE arbejdsliste_henvendelse, arbejdsliste_sag, arbejdsliste_sag_bero, arbejdsliste_sag_henvendelse, "
                + "arbejdsliste_bevilling, arbejdsliste_partshoering");
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

        for (Object e : relevante) {
            if (e instanceof HenvendelseEvent he) {
                UUID id = he.henvendelseId().value();
                saet(henvendelser, id, Arbejdslistefold.evolve(henvendelser.get(id), he));
            } else if (e instanceof SagEvent se) {
                UUID id = se.sagId().value();
                saet(sager, id, Arbejdslistefold.evolve(sager.get(id), se));
            } else if (e instanceof BevillingEvent be) {
                UUID id = be.bevillingId().value();
                saet(bevillinger, id, Arbejdslistefold.evolve(bevillinger.get(id), be));
            }
            for (SagHenvendelse link : Arbejdslistefold.links(e)) {
                links.merge(List.of(link.sagId(), link.henvendelseId()), link, SagHenvendelse::flet);
            }
        }

        skrivHenvendelser(aendrede(henvendelserFoer, henvendelser, henvendelseIds));
        List<SagRaekke> aendredeSager = aendrede(sagerFoer, sager, sagIds);
        skrivSager(aendredeSager);
        skrivBero(aendredeSager.stream().filter(s -> sagerFoer.get(s.sagId()) == null
                || !sagerFoer.get(s.sagId()).bero().equals(s.bero())).toList());
        skrivLinks(links.values());
        skrivBevillinger(aendrede(bevillingerFoer, bevillinger, bevillingIds));
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
                sendt.add(new Object[] {p.partshoeringId(), p.sagId().value(), java.sql.Date.valueOf(p.sendtDato()), java.sql.Date.valueOf(p.svarfrist())});
            } else if (h.haendelse() instanceof PartshoeringBesvaret b) {
                besvaret.add(new Object[] {java.sql.Date.valueOf(b.besvaretDato()), b.partshoeringId()});
            }
        }
        if (!sendt.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO arbejdsliste_partshoering (partshoering_id, sag_id, sendt_dato, svarfrist) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (partshoering_id) DO NOTHING", sendt);
        }
        if (!besvaret.isEmpty()) {
            jdbc.batchUpdate("UPDATE arbejdsliste_partshoering SET besvaret_dato = ? WHERE partshoering_id = ?", besvaret);
        }
    }

    private static <T> void saet(Map<UUID, T> rader, UUID id, T rad) {
        if (rad != null) {
            rader.put(id, rad);
        }
    }

    /** The rows that differ from what was loaded, in the order the batch first touched them. */
    private static <T> List<T> aendrede(Map<UUID, T> foer, Map<UUID, T> efter, Set<UUID> ids) {
        List<T> aendrede = new ArrayList<>();
        for (UUID id : ids) {
            T ny = efter.get(id);
            if (ny != null && !Objects.equals(foer.get(id), ny)) {
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

    // ---- writing ----

    /** One batch statement: {@code saetter} fills the parameters of one row. */
    private <T> void skriv(String sql, List<T> rader, Saetter<T> saetter) {
        if (rader.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(sql, rader, rader.size(), saetter::saet);
    }

    @FunctionalInterface
    private interface Saetter<T> {
        void saet(PreparedStatement ps, T rad) throws SQLException;
    }

    private void skrivHenvendelser(List<HenvendelseRaekke> rader) {
        skriv("INSERT INTO arbejdsliste_henvendelse (henvendelse_id, kommune, borger_id, kilde_kode, kanal, henvisning, modtaget_dato, "
                + "oensket_indsats_kode, aarsag_ejer, aarsag_chiffer, afklaret_dato, haandteret_dato, udfald) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) "
                + "ON CONFLICT (henvendelse_id) DO UPDATE SET kommune = EXCLUDED.kommune, borger_id = EXCLUDED.borger_id, "
                + "kilde_kode = EXCLUDED.kilde_kode, kanal = EXCLUDED.kanal, henvisning = EXCLUDED.henvisning, "
                + "modtaget_dato = EXCLUDED.modtaget_dato, oensket_indsats_kode = EXCLUDED.oensket_indsats_kode, "
                + "aarsag_ejer = EXCLUDED.aarsag_ejer, aarsag_chiffer = EXCLUDED.aarsag_chiffer, afklaret_dato = EXCLUDED.afklaret_dato, "
                + "haandteret_dato = EXCLUDED.haandteret_dato, udfald = EXCLUDED.udfald", rader, (ps, r) -> {
                    uuid(ps, 1, r.henvendelseId());
                    ps.setString(2, r.kommune());
                    uuid(ps, 3, r.borgerId());
                    ps.setString(4, r.kildeKode());
                    ps.setString(5, r.kanal());
                    ps.setBoolean(6, r.henvisning());
                    dato(ps, 7, r.modtagetDato());
                    ps.setString(8, r.oensketIndsatsKode());
                    uuid(ps, 9, r.aarsag().ejer().value());
                    ps.setString(10, r.aarsag().chiffertekst());
                    dato(ps, 11, r.afklaretDato());
                    dato(ps, 12, r.haandteretDato());
                    ps.setString(13, r.udfald());
                });
    }

    private void skrivSager(List<SagRaekke> rader) {
        skriv("INSERT INTO arbejdsliste_sag (sag_id, kommune, enhed, sagsnummer, borger_id, kle_nummer, sagsbehandler, titel_ejer, "
                + "titel_chiffer, opstaaet_dato, afgoerelse_dato, afsluttet_dato, afsluttet_uden_afgoerelse) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) "
                + "ON CONFLICT (sag_id) DO UPDATE SET kommune = EXCLUDED.kommune, enhed = EXCLUDED.enhed, sagsnummer = EXCLUDED.sagsnummer, "
                + "borger_id = EXCLUDED.borger_id, kle_nummer = EXCLUDED.kle_nummer, sagsbehandler = EXCLUDED.sagsbehandler, "
                + "titel_ejer = EXCLUDED.titel_ejer, titel_chiffer = EXCLUDED.titel_chiffer, opstaaet_dato = EXCLUDED.opstaaet_dato, "
                + "afgoerelse_dato = EXCLUDED.afgoerelse_dato, afsluttet_dato = EXCLUDED.afsluttet_dato, "
                + "afsluttet_uden_afgoerelse = EXCLUDED.afsluttet_uden_afgoerelse", rader, (ps, r) -> {
                    uuid(ps, 1, r.sagId());
                    ps.setString(2, r.kommune());
                    ps.setString(3, r.enhed());
                    ps.setString(4, r.sagsnummer());
                    uuid(ps, 5, r.borgerId());
                    ps.setString(6, r.kleNummer());
                    ps.setString(7, r.sagsbehandler());
                    uuid(ps, 8, r.titel().ejer().value());
                    ps.setString(9, r.titel().chiffertekst());
                    dato(ps, 10, r.opstaaetDato());
                    dato(ps, 11, r.afgoerelseDato());
                    dato(ps, 12, r.afsluttetDato());
                    ps.setBoolean(13, r.afsluttetUdenAfgoerelse());
                });
    }

    /** Bero periods only grow or close their last one, so an upsert of every period of a changed sag suffices. */
    private void skrivBero(List<SagRaekke> sager) {
        record Periode(UUID sagId, int nr, Beroperiode periode) {
        }
        List<Periode> perioder = new ArrayList<>();
        for (SagRaekke s : sager) {
            for (int i = 0; i < s.bero().size(); i++) {
                perioder.add(new Periode(s.sagId(), i, s.bero().get(i)));
            }
        }
        skriv("INSERT INTO arbejdsliste_sag_bero (sag_id, nr, fra, til) VALUES (?,?,?,?) "
                + "ON CONFLICT (sag_id, nr) DO UPDATE SET fra = EXCLUDED.fra, til = EXCLUDED.til", perioder, (ps, p) -> {
                    uuid(ps, 1, p.sagId());
                    ps.setInt(2, p.nr());
                    dato(ps, 3, p.periode().fra());
                    dato(ps, 4, p.periode().til());
                });
    }

    private void skrivLinks(Collection<SagHenvendelse> links) {
        skriv("INSERT INTO arbejdsliste_sag_henvendelse (sag_id, henvendelse_id, starter_frist) VALUES (?,?,?) "
                + "ON CONFLICT (sag_id, henvendelse_id) DO UPDATE SET starter_frist = arbejdsliste_sag_henvendelse.starter_frist OR EXCLUDED.starter_frist",
                List.copyOf(links), (ps, l) -> {
                    uuid(ps, 1, l.sagId());
                    uuid(ps, 2, l.henvendelseId());
                    ps.setBoolean(3, l.starterFrist());
                });
    }

    private void skrivBevillinger(List<BevillingRaekke> rader) {
        skriv("INSERT INTO arbejdsliste_bevilling (bevilling_id, kommune, borger_id, sag_id, indsats_kode, kle_nummer, bevilget_dato, "
                + "startdato, slutdato, ophoersdato, seneste_opfoelgning_dato, seneste_resultat_kode, naeste_opfoelgning) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (bevilling_id) DO UPDATE SET kommune = EXCLUDED.kommune, "
                + "borger_id = EXCLUDED.borger_id, sag_id = EXCLUDED.sag_id, indsats_kode = EXCLUDED.indsats_kode, "
                + "kle_nummer = EXCLUDED.kle_nummer, bevilget_dato = EXCLUDED.bevilget_dato, startdato = EXCLUDED.startdato, "
                + "slutdato = EXCLUDED.slutdato, ophoersdato = EXCLUDED.ophoersdato, "
                + "seneste_opfoelgning_dato = EXCLUDED.seneste_opfoelgning_dato, seneste_resultat_kode = EXCLUDED.seneste_resultat_kode, "
                + "naeste_opfoelgning = EXCLUDED.naeste_opfoelgning", rader, (ps, r) -> {
                    uuid(ps, 1, r.bevillingId());
                    ps.setString(2, r.kommune());
                    uuid(ps, 3, r.borgerId());
                    uuid(ps, 4, r.sagId());
                    ps.setString(5, r.indsatsKode());
                    ps.setString(6, r.kleNummer());
                    dato(ps, 7, r.bevilgetDato());
                    dato(ps, 8, r.startdato());
                    dato(ps, 9, r.slutdato());
                    dato(ps, 10, r.ophoersdato());
                    dato(ps, 11, r.senesteOpfoelgningDato());
                    ps.setString(12, r.senesteResultatKode());
                    dato(ps, 13, r.naesteOpfoelgning());
                });
    }

    private static void uuid(PreparedStatement ps, int i, UUID v) throws SQLException {
        ps.setObject(i, v, Types.OTHER);
    }

    private static void dato(PreparedStatement ps, int i, LocalDate v) throws SQLException {
        ps.setObject(i, v, Types.DATE);
    }
}
