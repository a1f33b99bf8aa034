package dk.careledger.projection.sag;

import static dk.careledger.projection.jdbc.Sqlvaerdi.lokal;
import static dk.careledger.projection.jdbc.Sqlvaerdi.utc;
import static dk.careledger.projection.jdbc.Sqlvaerdi.uuidArray;

import dk.careledger.domain.sag.Fremdrift;
import dk.careledger.projection.fakta.Faktalager;
import dk.careledger.projection.fakta.Faktaudtraek;
import dk.careledger.projection.fakta.Faktum;
import dk.careledger.projection.fakta.Fordeling;
import dk.careledger.projection.jdbc.Masseskrivning;
import dk.careledger.projection.motor.Haendelse;
import dk.careledger.projection.motor.Projektion;
import dk.careledger.projection.sag.laesning.Fremdriftshistorik.Raekke;
import dk.careledger.projection.sag.laesning.SagTilstand.Afgoerelse;
import dk.careledger.projection.sag.laesning.SagTilstand.IBero;
import dk.careledger.projection.sag.laesning.SagTilstand.Klage;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import dk.careledger.projection.sag.laesning.Fremdriftshistorik;
import dk.careledger.domain.indstilling.Politik;
import dk.careledger.projection.sag.laesning.SagTilstand;

/**
 * Projection "sager": per sag the Sags- og Dokumentindeks fields ({@code sag}), its periods i bero ({@code sag_i_bero})
 * and its bitemporal fremdrift history under every {@link Politik} ({@code sag_fremdrift}).
 *
 * <p>Per batch: the relevant events become {@link Faktum facts}, routed to their sag ({@link Fordeling#PR_SAG}: a bevilling
 * joins the sag it was given on, a forløb's end reaches the sager tied to it; a bevilling without a sag is ignored);
 * the new facts are stored and each touched sag's facts are read back in one query; each sag is recomputed from its
 * facts ({@link Fremdriftshistorik}, pure); and only rows that differ from the stored ones are written, one statement
 * per table ({@link Masseskrivning}). Recomputing from the stored facts makes the rows independent of batch boundaries
 * and of the order in which a gap-aware stream delivers concurrent commits (a fact arriving late is sorted into place by
 * its global index, and the rows recomputed).
 */
@Component
public class SagerProjektion implements Projektion {
    public static final String NAVN = "sager";
    private static final String[] SAG_KOLONNER = {"sag_id", "sagsnummer", "titel_ejer", "titel_chiffertekst", "kle_nummer",
        "handlingsfacet", "foelsomhed", "ejer", "ansvarlig_enhed", "primaer_behandler", "primaer_behandler_fra", "borger_id", "sagsstatus",
        "sagsstatus_dato", "opstaaet_dato", "kommune", "oprettet_registreret", "seneste_afgoerelse_id", "seneste_afgoerelse_type",
        "seneste_afgoerelse_truffet", "seneste_afgoerelse_sendt", "seneste_afgoerelse_virkning", "klagevejledning_givet",
        "klagefrist_sidste_dag", "antal_afgoerelser", "seneste_klage_modtaget", "antal_klager", "i_bero", "under_revisitation",
        "afsluttet_dato", "afslutningsaarsag", "antal_bevillinger", "antal_forloeb", "senest_registreret"};
    private static final String[] SAG_TYPER = {"uuid", "varchar", "uuid", "text", "varchar", "varchar", "varchar", "varchar", "varchar",
        "varchar", "date", "uuid", "varchar", "date", "date", "varchar", "timestamptz", "uuid", "varchar", "date", "date", "date", "boolean",
        "date", "int", "date", "int", "boolean", "boolean", "date", "varchar", "int", "int", "timestamptz"};
    private static final Masseskrivning SAG = new Masseskrivning("sag", SAG_KOLONNER, SAG_TYPER,
            "(sag_id) DO UPDATE SET " + Masseskrivning.opdaterAlle(SAG_KOLONNER, "sag_id"));
    private static final String[] FREMDRIFT_KOLONNER = {"sag_id", "politik", "loebenummer", "fremdrift", "virkning_fra", "virkning_til",
        "aktoer_bruger", "aktoer_rolle", "registreret_fra", "registreret_til"};
    private static final Masseskrivning FREMDRIFT = new Masseskrivning("sag_fremdrift", FREMDRIFT_KOLONNER,
            new String[] {"uuid", "varchar", "int", "varchar", "date", "date", "varchar", "varchar", "timestamptz", "timestamptz"},
            "(sag_id, politik, loebenummer) DO UPDATE SET " + Masseskrivning.opdaterAlle(FREMDRIFT_KOLONNER, "sag_id", "politik", "loebenummer"));
    private static final Masseskrivning I_BERO = new Masseskrivning("sag_i_bero", new String[] {"sag_id", "loebenummer", "fra", "til", "anmodning_id"},
            new String[] {"uuid", "int", "date", "date", "uuid"},
            "(sag_id, loebenummer) DO UPDATE SET fra = EXCLUDED.fra, til = EXCLUDED.til, anmodning_id = EXCLUDED.anmodning_id");

