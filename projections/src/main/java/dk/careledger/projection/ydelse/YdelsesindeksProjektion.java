package dk.careledger.projection.ydelse;

import dk.careledger.projection.jdbc.Sqlvaerdi;
import static dk.careledger.projection.jdbc.Sqlvaerdi.dato;
import static dk.careledger.projection.jdbc.Sqlvaerdi.heltal;
import static dk.careledger.projection.jdbc.Sqlvaerdi.langt;
import static dk.careledger.projection.jdbc.Sqlvaerdi.tekst;
import static dk.careledger.projection.jdbc.Sqlvaerdi.tid;
import static dk.careledger.projection.jdbc.Sqlvaerdi.uuid;

import dk.careledger.domain.bevilling.Omfang;
import dk.careledger.domain.bevilling.Omfangsperiode;
import dk.careledger.projection.motor.Haendelse;
import dk.careledger.projection.motor.Projektion;
import dk.careledger.projection.ydelse.Leveringsperioder.AarsagTaelling;
import dk.careledger.projection.ydelse.Leveringsperioder.Periode;
import dk.careledger.projection.ydelse.Leveringsperioder.PeriodeAarsag;
import dk.careledger.projection.ydelse.Leveringsperioder.Taelling;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projection {@value #NAVN} (issue 3 item 6): the KLE-tagged Ydelsesindeks. Per batch: one query loads the ydelse rows
 * the batch touches, the events are folded in memory ({@link YdelseFold}), the changed rows are written back with one
 * batch upsert, and the leveringer are added to their periods with one additive batch upsert per table.
 */
@Component
public class YdelsesindeksProjektion implements Projektion {
    public static final String NAVN = "ydelsesindeks";

    private static final String KOLONNER = "bevilling_id, borger_id, kommune, sag_id, afgoerelse_id, indsats_kode, kle_hovedgruppe, "
            + "kle_gruppe, kle_emne, hjemmel, ydelsestype, bevilget_dato, startdato, slutdato, ophoersdato, ophoersaarsag, slut, "
            + "omfang_minutter, omfang_periode, omfang_gange, omfang_fra, ramme_minutter, ramme_periode, ramme_gange, egenbetaling_oere, "
            + "beloeb_oere, leverandoer, leverandoer_kommune, bestilt_dato, seneste_opfoelgning, seneste_opfoelgning_resultat, "
            + "naeste_opfoelgning, registreret, opdateret";

    private final JdbcTemplate jdbc;
    private final String upsert;

    public YdelsesindeksProjektion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        String[] kolonner = KOLONNER.split(", ");
        StringBuilder saet = new StringBuilder();
        for (int i = 1; i < kolonner.length; i++) {
            saet.append(i > 1 ? ", " : "").append(kolonner[i]).append(" = EXCLUDED.").append(kolonner[i]);
        }
        this.upsert = "INSERT INTO ydelse (" + KOLONNER + ") VALUES (" + "?, ".repeat(kolonner.length - 1) + "?) "
                + "ON CONFLICT (bevilling_id) DO UPDATE SET " + saet;
    }

    @Override
    public String navn() {
        return NAVN;
    }

    @Override
    public List<String> tabeller() {
        return List.of("ydelse ORDER BY bevilling_id",
                "ydelse_levering_periode ORDER BY bevilling_id, periodetype, periode_start",
                "ydelse_ikke_leveret_periode ORDER BY bevilling_id, periodetype, periode_start, aarsag");
    }

    @Override
    public void nulstil() {
        jdbc.execute("TRUNCATE ydelse, ydelse_levering_periode, ydelse_ikke_leveret_periode");
    }

    @Override
    public void anvend(List<Haendelse> haendelser) {
        Set<UUID> ids = YdelseFold.raekkenoegler(haendelser);
        List<YdelseRaekke> gemte = ids.isEmpty() ? List.of() : jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("SELECT * FROM ydelse WHERE bevilling_id = ANY(?)");
            ps.setArray(1, Sqlvaerdi.uuidArray(con, ids));
            return ps;
        }, (rs, n) -> raekke(rs));
        YdelseFold fold = new YdelseFold(gemte);
        for (Haendelse h : haendelser) {
            fold.anvend(h);
        }
        List<Object[]> raekker = new ArrayList<>();
        for (YdelseRaekke r : fold.aendrede()) {
            raekker.add(parametre(r));
        }
        if (!raekker.isEmpty()) {
            jdbc.batchUpdate(upsert, raekker);
        }
        skrivLeveringer(fold.leveringer());
    }

    private void skrivLeveringer(Leveringsperioder leveringer) {
        if (leveringer.erTom()) {
            return;
        }
        List<Object[]> perioder = new ArrayList<>();
        for (Map.Entry<Periode, Taelling> e : leveringer.perioder().entrySet()) {
            Periode p = e.getKey();
            Taelling t = e.getValue();
            perioder.add(new Object[] {uuid(p.bevillingId()), tekst(p.type().name()), dato(p.periodeStart()),
                    tekst(p.type().betegnelse(p.periodeStart())), heltal(t.antalLeveret()), langt(t.minutterLeveret()),
                    heltal(t.antalUplanlagt()), langt(t.minutterUplanlagt()), heltal(t.antalIkkeLeveret()),
                    heltal(t.antalErstatningTilbudt())});
        }
        jdbc.batchUpdate("INSERT INTO ydelse_levering_periode AS p (bevilling_id, periodetype, periode_start, periode, antal_leveret, "
                + "minutter_leveret, antal_uplanlagt, minutter_uplanlagt, antal_ikke_leveret, antal_erstatning_tilbudt) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (bevilling_id, periodetype, periode_start) DO UPDATE SET "
                + "antal_leveret = p.antal_leveret + EXCLUDED.antal_leveret, minutter_leveret = p.minutter_leveret + EXCLUDED.minutter_leveret, "
                + "antal_uplanlagt = p.antal_uplanlagt + EXCLUDED.antal_uplanlagt, "
                + "minutter_uplanlagt = p.minutter_uplanlagt + EXCLUDED.minutter_uplanlagt, "
                + "antal_ikke_leveret = p.antal_ikke_leveret + EXCLUDED.antal_ikke_leveret, "
                + "antal_erstatning_tilbudt = p.antal_erstatning_tilbudt + EXCLUDED.antal_erstatning_tilbudt", perioder);
        List<Object[]> aarsager = new ArrayList<>();
        for (Map.Entry<PeriodeAarsag, AarsagTaelling> e : leveringer.ikkeLeveret().entrySet()) {
            Periode p = e.getKey().periode();
            aarsager.add(new Object[] {uuid(p.bevillingId()), tekst(p.type().name()), dato(p.periodeStart()), tekst(e.getKey().aarsag()),
                    heltal(e.getValue().antal()), heltal(e.getValue().antalErstatningTilbudt())});
        }
        if (!aarsager.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO ydelse_ikke_leveret_periode AS p (bevilling_id, periodetype, periode_start, aarsag, antal, "
                    + "antal_erstatning_tilbudt) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (bevilling_id, periodetype, periode_start, aarsag) "
                    + "DO UPDATE SET antal = p.antal + EXCLUDED.antal, "
                    + "antal_erstatning_tilbudt = p.antal_erstatning_tilbudt + EXCLUDED.antal_erstatning_tilbudt", aarsager);
        }
    }

    private static Object[] parametre(YdelseRaekke r) {
        return new Object[] {uuid(r.bevillingId()), uuid(r.borgerId()), tekst(r.kommune()), uuid(r.sagId()), uuid(r.afgoerelseId()),
                tekst(r.indsatsKode()), tekst(r.kleHovedgruppe()), tekst(r.kleGruppe()), tekst(r.kleEmne()), tekst(r.hjemmel()),
                tekst(r.ydelsestype()), dato(r.bevilgetDato()), dato(r.startdato()), dato(r.slutdato()), dato(r.ophoersdato()),
                tekst(r.ophoersaarsag()), dato(r.slut()), heltal(r.omfang() == null ? null : r.omfang().minutter()),
                tekst(r.omfang() == null ? null : r.omfang().periode().name()), heltal(r.omfang() == null ? null : r.omfang().gange()),
                dato(r.omfangFra()), heltal(r.ramme() == null ? null : r.ramme().minutter()),
                tekst(r.ramme() == null ? null : r.ramme().periode().name()), heltal(r.ramme() == null ? null : r.ramme().gange()),
                langt(r.egenbetalingOere()), langt(r.beloebOere()), tekst(r.leverandoer()), tekst(r.leverandoerKommune()),
                dato(r.bestiltDato()), dato(r.senesteOpfoelgning()), tekst(r.senesteOpfoelgningResultat()), dato(r.naesteOpfoelgning()),
                tid(r.registreret()), tid(r.opdateret())};
    }

    /** Reads a row of table {@code ydelse}. */
    public static YdelseRaekke raekke(ResultSet rs) throws SQLException {
        return new YdelseRaekke(Sqlvaerdi.uuid(rs, "bevilling_id"), Sqlvaerdi.uuid(rs, "borger_id"), rs.getString("kommune"),
                Sqlvaerdi.uuid(rs, "sag_id"), Sqlvaerdi.uuid(rs, "afgoerelse_id"), rs.getString("indsats_kode"),
                rs.getString("kle_hovedgruppe"), rs.getString("kle_gruppe"), rs.getString("kle_emne"), rs.getString("hjemmel"),
                rs.getString("ydelsestype"), Sqlvaerdi.dato(rs, "bevilget_dato"), Sqlvaerdi.dato(rs, "startdato"),
                Sqlvaerdi.dato(rs, "slutdato"), Sqlvaerdi.dato(rs, "ophoersdato"), rs.getString("ophoersaarsag"), Sqlvaerdi.dato(rs, "slut"),
                omfang(rs, "omfang"), Sqlvaerdi.dato(rs, "omfang_fra"), omfang(rs, "ramme"), Sqlvaerdi.langt(rs, "egenbetaling_oere"),
                Sqlvaerdi.langt(rs, "beloeb_oere"), rs.getString("leverandoer"), rs.getString("leverandoer_kommune"),
                Sqlvaerdi.dato(rs, "bestilt_dato"), Sqlvaerdi.dato(rs, "seneste_opfoelgning"), rs.getString("seneste_opfoelgning_resultat"),
                Sqlvaerdi.dato(rs, "naeste_opfoelgning"), Sqlvaerdi.tid(rs, "registreret"), Sqlvaerdi.tid(rs, "opdateret"));
    }

    private static Omfang omfang(ResultSet rs, String praefiks) throws SQLException {
        String periode = rs.getString(praefiks + "_periode");
        return periode == null ? null
                : new Omfang(rs.getInt(praefiks + "_minutter"), Omfangsperiode.valueOf(periode), rs.getInt(praefiks + "_gange"));
    }
}
