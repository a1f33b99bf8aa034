package dk.careledger.projection.ydelse;

import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.projection.jdbc.Masseskrivning;
import dk.careledger.projection.jdbc.Registreringshistorik;
import dk.careledger.projection.jdbc.Sqlvaerdi;

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
import dk.careledger.projection.ydelse.laesning.YdelseRaekke;

/**
 * Projection {@value #NAVN} (issue 3 item 6): the KLE-tagged Ydelsesindeks. Per batch: one query loads the ydelse rows
 * the batch touches, the events are folded in memory ({@link YdelseFold}), the changed rows are written back with one
 * upsert statement, and the leveringer, summed per bevilling and period in memory, are added to their periods with one
 * additive upsert statement per table ({@link Masseskrivning}). Each version a ydelse row takes, fact by fact, is kept in
 * {@code ydelse_historik} with the record time it was held ({@link Registreringshistorik}, ADR 0031).
 */
@Component
public class YdelsesindeksProjektion implements Projektion {
    public static final String NAVN = "ydelsesindeks";

    private static final String[] KOLONNER = {"bevilling_id", "borger_id", "kommune", "sag_id", "afgoerelse_id", "indsats_kode",
        "kle_hovedgruppe", "kle_gruppe", "kle_emne", "hjemmel", "ydelsestype", "bevilget_dato", "startdato", "slutdato", "ophoersdato",
        "ophoersaarsag", "slut", "omfang_minutter", "omfang_periode", "omfang_gange", "omfang_fra", "ramme_minutter", "ramme_periode",
        "ramme_gange", "egenbetaling_oere", "beloeb_oere", "leverandoer", "leverandoer_kommune", "bestilt_dato", "seneste_opfoelgning",
        "seneste_opfoelgning_resultat", "naeste_opfoelgning", "registreret", "opdateret", "rettet"};
    private static final String[] TYPER = {"uuid", "uuid", "text", "uuid", "uuid", "text", "text", "text", "text", "text", "text", "date", "date",
        "date", "date", "text", "date", "integer", "text", "integer", "date", "integer", "text", "integer", "bigint", "bigint", "text", "text", "date",
        "date", "text", "date", "timestamptz", "timestamptz", "timestamptz"};
    private static final Masseskrivning YDELSE = new Masseskrivning("ydelse", KOLONNER, TYPER,
            "(bevilling_id) DO UPDATE SET " + Masseskrivning.opdaterAlle(KOLONNER, "bevilling_id"));
    /** Every version of a ydelse row in record time (ADR 0031): the kommune-wide search as known at T reads it. */
    private static final Registreringshistorik HISTORIK = new Registreringshistorik("ydelse", KOLONNER, TYPER, "bevilling_id");
    /** Additive: each batch adds its counts per period to the stored ones (one row per bevilling and period per batch). */
    private static final Masseskrivning PERIODER = new Masseskrivning("ydelse_levering_periode AS p", new String[] {"bevilling_id",
        "periodetype", "periode_start", "periode", "antal_leveret", "minutter_leveret", "antal_uplanlagt", "minutter_uplanlagt",
        "antal_ikke_leveret", "antal_erstatning_tilbudt"},
            new String[] {"uuid", "text", "date", "text", "integer", "bigint", "integer", "bigint", "integer", "integer"},
            "(bevilling_id, periodetype, periode_start) DO UPDATE SET " + Masseskrivning.laegTil("p", "antal_leveret", "minutter_leveret",
                    "antal_uplanlagt", "minutter_uplanlagt", "antal_ikke_leveret", "antal_erstatning_tilbudt"));
    private static final Masseskrivning AARSAGER = new Masseskrivning("ydelse_ikke_leveret_periode AS p", new String[] {"bevilling_id",
        "periodetype", "periode_start", "aarsag", "antal", "antal_erstatning_tilbudt"},
            new String[] {"uuid", "text", "date", "text", "integer", "integer"},
            "(bevilling_id, periodetype, periode_start, aarsag) DO UPDATE SET " + Masseskrivning.laegTil("p", "antal", "antal_erstatning_tilbudt"));

    private final JdbcTemplate jdbc;

    public YdelsesindeksProjektion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String navn() {
        return NAVN;
    }

    @Override
    public List<String> tabeller() {
        return List.of("ydelse ORDER BY bevilling_id",
                "ydelse_levering_periode ORDER BY bevilling_id, periodetype, periode_start",
                "ydelse_ikke_leveret_periode ORDER BY bevilling_id, periodetype, periode_start, aarsag",
                "ydelse_historik ORDER BY bevilling_id, registreret_fra");
    }

