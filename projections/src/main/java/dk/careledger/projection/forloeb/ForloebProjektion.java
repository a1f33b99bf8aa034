package dk.careledger.projection.forloeb;

import dk.careledger.projection.jdbc.Sqlvaerdi;
import static dk.careledger.projection.jdbc.Sqlvaerdi.dato;
import static dk.careledger.projection.jdbc.Sqlvaerdi.heltal;
import static dk.careledger.projection.jdbc.Sqlvaerdi.langt;
import static dk.careledger.projection.jdbc.Sqlvaerdi.tekst;
import static dk.careledger.projection.jdbc.Sqlvaerdi.tid;
import static dk.careledger.projection.jdbc.Sqlvaerdi.uuid;

import dk.careledger.domain.forloeb.event.ForloebEvent;
import dk.careledger.domain.forloeb.event.SagTilknyttetForloeb;
import dk.careledger.domain.sag.event.TilstandVurderet;
import dk.careledger.projection.forloeb.ForloebFold.ForloebTilstand;
import dk.careledger.projection.forloeb.ForloebFold.Tilknytning;
import dk.careledger.projection.motor.Haendelse;
import dk.careledger.projection.motor.Projektion;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Projection {@value #NAVN} (issue 3 item 5): forløb with their sager, bevillinger and tilstande. Per batch it
 * loads the rows the batch touches in a handful of {@code = ANY(?)} queries, folds the events in memory
 * ({@link ForloebFold}) and writes the changed rows back in one batch statement per table.
 */
@Component
public class ForloebProjektion implements Projektion {
    public static final String NAVN = "forloeb";

    private final JdbcTemplate jdbc;

    public ForloebProjektion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String navn() {
        return NAVN;
    }

    @Override
    public List<String> tabeller() {
        return List.of("forloeb ORDER BY forloeb_id", "forloeb_sag ORDER BY forloeb_id, sag_id",
                "forloeb_bevilling ORDER BY forloeb_id, bevilling_id", "forloeb_sagstilstand ORDER BY sag_id, fsiii_kode",
                "forloeb_tilstand ORDER BY forloeb_id, fsiii_kode");
    }

    @Override
    public void nulstil() {
        jdbc.execute("TRUNCATE forloeb, forloeb_sag, forloeb_bevilling, forloeb_sagstilstand, forloeb_tilstand");
    }

    /** Reads and writes only its own tables: a rebuild may apply it beside the others. */
    @Override
    public boolean selvstaendig() {
        return true;
    }

    @Override
    public void anvend(List<Haendelse> haendelser) {
        Set<UUID> forloebIds = new LinkedHashSet<>();
        Set<UUID> sagIds = new LinkedHashSet<>();
        for (Haendelse h : haendelser) {
            Object e = h.haendelse();
            if (e instanceof ForloebEvent f) {
                forloebIds.add(f.forloebId().value());
                if (f instanceof SagTilknyttetForloeb t) {
                    sagIds.add(t.sagId().value());
                }
            } else if (e instanceof TilstandVurderet t) {
                sagIds.add(t.sagId().value());
            }
        }
        if (forloebIds.isEmpty() && sagIds.isEmpty()) {
            return;
        }
        Map<UUID, Set<UUID>> forloebPrSag = new LinkedHashMap<>();
        List<Vurdering> sagstilstande = List.of();
        if (!sagIds.isEmpty()) {
            query("SELECT sag_id, forloeb_id FROM forloeb_sag WHERE sag_id = ANY(?)", sagIds, rs -> {
                UUID forloebId = Sqlvaerdi.uuid(rs, "forloeb_id");
                forloebPrSag.computeIfAbsent(Sqlvaerdi.uuid(rs, "sag_id"), k -> new LinkedHashSet<>()).add(forloebId);
                forloebIds.add(forloebId);
                return null;
            });
            sagstilstande = query("SELECT * FROM forloeb_sagstilstand WHERE sag_id = ANY(?)", sagIds,
                    (rs, n) -> vurdering(rs, Sqlvaerdi.uuid(rs, "sag_id")));
        }
        List<ForloebRaekke> forloeb = List.of();
        List<ForloebTilstand> forloebstilstande = List.of();
        if (!forloebIds.isEmpty()) {
            forloeb = query("SELECT * FROM forloeb WHERE forloeb_id = ANY(?)", forloebIds, (rs, n) -> forloebRaekke(rs));
            forloebstilstande = query("SELECT * FROM forloeb_tilstand WHERE forloeb_id = ANY(?)", forloebIds,
                    (rs, n) -> new ForloebTilstand(Sqlvaerdi.uuid(rs, "forloeb_id"), vurdering(rs, Sqlvaerdi.uuid(rs, "sag_id"))));
        }

        ForloebFold fold = new ForloebFold(forloeb, forloebPrSag, sagstilstande, forloebstilstande);
        for (Haendelse h : haendelser) {
            fold.anvend(h);
        }
        skriv(fold);
    }

    private void skriv(ForloebFold fold) {
        List<Object[]> forloeb = new ArrayList<>();
        for (ForloebRaekke r : fold.aendredeForloeb()) {
            forloeb.add(new Object[] {uuid(r.forloebId()), uuid(r.borgerId()), tekst(r.forloebstypeKode()), tekst(r.kleNummer()),
                    tekst(r.status()), dato(r.startdato()), dato(r.slutdato()), uuid(r.aarsagEjer()), tekst(r.aarsagChiffer()),
                    tekst(r.kommune()), tid(r.startetRegistreret()), tid(r.opdateret())});
        }
        batch("INSERT INTO forloeb (forloeb_id, borger_id, forloebstype_kode, kle_nummer, status, startdato, slutdato, aarsag_ejer, "
                + "aarsag_chiffer, kommune, startet_registreret, opdateret) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (forloeb_id) DO UPDATE SET status = EXCLUDED.status, slutdato = EXCLUDED.slutdato, "
                + "aarsag_ejer = EXCLUDED.aarsag_ejer, aarsag_chiffer = EXCLUDED.aarsag_chiffer, opdateret = EXCLUDED.opdateret", forloeb);
        batch("INSERT INTO forloeb_sag (forloeb_id, sag_id, indeks, registreret) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                tilknytninger(fold.nyeSager()));
        batch("INSERT INTO forloeb_bevilling (forloeb_id, bevilling_id, indeks, registreret) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                tilknytninger(fold.nyeBevillinger()));
        List<Object[]> sagstilstande = new ArrayList<>();
        for (Vurdering v : fold.aendredeSagstilstande()) {
            sagstilstande.add(vurderingsparametre(uuid(v.sagId()), v, false));
        }
        batch("INSERT INTO forloeb_sagstilstand (sag_id, fsiii_kode, niveau, forventet_niveau, udfoerelse_kode, betydning_kode, "
                + "vurdering_ejer, vurdering_chiffer, vurderet_dato, indeks, registreret) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (sag_id, fsiii_kode) DO UPDATE SET " + OPDATER_VURDERING, sagstilstande);
        List<Object[]> forloebstilstande = new ArrayList<>();
        for (ForloebTilstand t : fold.aendredeForloebstilstande()) {
            forloebstilstande.add(vurderingsparametre(uuid(t.forloebId()), t.vurdering(), true));
        }
        batch("INSERT INTO forloeb_tilstand (forloeb_id, fsiii_kode, sag_id, niveau, forventet_niveau, udfoerelse_kode, betydning_kode, "
                + "vurdering_ejer, vurdering_chiffer, vurderet_dato, indeks, registreret) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (forloeb_id, fsiii_kode) DO UPDATE SET sag_id = EXCLUDED.sag_id, " + OPDATER_VURDERING, forloebstilstande);
    }

    private static final String OPDATER_VURDERING = "niveau = EXCLUDED.niveau, forventet_niveau = EXCLUDED.forventet_niveau, "
            + "udfoerelse_kode = EXCLUDED.udfoerelse_kode, betydning_kode = EXCLUDED.betydning_kode, vurdering_ejer = EXCLUDED.vurdering_ejer, "
            + "vurdering_chiffer = EXCLUDED.vurdering_chiffer, vurderet_dato = EXCLUDED.vurderet_dato, indeks = EXCLUDED.indeks, "
            + "registreret = EXCLUDED.registreret";

    private static Object[] vurderingsparametre(Object noegle, Vurdering v, boolean medSag) {
        List<Object> p = new ArrayList<>(12);
        p.add(noegle);
        p.add(tekst(v.fsiiiKode()));
        if (medSag) {
            p.add(uuid(v.sagId()));
        }
        p.add(heltal(v.niveau()));
        p.add(heltal(v.forventetNiveau()));
        p.add(tekst(v.udfoerelseKode()));
        p.add(tekst(v.betydningKode()));
        p.add(uuid(v.vurderingEjer()));
        p.add(tekst(v.vurderingChiffer()));
        p.add(dato(v.vurderetDato()));
        p.add(langt(v.indeks()));
        p.add(tid(v.registreret()));
        return p.toArray();
    }

    private static List<Object[]> tilknytninger(List<Tilknytning> tilknytninger) {
        List<Object[]> ud = new ArrayList<>(tilknytninger.size());
        for (Tilknytning t : tilknytninger) {
            ud.add(new Object[] {uuid(t.forloebId()), uuid(t.id()), langt(t.indeks()), tid(t.registreret())});
        }
        return ud;
    }

    private void batch(String sql, List<Object[]> raekker) {
        if (!raekker.isEmpty()) {
            jdbc.batchUpdate(sql, raekker);
        }
    }

    private <T> List<T> query(String sql, Collection<UUID> ids, RowMapper<T> mapper) {
        return jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement(sql);
            ps.setArray(1, Sqlvaerdi.uuidArray(con, ids));
            return ps;
        }, mapper);
    }

    private void query(String sql, Collection<UUID> ids, Raekkehaandtering h) {
        query(sql, ids, (rs, n) -> h.haandter(rs));
    }

    @FunctionalInterface
    private interface Raekkehaandtering {
        Object haandter(ResultSet rs) throws SQLException;
    }

    private static ForloebRaekke forloebRaekke(ResultSet rs) throws SQLException {
        return new ForloebRaekke(Sqlvaerdi.uuid(rs, "forloeb_id"), Sqlvaerdi.uuid(rs, "borger_id"), rs.getString("forloebstype_kode"),
                rs.getString("kle_nummer"), rs.getString("status"), Sqlvaerdi.dato(rs, "startdato"), Sqlvaerdi.dato(rs, "slutdato"),
                Sqlvaerdi.uuid(rs, "aarsag_ejer"), rs.getString("aarsag_chiffer"), rs.getString("kommune"),
                Sqlvaerdi.tid(rs, "startet_registreret"), Sqlvaerdi.tid(rs, "opdateret"));
    }

    private static Vurdering vurdering(ResultSet rs, UUID sagId) throws SQLException {
        return new Vurdering(sagId, rs.getString("fsiii_kode"), Sqlvaerdi.heltal(rs, "niveau"), Sqlvaerdi.heltal(rs, "forventet_niveau"),
                rs.getString("udfoerelse_kode"), rs.getString("betydning_kode"), Sqlvaerdi.uuid(rs, "vurdering_ejer"),
                rs.getString("vurdering_chiffer"), Sqlvaerdi.dato(rs, "vurderet_dato"), rs.getLong("indeks"), Sqlvaerdi.tid(rs, "registreret"));
    }
}