    private final JdbcTemplate jdbc;
    private final Faktalager lager;

    public SagerProjektion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.lager = new Faktalager(jdbc, "sag_fakta", "sag_reference", Fordeling.PR_SAG);
    }

    @Override
    public String navn() {
        return NAVN;
    }

    @Override
    public List<String> tabeller() {
        return List.of("sag_fakta ORDER BY noegle, globalt_indeks", "sag_reference ORDER BY ref_id, noegle", "sag ORDER BY sag_id",
                "sag_fremdrift ORDER BY sag_id, politik, loebenummer", "sag_i_bero ORDER BY sag_id, loebenummer");
    }

    @Override
    public void nulstil() {
        lager.nulstil();
        // TRUNCATE, not DELETE: no dead tuples for the rebuild to write beside (see Faktalager#nulstil)
        jdbc.execute("TRUNCATE sag_fremdrift, sag_i_bero, sag");
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
        List<Fremdriftshistorik.Resultat> resultater = new ArrayList<>();
        pr.forEach((sagId, liste) -> resultater.add(Fremdriftshistorik.beregn(sagId, liste)));
        skrivSager(resultater);
        skrivFremdrift(pr.keySet().stream().toList(), resultater);
        skrivIBero(pr.keySet().stream().toList(), resultater);
    }

    private void skrivSager(List<Fremdriftshistorik.Resultat> resultater) {
        List<Object[]> raekker = new ArrayList<>();
        for (Fremdriftshistorik.Resultat r : resultater) {
            if (r.tilstand().findes()) {
                raekker.add(sagRaekke(r.tilstand()));
            }
        }
        if (raekker.isEmpty()) {
            return;
        }
        SAG.skriv(jdbc, raekker);
    }

    /** The row's values for {@link Masseskrivning}: dates as LocalDate (a java.sql.Date costs a Calendar to print). */
    static Object[] sagRaekke(SagTilstand t) {
        Faktum.SagOprettet o = t.oprettet();
        Afgoerelse a = t.senesteAfgoerelse();
        Klage klage = t.klager().isEmpty() ? null : t.klager().get(t.klager().size() - 1);
        SagTilstand.Afslutning afslutning = t.afslutning();
        return new Object[] {t.sagId(), t.sagsnummer(), o.titelEjer(), o.titelChiffertekst(), t.kleNummer(), o.handlingsfacet(),
            o.foelsomhed().name(), t.ejer(), o.ansvarligEnhed(), t.behandler(), t.behandlerFra(), t.borgerId(), t.sagsstatus(),
            t.sagsstatusDato(), o.opstaaetDato(), o.kommune(),
            utc(o.registreret()), a == null ? null : a.id(), a == null ? null : a.type(), a == null ? null : a.truffet(),
            a == null ? null : a.sendt(), a == null ? null : a.virkning(), a == null ? null : a.klagevejledning(),
            a == null ? null : a.klagefristSidsteDag(), t.afgoerelser().size(), klage == null ? null : klage.modtaget(),
            t.klager().size(), t.erIBero(), t.underRevisitation(), afslutning == null ? null : afslutning.dato(),
            afslutning == null ? null : afslutning.udenAfgoerelseAarsag(),
            t.bevillinger().size(), t.forloeb().size(), utc(t.senestRegistreret())};
    }

    private void skrivFremdrift(List<UUID> sager, List<Fremdriftshistorik.Resultat> resultater) {
        Map<String, Raekke> gemte = new HashMap<>();
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("SELECT sag_id, politik, loebenummer, fremdrift, virkning_fra, virkning_til, "
                    + "aktoer_bruger, aktoer_rolle, registreret_fra, registreret_til FROM sag_fremdrift WHERE sag_id = ANY(?)");
            ps.setArray(1, uuidArray(con, sager));
            return ps;
        }, rs -> {
            OffsetDateTime til = rs.getObject(10, OffsetDateTime.class);
            Raekke r = new Raekke(rs.getObject(1, UUID.class), Politik.valueOf(rs.getString(2)), rs.getInt(3),
                    Fremdrift.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7),
                    rs.getString(8), rs.getObject(9, OffsetDateTime.class).toInstant(), til == null ? null : til.toInstant());
            gemte.put(noegle(r), r);
        });
        List<Object[]> skriv = new ArrayList<>();
        for (Fremdriftshistorik.Resultat res : resultater) {
            for (Raekke r : res.raekker()) {
                Raekke gemt = gemte.remove(noegle(r));
                if (!r.equals(gemt)) {
                    skriv.add(new Object[] {r.sagId(), r.politik().name(), r.loebenummer(), r.fremdrift().name(), r.virkningFra(),
                        r.virkningTil(), r.aktoerBruger(), r.aktoerRolle(), utc(r.registreretFra()), utc(r.registreretTil())});
                }
            }
        }
        if (!gemte.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM sag_fremdrift WHERE sag_id = ? AND politik = ? AND loebenummer = ?",
                    gemte.values().stream().map(r -> new Object[] {r.sagId(), r.politik().name(), r.loebenummer()}).toList(),
                    new int[] {Types.OTHER, Types.VARCHAR, Types.INTEGER});
        }
        FREMDRIFT.skriv(jdbc, skriv);
    }

    private static String noegle(Raekke r) {
        return r.sagId() + "/" + r.politik() + "/" + r.loebenummer();
    }

    private void skrivIBero(List<UUID> sager, List<Fremdriftshistorik.Resultat> resultater) {
        Map<String, Object[]> gemte = new HashMap<>();
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("SELECT sag_id, loebenummer, fra, til, anmodning_id FROM sag_i_bero WHERE sag_id = ANY(?)");
            ps.setArray(1, uuidArray(con, sager));
            return ps;
        }, rs -> {
            UUID sag = rs.getObject(1, UUID.class);
            int nr = rs.getInt(2);
            gemte.put(sag + "/" + nr, new Object[] {sag, nr, lokal(rs.getDate(3)), lokal(rs.getDate(4)), rs.getObject(5, UUID.class)});
        });
        List<Object[]> skriv = new ArrayList<>();
        for (Fremdriftshistorik.Resultat res : resultater) {
            List<IBero> perioder = res.tilstand().iBero();
            for (int i = 0; i < perioder.size(); i++) {
                IBero b = perioder.get(i);
                Object[] ny = {res.tilstand().sagId(), i + 1, b.fra(), b.til(), b.anmodningId()};
                Object[] gemt = gemte.remove(res.tilstand().sagId() + "/" + (i + 1));
                if (gemt == null || !java.util.Arrays.equals(ny, gemt)) {
                    skriv.add(new Object[] {ny[0], ny[1], b.fra(), b.til(), b.anmodningId()});
                }
            }
        }
        if (!gemte.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM sag_i_bero WHERE sag_id = ? AND loebenummer = ?",
                    gemte.values().stream().map(g -> new Object[] {g[0], g[1]}).toList(), new int[] {Types.OTHER, Types.INTEGER});
        }
        I_BERO.skriv(jdbc, skriv);
    }
}
