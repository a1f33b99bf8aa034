package dk.careledger.projection.borger;

import dk.careledger.projection.jdbc.Sqlvaerdi;
import static dk.careledger.projection.jdbc.Sqlvaerdi.dato;
import static dk.careledger.projection.jdbc.Sqlvaerdi.heltal;
import static dk.careledger.projection.jdbc.Sqlvaerdi.langt;
import static dk.careledger.projection.jdbc.Sqlvaerdi.sandhed;
import static dk.careledger.projection.jdbc.Sqlvaerdi.tekst;
import static dk.careledger.projection.jdbc.Sqlvaerdi.tid;
import static dk.careledger.projection.jdbc.Sqlvaerdi.uuid;

import dk.careledger.projection.motor.Haendelse;
import dk.careledger.projection.motor.Projektion;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Projection {@value #NAVN} (issue 3 item 7): the citizen's sager, current tilstande and henvendelser, each keyed or
 * indexed by borger_id, for the citizen overview (which adds the forløb and ydelse rows of the other two
 * projections at query time). Per batch: at most four {@code = ANY(?)} loads, a fold in memory
 * ({@link BorgeroverblikFold}), one batch upsert per table.
 */
@Component
public class BorgeroverblikProjektion implements Projektion {
    public static final String NAVN = "borgeroverblik";

    private final JdbcTemplate jdbc;

    public BorgeroverblikProjektion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String navn() {
        return NAVN;
    }

    @Override
    public List<String> tabeller() {
        return List.of("borgeroverblik_sag ORDER BY sag_id", "borgeroverblik_tilstand ORDER BY borger_id, fsiii_kode",
                "borgeroverblik_henvendelse ORDER BY henvendelse_id");
    }

    @Override
    public void nulstil() {
        jdbc.execute("TRUNCATE borgeroverblik_sag, borgeroverblik_tilstand, borgeroverblik_henvendelse");
    }

    /** Reads and writes only its own tables: a rebuild may apply it beside the others. */
    @Override
    public boolean selvstaendig() {
        return true;
    }

    @Override
    public void anvend(List<Haendelse> haendelser) {
        Set<UUID> sagIds = BorgeroverblikFold.sagIds(haendelser);
        Set<UUID> henvendelseIds = BorgeroverblikFold.henvendelseIds(haendelser);
        if (sagIds.isEmpty() && henvendelseIds.isEmpty()) {
            return;
        }
        List<BorgerSag> sager = query("SELECT * FROM borgeroverblik_sag WHERE sag_id = ANY(?)", sagIds, (rs, n) -> sag(rs));
        Map<UUID, UUID> borgerPrSag = new LinkedHashMap<>();
        for (BorgerSag s : sager) {
            borgerPrSag.put(s.sagId(), s.borgerId());
        }
        Set<UUID> borgere = BorgeroverblikFold.vurderedeBorgere(haendelser, borgerPrSag);
        List<BorgerTilstand> tilstande = query("SELECT * FROM borgeroverblik_tilstand WHERE borger_id = ANY(?)", borgere,
                (rs, n) -> tilstand(rs));
        List<BorgerHenvendelse> henvendelser = query("SELECT * FROM borgeroverblik_henvendelse WHERE henvendelse_id = ANY(?)",
                henvendelseIds, (rs, n) -> henvendelse(rs));

        BorgeroverblikFold fold = new BorgeroverblikFold(sager, tilstande, henvendelser);
        for (Haendelse h : haendelser) {
            fold.anvend(h);
        }

        List<Object[]> sagsraekker = new ArrayList<>();
        for (BorgerSag s : fold.aendredeSager()) {
            sagsraekker.add(new Object[] {uuid(s.sagId()), uuid(s.borgerId()), tekst(s.sagsnummer()), uuid(s.titelEjer()),
                    tekst(s.titelChiffer()), tekst(s.kleNummer()), tekst(s.handlingsfacet()), tekst(s.foelsomhed()), tekst(s.ejer()),
                    tekst(s.ansvarligEnhed()), tekst(s.sagsbehandler()), tekst(s.fremdrift()), tekst(s.lokalStatus()), sandhed(s.iBero()),
                    sandhed(s.underRevisitation()), dato(s.opstaaetDato()), tekst(s.afgoerelsestype()), dato(s.afgjortDato()),
                    heltal(s.antalKlager()), dato(s.afsluttetDato()), tekst(s.afslutningsaarsag()), tid(s.registreret()),
                    tid(s.opdateret()), tid(s.rettet())});
        }
        batch("INSERT INTO borgeroverblik_sag (sag_id, borger_id, sagsnummer, titel_ejer, titel_chiffer, kle_nummer, handlingsfacet, "
                + "foelsomhed, ejer, ansvarlig_enhed, sagsbehandler, fremdrift, lokal_status, i_bero, under_revisitation, opstaaet_dato, "
                + "afgoerelsestype, afgjort_dato, antal_klager, afsluttet_dato, afslutningsaarsag, registreret, opdateret, rettet) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sag_id) DO UPDATE SET "
                + "titel_ejer = EXCLUDED.titel_ejer, titel_chiffer = EXCLUDED.titel_chiffer, kle_nummer = EXCLUDED.kle_nummer, "
                + "handlingsfacet = EXCLUDED.handlingsfacet, foelsomhed = EXCLUDED.foelsomhed, ansvarlig_enhed = EXCLUDED.ansvarlig_enhed, "
                + "rettet = EXCLUDED.rettet, sagsbehandler = EXCLUDED.sagsbehandler, fremdrift = EXCLUDED.fremdrift, lokal_status = EXCLUDED.lokal_status, "
                + "i_bero = EXCLUDED.i_bero, under_revisitation = EXCLUDED.under_revisitation, afgoerelsestype = EXCLUDED.afgoerelsestype, "
                + "afgjort_dato = EXCLUDED.afgjort_dato, antal_klager = EXCLUDED.antal_klager, afsluttet_dato = EXCLUDED.afsluttet_dato, "
                + "afslutningsaarsag = EXCLUDED.afslutningsaarsag, opdateret = EXCLUDED.opdateret", sagsraekker);

        List<Object[]> tilstandsraekker = new ArrayList<>();
        for (BorgerTilstand t : fold.aendredeTilstande()) {
            tilstandsraekker.add(new Object[] {uuid(t.borgerId()), tekst(t.fsiiiKode()), uuid(t.sagId()), heltal(t.niveau()),
                    heltal(t.forventetNiveau()), tekst(t.udfoerelseKode()), tekst(t.betydningKode()), uuid(t.vurderingEjer()),
                    tekst(t.vurderingChiffer()), dato(t.vurderetDato()), langt(t.indeks()), tid(t.registreret())});
        }
        batch("INSERT INTO borgeroverblik_tilstand (borger_id, fsiii_kode, sag_id, niveau, forventet_niveau, udfoerelse_kode, "
                + "betydning_kode, vurdering_ejer, vurdering_chiffer, vurderet_dato, indeks, registreret) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (borger_id, fsiii_kode) DO UPDATE SET sag_id = EXCLUDED.sag_id, niveau = EXCLUDED.niveau, "
                + "forventet_niveau = EXCLUDED.forventet_niveau, udfoerelse_kode = EXCLUDED.udfoerelse_kode, "
                + "betydning_kode = EXCLUDED.betydning_kode, vurdering_ejer = EXCLUDED.vurdering_ejer, "
                + "vurdering_chiffer = EXCLUDED.vurdering_chiffer, vurderet_dato = EXCLUDED.vurderet_dato, indeks = EXCLUDED.indeks, "
                + "registreret = EXCLUDED.registreret", tilstandsraekker);

        List<Object[]> henvendelsesraekker = new ArrayList<>();
        for (BorgerHenvendelse h : fold.aendredeHenvendelser()) {
            henvendelsesraekker.add(new Object[] {uuid(h.henvendelseId()), uuid(h.borgerId()), tekst(h.kildeKode()), tekst(h.kanal()),
                    dato(h.modtagetDato()), uuid(h.aarsagEjer()), tekst(h.aarsagChiffer()), tekst(h.oensketIndsatsKode()),
                    sandhed(h.henvisning()), heltal(h.antalAfklaringer()), dato(h.senestAfklaret()), dato(h.haandteretDato()),
                    tekst(h.udfald()), tekst(h.kommune()), tid(h.registreret())});
        }
        batch("INSERT INTO borgeroverblik_henvendelse (henvendelse_id, borger_id, kilde_kode, kanal, modtaget_dato, aarsag_ejer, "
                + "aarsag_chiffer, oensket_indsats_kode, henvisning, antal_afklaringer, senest_afklaret, haandteret_dato, udfald, kommune, "
                + "registreret) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (henvendelse_id) DO UPDATE SET "
                + "antal_afklaringer = EXCLUDED.antal_afklaringer, senest_afklaret = EXCLUDED.senest_afklaret, "
                + "haandteret_dato = EXCLUDED.haandteret_dato, udfald = EXCLUDED.udfald", henvendelsesraekker);
    }

    private void batch(String sql, List<Object[]> raekker) {
        if (!raekker.isEmpty()) {
            jdbc.batchUpdate(sql, raekker);
        }
    }

    private <T> List<T> query(String sql, Collection<UUID> ids, RowMapper<T> mapper) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement(sql);
            ps.setArray(1, Sqlvaerdi.uuidArray(con, ids));
            return ps;
        }, mapper);
    }

    private static BorgerSag sag(ResultSet rs) throws SQLException {
        return new BorgerSag(Sqlvaerdi.uuid(rs, "sag_id"), Sqlvaerdi.uuid(rs, "borger_id"), rs.getString("sagsnummer"),
                Sqlvaerdi.uuid(rs, "titel_ejer"), rs.getString("titel_chiffer"), rs.getString("kle_nummer"), rs.getString("handlingsfacet"),
                rs.getString("foelsomhed"), rs.getString("ejer"), rs.getString("ansvarlig_enhed"), rs.getString("sagsbehandler"),
                rs.getString("fremdrift"), rs.getBoolean("i_bero"), rs.getBoolean("under_revisitation"), Sqlvaerdi.dato(rs, "opstaaet_dato"),
                rs.getString("afgoerelsestype"), Sqlvaerdi.dato(rs, "afgjort_dato"), rs.getInt("antal_klager"),
                Sqlvaerdi.dato(rs, "afsluttet_dato"), rs.getString("afslutningsaarsag"), Sqlvaerdi.tid(rs, "registreret"),
                Sqlvaerdi.tid(rs, "opdateret"), Sqlvaerdi.tid(rs, "rettet"));
    }

    private static BorgerTilstand tilstand(ResultSet rs) throws SQLException {
        return new BorgerTilstand(Sqlvaerdi.uuid(rs, "borger_id"), rs.getString("fsiii_kode"), Sqlvaerdi.uuid(rs, "sag_id"),
                Sqlvaerdi.heltal(rs, "niveau"), Sqlvaerdi.heltal(rs, "forventet_niveau"), rs.getString("udfoerelse_kode"),
                rs.getString("betydning_kode"), Sqlvaerdi.uuid(rs, "vurdering_ejer"), rs.getString("vurdering_chiffer"),
                Sqlvaerdi.dato(rs, "vurderet_dato"), rs.getLong("indeks"), Sqlvaerdi.tid(rs, "registreret"));
    }

    private static BorgerHenvendelse henvendelse(ResultSet rs) throws SQLException {
        return new BorgerHenvendelse(Sqlvaerdi.uuid(rs, "henvendelse_id"), Sqlvaerdi.uuid(rs, "borger_id"), rs.getString("kilde_kode"),
                rs.getString("kanal"), Sqlvaerdi.dato(rs, "modtaget_dato"), Sqlvaerdi.uuid(rs, "aarsag_ejer"), rs.getString("aarsag_chiffer"),
                rs.getString("oensket_indsats_kode"), rs.getBoolean("henvisning"), rs.getInt("antal_afklaringer"),
                Sqlvaerdi.dato(rs, "senest_afklaret"), Sqlvaerdi.dato(rs, "haandteret_dato"), rs.getString("udfald"), rs.getString("kommune"),
                Sqlvaerdi.tid(rs, "registreret"))
        ;
    }
}