    @Override
    public void nulstil() {
        jdbc.execute("TRUNCATE ydelse, ydelse_levering_periode, ydelse_ikke_leveret_periode, ydelse_historik");
    }

    /** Reads and writes only its own tables: a rebuild may apply it beside the others. */
    @Override
    public boolean selvstaendig() {
        return true;
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
        Registreringshistorik.Batch historik = HISTORIK.batch();
        Set<UUID> gemteIds = new java.util.HashSet<>();
        gemte.forEach(r -> gemteIds.add(r.bevillingId()));
        ids.stream().filter(id -> !gemteIds.contains(id)).forEach(historik::ny);
        for (Haendelse h : haendelser) {
            YdelseRaekke foer = h.haendelse() instanceof BevillingEvent b ? fold.ydelse(b.bevillingId().value()) : null;
            fold.anvend(h);
            if (h.haendelse() instanceof BevillingEvent b) {
                YdelseRaekke efter = fold.ydelse(b.bevillingId().value());
                if (efter != null && efter != foer) {
                    historik.version(b.registrering().registreringstid(), vaerdier(efter));
                }
            }
        }
        List<Object[]> raekker = new ArrayList<>();
        for (YdelseRaekke r : fold.aendrede()) {
            raekker.add(vaerdier(r));
        }
        YDELSE.skriv(jdbc, raekker);
        historik.skriv(jdbc);
        skrivLeveringer(fold.leveringer());
    }

    private void skrivLeveringer(Leveringsperioder leveringer) {
        if (leveringer.erTom()) {
            return;
        }
        Map<Periode, Taelling> sorterede = leveringer.perioder();
        List<Object[]> perioder = new ArrayList<>(sorterede.size());
        for (Map.Entry<Periode, Taelling> e : sorterede.entrySet()) {
            Periode p = e.getKey();
            Taelling t = e.getValue();
            perioder.add(new Object[] {p.bevillingId(), p.type().name(), p.periodeStart(), p.type().betegnelse(p.periodeStart()),
                t.antalLeveret(), t.minutterLeveret(), t.antalUplanlagt(), t.minutterUplanlagt(), t.antalIkkeLeveret(),
                t.antalErstatningTilbudt()});
        }
        PERIODER.skriv(jdbc, perioder);
        Map<PeriodeAarsag, AarsagTaelling> ikkeLeveret = leveringer.ikkeLeveret();
        List<Object[]> aarsager = new ArrayList<>(ikkeLeveret.size());
        for (Map.Entry<PeriodeAarsag, AarsagTaelling> e : ikkeLeveret.entrySet()) {
            Periode p = e.getKey().periode();
            aarsager.add(new Object[] {p.bevillingId(), p.type().name(), p.periodeStart(), e.getKey().aarsag(), e.getValue().antal(),
                e.getValue().antalErstatningTilbudt()});
        }
        AARSAGER.skriv(jdbc, aarsager);
    }

    private static Object[] vaerdier(YdelseRaekke r) {
        Omfang o = r.omfang();
        Omfang ra = r.ramme();
        return new Object[] {r.bevillingId(), r.borgerId(), r.kommune(), r.sagId(), r.afgoerelseId(), r.indsatsKode(), r.kleHovedgruppe(),
            r.kleGruppe(), r.kleEmne(), r.hjemmel(), r.ydelsestype(), r.bevilgetDato(), r.startdato(), r.slutdato(), r.ophoersdato(),
            r.ophoersaarsag(), r.slut(), o == null ? null : o.minutter(), o == null ? null : o.periode().name(), o == null ? null : o.gange(),
            r.omfangFra(), ra == null ? null : ra.minutter(), ra == null ? null : ra.periode().name(), ra == null ? null : ra.gange(),
            r.egenbetalingOere(), r.beloebOere(), r.leverandoer(), r.leverandoerKommune(), r.bestiltDato(), r.senesteOpfoelgning(),
            r.senesteOpfoelgningResultat(), r.naesteOpfoelgning(), r.registreret(), r.opdateret(), r.rettet()};
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
                Sqlvaerdi.dato(rs, "naeste_opfoelgning"), Sqlvaerdi.tid(rs, "registreret"), Sqlvaerdi.tid(rs, "opdateret"),
                Sqlvaerdi.tid(rs, "rettet"));
    }

    private static Omfang omfang(ResultSet rs, String praefiks) throws SQLException {
        String periode = rs.getString(praefiks + "_periode");
        return periode == null ? null
                : new Omfang(rs.getInt(praefiks + "_minutter"), Omfangsperiode.valueOf(periode), rs.getInt(praefiks + "_gange"));
    }
}
