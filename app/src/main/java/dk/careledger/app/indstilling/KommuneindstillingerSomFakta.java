package dk.careledger.app.indstilling;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.careledger.commandside.infra.EventJson;
import dk.careledger.commandside.kommando.Aggregattype;
import dk.careledger.domain.felles.Aktoer;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.Rolle;
import dk.careledger.domain.indstilling.Politik;
import dk.careledger.domain.indstilling.Sagsbegreb;
import dk.careledger.domain.indstilling.Titelkilde;
import dk.careledger.domain.indstilling.event.AfslutningspolitikFastsat;
import dk.careledger.domain.indstilling.event.BorgerblikFastsat;
import dk.careledger.domain.indstilling.event.KommuneindstillingEvent;
import dk.careledger.domain.indstilling.event.SagsbegrebFastsat;
import dk.careledger.domain.indstilling.event.SagsbehandlingsfristFastsat;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * The one-time migration V205 (ADR 0021): the kommune settings that were stored as rows before they became facts
 * ({@code sag_politik_konfiguration}, {@code sagsbehandlingsfrist}, {@code borgerblik_konfiguration}) become the first
 * facts of each kommune's settings aggregate, with their original record time ({@code registreret}) and user
 * ({@code registreret_af}, in the role {@code KONFIGURATOR}) and their original effective date ({@code gyldig_fra}).
 *
 * <p>Per kommune, in the order they were registered: a policy row becomes {@link AfslutningspolitikFastsat} and
 * {@link SagsbegrebFastsat} (a row always held both), a frist row {@link SagsbehandlingsfristFastsat}, a Borgerblik row
 * {@link BorgerblikFastsat}. They are appended to {@code domain_event_entry} as the aggregate would have appended them
 * (payload as {@link EventJson}, revision, metadata naming the migration). Each row is then stored again under the
 * global index of its (first) event, which is the id the projections give it: the new projections, built from the first
 * event on start-up without emptying their tables, find the row already there, so the settings never disappear while
 * they catch up, and a later rebuild gives the same rows. The shipped frist defaults ({@code 00000000}) are reference
 * data, not a kommune's facts, and stay as they are. A Spring bean: Spring Boot hands it to Flyway, which runs it once,
 * after every SQL migration before it.
 */
@Component
public class KommuneindstillingerSomFakta implements JavaMigration {
    private static final ObjectMapper JSON = EventJson.objectMapper();

    private record Raekke(String tabel, long id, OffsetDateTime registreret, List<KommuneindstillingEvent> fakta) {
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("205");
    }

    @Override
    public String getDescription() {
        return "kommuneindstillinger som fakta";
    }

