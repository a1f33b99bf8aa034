package dk.careledger.projection.sag.sagsbegreb;

import static dk.careledger.projection.jdbc.Sqlvaerdi.lokal;
import static dk.careledger.projection.jdbc.Sqlvaerdi.uuidArray;

import dk.careledger.domain.sag.Fremdrift;
import dk.careledger.projection.fakta.Faktalager;
import dk.careledger.projection.fakta.Faktaudtraek;
import dk.careledger.projection.fakta.Faktum;
import dk.careledger.projection.fakta.Fordeling;
import dk.careledger.projection.jdbc.Masseskrivning;
import dk.careledger.projection.motor.Haendelse;
import dk.careledger.projection.motor.Projektion;
import dk.careledger.domain.indstilling.Sagsbegreb;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import dk.careledger.projection.sag.sagsbegreb.laesning.Sagsbegrebsberegning;
import dk.careledger.projection.sag.sagsbegreb.laesning.Tidslinjer;
import dk.careledger.projection.sag.sagsbegreb.laesning.VariantSag;

/**
 * Projection "sagsbegreb": every case-concept variant's sag list ({@code sagsbegreb_sag}), side by side, from the same
 * facts. Keyed by citizen ({@link Fordeling#PR_BORGER}): when a fact about one of a citizen's sager, forløb or
 * bevillinger arrives, all the citizen's variant rows are recomputed from the citizen's stored facts
 * ({@link Sagsbegrebsberegning}, pure) and only the rows that differ are written.
 */
@Component
public class SagsbegrebProjektion implements Projektion {
    public static final String NAVN = "sagsbegreb";
    private static final String KOLONNER = "id, variant, noegle, kommune, borger_id, omraade, titel_basis, titel_kode, titel_ejer, "
            + "titel_chiffertekst, fremdrift, fremdrift_fra, opstaaet_dato, afsluttet_dato, tidslinje, sag_ids, bevilling_ids, forloeb_id";
    private static final Masseskrivning SKRIVNING = new Masseskrivning("sagsbegreb_sag", KOLONNER.split(", "), new String[] {"uuid",
        "varchar", "varchar", "varchar", "uuid", "varchar", "varchar", "varchar", "uuid", "text", "varchar", "date", "date", "date", "text",
        "uuid[]", "uuid[]", "uuid"}, "(id) DO UPDATE SET " + Masseskrivning.opdaterAlle(KOLONNER.split(", "), "id"));

    private final JdbcTemplate jdbc;
    private final Faktalager lager;

    public SagsbegrebProjektion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.lager = new Faktalager(jdbc, "sagsbegreb_fakta", "sagsbegreb_reference", Fordeling.PR_BORGER);
    }

    @Override
    public String navn() {
        return NAVN;
    }

    @Override
    public List<String> tabeller() {
        return List.of("sagsbegreb_fakta ORDER BY noegle, globalt_indeks", "sagsbegreb_reference ORDER BY ref_id, noegle",
                "sagsbegreb_sag ORDER BY id");
    }

    @Override
    public void nulstil() {
        lager.nulstil();
        // TRUNCATE, not DELETE: no dead tuples for the rebuild to write beside (see Faktalager#nulstil)
        jdbc.execute("TRUNCATE sagsbegreb_sag");
    }

    /** Reads and writes only its own tables: a rebuild may apply it beside the others. */
    @Override
    public boolean selvstaendig() {
        return true;
    }

    @Override
    public void anvend(List<Haendelse> haendelser) {
        Map<UUID, List<Faktum>> pr = lager.gemOgHent(Faktaudtraek.alle(haendelser));
        if (pr.isEmpty()) {
            return;
        }
        Map<UUID, VariantSag> gemte = hent(pr.keySet());
        List<VariantSag> skriv = new ArrayList<>();
        pr.forEach((borger, liste) -> {
            for (VariantSag v : Sagsbegrebsberegning.beregn(borger, liste)) {
                VariantSag gemt = gemte.remove(v.id());
                if (!v.equals(gemt)) {
                    skriv.add(v);
                }
            }
        });
        if (!gemte.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM sagsbegreb_sag WHERE id = ?", gemte.keySet().stream().map(id -> new Object[] {id}).toList(),
                    new int[] {Types.OTHER});
        }
        SKRIVNING.skriv(jdbc, skriv.stream().map(v -> new Object[] {v.id(), v.variant().name(), v.noegle(), v.kommune(), v.borgerId(),
            v.omraade(), v.titelBasis(), v.titelKode(), v.titelEjer(), v.titelChiffertekst(), v.fremdrift().name(), v.fremdriftFra(),
            v.opstaaetDato(), v.afsluttetDato(), Tidslinjer.json(v.tidslinje()), array(v.sagIds()), array(v.bevillingIds()), v.forloebId()})
                .toList());
    }

    /** A PostgreSQL array literal of the ids, e.g. {@code {a,b}}. */
    private static String array(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    private Map<UUID, VariantSag> hent(java.util.Collection<UUID> borgere) {
        Map<UUID, VariantSag> gemte = new HashMap<>();
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("SELECT " + KOLONNER + " FROM sagsbegreb_sag WHERE borger_id = ANY(?)");
            ps.setArray(1, uuidArray(con, borgere));
            return ps;
        }, rs -> {
            VariantSag v = VariantSag.fra(rs);
            gemte.put(v.id(), v);
        });
        return gemte;
    }
}
