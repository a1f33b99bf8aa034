package dk.careledger.query.forloeb;

import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Dekryptering;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.katalog.Forloebstype;
import dk.careledger.domain.katalog.FsiiiKode;
import dk.careledger.domain.katalog.Katalog;
import dk.careledger.domain.katalog.KleEmne;
import dk.careledger.query.ydelse.Ydelse;
import dk.careledger.query.ydelse.Ydelseslaeser;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Reads the forløb projection (tables {@code forloeb}, {@code forloeb_sag}, {@code forloeb_bevilling},
 * {@code forloeb_tilstand}), with the sag fields from {@code borgeroverblik_sag} and the ydelser from the ydelsesindeks.
 */
@Service
public class ForloebLaeser {
    /** What a forgotten citizen's text reads as. */
    public static final String SLETTET = "[slettet]";

    private static final String OVERSIGT = "SELECT f.*, "
            + "ARRAY(SELECT s.sag_id FROM forloeb_sag s WHERE s.forloeb_id = f.forloeb_id ORDER BY s.indeks) AS sager, "
            + "ARRAY(SELECT b.bevilling_id FROM forloeb_bevilling b WHERE b.forloeb_id = f.forloeb_id ORDER BY b.indeks) AS bevillinger "
            + "FROM forloeb f";

    private final JdbcTemplate jdbc;
    private final Dekryptering dekryptering;
    private final Katalog katalog;
    private final Ydelseslaeser ydelser;

    public ForloebLaeser(JdbcTemplate jdbc, Dekryptering dekryptering, Katalog katalog, Ydelseslaeser ydelser) {
        this.jdbc = jdbc;
        this.dekryptering = dekryptering;
        this.katalog = katalog;
        this.ydelser = ydelser;
    }

    /** Forløb by citizen and/or status (null = any), earliest start first, at most {@code graense}. */
    public List<ForloebOversigt> soeg(UUID borgerId, String status, int graense) {
        return soeg(borgerId, status, graense, null);
    }

    /** As {@link #soeg(UUID, String, int)}, only the forløb of {@code kommune} (any when null). */
    public List<ForloebOversigt> soeg(UUID borgerId, String status, int graense, String kommune) {
        StringBuilder sql = new StringBuilder(OVERSIGT).append(" WHERE TRUE");
        List<Object> args = new ArrayList<>();
        if (kommune != null) {
            sql.append(" AND f.kommune = ?");
            args.add(kommune);
        }
        if (borgerId != null) {
            sql.append(" AND f.borger_id = ?");
            args.add(borgerId);
        }
        if (status != null) {
            sql.append(" AND f.status = ?");
            args.add(status);
        }
        sql.append(" ORDER BY f.startdato, f.forloeb_id LIMIT ?");
        args.add(graense);
        return jdbc.query(sql.toString(), (rs, n) -> oversigt(rs), args.toArray());
    }

    /** Every forløb of the citizen, latest start first (one query). */
    public List<ForloebOversigt> forBorger(UUID borgerId) {
        return jdbc.query(OVERSIGT + " WHERE f.borger_id = ? ORDER BY f.startdato DESC, f.forloeb_id", (rs, n) -> oversigt(rs), borgerId);
    }

    /** Every forløb of the citizen in {@code kommune}, latest start first (one query). */
    public List<ForloebOversigt> forBorger(UUID borgerId, String kommune) {
        return jdbc.query(OVERSIGT + " WHERE f.borger_id = ? AND f.kommune = ? ORDER BY f.startdato DESC, f.forloeb_id", (rs, n) -> oversigt(rs),
                borgerId, kommune);
    }