    @Override
    public Integer getChecksum() {
        return 205_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection con = context.getConnection();
        List<Raekke> raekker = new ArrayList<>();
        raekker.addAll(laes(con, "SELECT id, kommune, kle_praefiks, politik, sagsbegreb, gyldig_fra, registreret, registreret_af "
                + "FROM sag_politik_konfiguration", rs -> {
                    Registrering r = registrering(rs, 7);
                    Cvr k = new Cvr(rs.getString(2));
                    LocalDate fra = rs.getDate(6).toLocalDate();
                    return new Raekke("sag_politik_konfiguration", rs.getLong(1), rs.getObject(7, OffsetDateTime.class), List.of(
                            new AfslutningspolitikFastsat(k, rs.getString(3), Politik.valueOf(rs.getString(4)), fra, r),
                            new SagsbegrebFastsat(k, rs.getString(3), Sagsbegreb.valueOf(rs.getString(5)), fra, r)));
                }));
        raekker.addAll(laes(con, "SELECT id, kommune, kle_praefiks, indsats_kode, frist_dage, gyldig_fra, registreret, registreret_af "
                + "FROM sagsbehandlingsfrist WHERE kommune <> '00000000'", rs -> new Raekke("sagsbehandlingsfrist", rs.getLong(1),
                        rs.getObject(7, OffsetDateTime.class), List.of(new SagsbehandlingsfristFastsat(new Cvr(rs.getString(2)), rs.getString(3),
                                rs.getString(4), rs.getInt(5), rs.getDate(6).toLocalDate(), registrering(rs, 7))))));
        raekker.addAll(laes(con, "SELECT id, kommune, kle_praefiks, gyldig_fra, titel_kilde, dokumenttitler, fradato, vis_aeldre_aktive, "
                + "niveau2, skjul_for_borger, registreret, registreret_af FROM borgerblik_konfiguration", rs -> {
                    Date fradato = rs.getDate(7);
                    return new Raekke("borgerblik_konfiguration", rs.getLong(1), rs.getObject(11, OffsetDateTime.class), List.of(
                            new BorgerblikFastsat(new Cvr(rs.getString(2)), rs.getString(3), rs.getDate(4).toLocalDate(),
                                    Titelkilde.valueOf(rs.getString(5)), rs.getBoolean(6), fradato == null ? null : fradato.toLocalDate(),
                                    rs.getBoolean(8), rs.getBoolean(9), rs.getBoolean(10), registrering(rs, 11))));
                }));
        if (raekker.isEmpty()) {
            return;
        }
        // the order they were registered in; rows of the same moment by table and id
        raekker.sort(Comparator.comparing(Raekke::registreret).thenComparing(Raekke::tabel).thenComparingLong(Raekke::id));
        Map<String, Long> sekvens = new HashMap<>();
        Map<String, Map<Long, Long>> nyeIds = new LinkedHashMap<>();
        for (Raekke r : raekker) {
            Long foerste = null;
            for (KommuneindstillingEvent e : r.fakta()) {
                String kommune = e.kommune().value();
                long nr = sekvens.computeIfAbsent(kommune, k -> naesteSekvens(con, k));
                sekvens.put(kommune, nr + 1);
                long indeks = tilfoej(con, e, nr, r.tabel() + ":" + r.id());
                foerste = foerste == null ? indeks : foerste;
            }
            nyeIds.computeIfAbsent(r.tabel(), t -> new LinkedHashMap<>()).put(r.id(), foerste);
        }
        try (Statement s = con.createStatement()) {
            for (Map.Entry<String, Map<Long, Long>> tabel : nyeIds.entrySet()) {
                // two steps, so that no new id meets an old one that has not moved yet
                s.executeUpdate("UPDATE " + tabel.getKey() + " SET id = -id - 1000000000 WHERE id > 0");
                try (PreparedStatement ps = con.prepareStatement("UPDATE " + tabel.getKey() + " SET id = ? WHERE id = ?")) {
                    for (Map.Entry<Long, Long> id : tabel.getValue().entrySet()) {
                        ps.setLong(1, id.getValue());
                        ps.setLong(2, -id.getKey() - 1_000_000_000L);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
        }
    }

    private interface Raekkelaeser {
        Raekke laes(ResultSet rs) throws SQLException;
    }

    private static List<Raekke> laes(Connection con, String sql, Raekkelaeser laeser) throws SQLException {
        List<Raekke> ud = new ArrayList<>();
        try (Statement s = con.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ud.add(laeser.laes(rs));
            }
        }
        return ud;
    }

    private static Registrering registrering(ResultSet rs, int registreretKolonne) throws SQLException {
        return new Registrering(new Cvr(rs.getString("kommune")), new Aktoer(rs.getString(registreretKolonne + 1), Rolle.KONFIGURATOR),
                rs.getObject(registreretKolonne, OffsetDateTime.class).toInstant());
    }

    private static long naesteSekvens(Connection con, String kommune) {
        try (PreparedStatement ps = con.prepareStatement("SELECT coalesce(max(sequence_number), -1) + 1 FROM domain_event_entry "
                + "WHERE aggregate_identifier = ?")) {
            ps.setString(1, kommune);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Appends the fact as the settings aggregate would have; returns its global index. */
    private static long tilfoej(Connection con, KommuneindstillingEvent e, long sekvens, String kilde) throws Exception {
        Instant tid = e.registrering().registreringstid();
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("kommune", e.kommune().value());
        metadata.put("brugerId", e.registrering().aktoer().brugerId());
        metadata.put("rolle", Rolle.KONFIGURATOR.name());
        metadata.put("migrering", "V205 " + kilde);
        try (PreparedStatement ps = con.prepareStatement("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, "
                + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "RETURNING global_index")) {
            ps.setString(1, UUID.nameUUIDFromBytes(("V205:" + kilde + ":" + e.getClass().getSimpleName()).getBytes(StandardCharsets.UTF_8)).toString());
            ps.setString(2, e.kommune().value());
            ps.setLong(3, sekvens);
            ps.setString(4, Aggregattype.KOMMUNEINDSTILLING.lagretType());
            ps.setString(5, tid.toString());
            ps.setString(6, e.getClass().getName());
            ps.setString(7, e.getClass().getAnnotation(Revision.class).value());
            ps.setBytes(8, JSON.writeValueAsBytes(e));
            ps.setBytes(9, JSON.writeValueAsBytes(metadata));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