    /** One forløb with its sager, bevillinger and tilstande, or empty when the projection does not know it. */
    public Optional<ForloebDetalje> hent(UUID forloebId) {
        List<ForloebDetalje> fundet = jdbc.query("SELECT * FROM forloeb WHERE forloeb_id = ?", (rs, n) -> detalje(rs), forloebId);
        if (fundet.isEmpty()) {
            return Optional.empty();
        }
        ForloebDetalje f = fundet.get(0);
        List<ForloebDetalje.Sag> sager = jdbc.query("SELECT fs.sag_id, fs.registreret, s.sagsnummer, s.titel_ejer, s.titel_chiffer, "
                + "s.kle_nummer, s.fremdrift, s.lokal_status FROM forloeb_sag fs LEFT JOIN borgeroverblik_sag s ON s.sag_id = fs.sag_id "
                + "WHERE fs.forloeb_id = ? ORDER BY fs.indeks", (rs, n) -> new ForloebDetalje.Sag(rs.getObject("sag_id", UUID.class),
                        tid(rs, "registreret"), rs.getString("sagsnummer"), tekst(rs.getObject("titel_ejer", UUID.class), rs.getString("titel_chiffer")),
                        rs.getString("kle_nummer"), rs.getString("fremdrift"), rs.getString("lokal_status")), forloebId);
        List<UUID> bevillingIds = new ArrayList<>();
        List<Instant> tilknyttet = new ArrayList<>();
        jdbc.query("SELECT bevilling_id, registreret FROM forloeb_bevilling WHERE forloeb_id = ? ORDER BY indeks", rs -> {
            bevillingIds.add(rs.getObject("bevilling_id", UUID.class));
            tilknyttet.add(tid(rs, "registreret"));
        }, forloebId);
        Map<UUID, Ydelse> ydelsesdata = ydelser.forBevillinger(bevillingIds);
        List<ForloebDetalje.Bevilling> bevillinger = new ArrayList<>();
        for (int i = 0; i < bevillingIds.size(); i++) {
            bevillinger.add(new ForloebDetalje.Bevilling(bevillingIds.get(i), tilknyttet.get(i), ydelsesdata.get(bevillingIds.get(i))));
        }
        List<Tilstand> tilstande = jdbc.query("SELECT * FROM forloeb_tilstand WHERE forloeb_id = ? ORDER BY fsiii_kode", (rs, n) -> tilstand(rs),
                forloebId);
        return Optional.of(new ForloebDetalje(f.forloebId(), f.borgerId(), f.forloebstypeKode(), f.forloebstypeNavn(), f.kleNummer(),
                f.kleTitel(), f.status(), f.startdato(), f.slutdato(), f.afslutningsaarsag(), f.kommune(), sager, bevillinger, tilstande));
    }

    /** Reads a tilstand row ({@code forloeb_tilstand} or {@code borgeroverblik_tilstand}: the same columns). */
    public Tilstand tilstand(ResultSet rs) throws SQLException {
        String kode = rs.getString("fsiii_kode");
        return new Tilstand(kode, katalog.fsiii(kode).map(FsiiiKode::titel).orElse(null), heltal(rs, "niveau"), heltal(rs, "forventet_niveau"),
                rs.getString("udfoerelse_kode"), rs.getString("betydning_kode"),
                tekst(rs.getObject("vurdering_ejer", UUID.class), rs.getString("vurdering_chiffer")),
                rs.getObject("vurderet_dato", LocalDate.class), rs.getObject("sag_id", UUID.class));
    }

    /** Decrypts stored ciphertext: null when there was no text, {@value #SLETTET} when the citizen is forgotten. */
    public String tekst(UUID ejer, String chiffer) {
        if (chiffer == null || ejer == null) {
            return null;
        }
        return dekryptering.dekrypter(new KrypteretTekst(new BorgerId(ejer), chiffer)).orElse(SLETTET);
    }

    private ForloebDetalje detalje(ResultSet rs) throws SQLException {
        String type = rs.getString("forloebstype_kode");
        String kle = rs.getString("kle_nummer");
        return new ForloebDetalje(rs.getObject("forloeb_id", UUID.class), rs.getObject("borger_id", UUID.class), type,
                katalog.forloebstype(type).map(Forloebstype::navn).orElse(null), kle, katalog.kleEmne(kle).map(KleEmne::titel).orElse(null),
                rs.getString("status"), rs.getObject("startdato", LocalDate.class), rs.getObject("slutdato", LocalDate.class),
                tekst(rs.getObject("aarsag_ejer", UUID.class), rs.getString("aarsag_chiffer")), rs.getString("kommune"), List.of(), List.of(),
                List.of());
    }

    private ForloebOversigt oversigt(ResultSet rs) throws SQLException {
        String type = rs.getString("forloebstype_kode");
        return new ForloebOversigt(rs.getObject("forloeb_id", UUID.class), rs.getObject("borger_id", UUID.class), type,
                katalog.forloebstype(type).map(Forloebstype::navn).orElse(null), rs.getString("kle_nummer"), rs.getString("status"),
                rs.getObject("startdato", LocalDate.class), rs.getObject("slutdato", LocalDate.class), uuider(rs.getArray("sager")),
                uuider(rs.getArray("bevillinger")));
    }

    private static List<UUID> uuider(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] vaerdier = (Object[]) array.getArray();
        return Arrays.stream(vaerdier).map(v -> v instanceof UUID u ? u : UUID.fromString(v.toString())).toList();
    }

    private static Integer heltal(ResultSet rs, String kolonne) throws SQLException {
        int v = rs.getInt(kolonne);
        return rs.wasNull() ? null : v;
    }

    private static Instant tid(ResultSet rs, String kolonne) throws SQLException {
        OffsetDateTime t = rs.getObject(kolonne, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
