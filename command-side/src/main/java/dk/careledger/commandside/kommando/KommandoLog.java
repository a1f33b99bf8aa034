package dk.careledger.commandside.kommando;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The idempotency log: which command ids were accepted, with what content, and what they answered. */
@Component
public class KommandoLog {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public KommandoLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A logged command: the content hash and the answer. */
    public record Post(byte[] indholdHash, KommandoUdfald udfald) {
    }

    public Optional<Post> find(UUID kommandoId) {
        return Optional.ofNullable(find(List.of(kommandoId)).get(kommandoId));
    }

    /** The logged commands among these ids, in one query (a bulk request's groups, ADR 0025). */
    public Map<UUID, Post> find(Collection<UUID> kommandoIder) {
        Map<UUID, Post> fundne = new HashMap<>();
        UUID[] ider = kommandoIder.toArray(UUID[]::new);
        jdbc.query("SELECT kommando_id, indhold_hash, svar FROM kommando_log WHERE kommando_id = ANY (?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", ider)), rs -> {
            UUID id = rs.getObject(1, UUID.class);
            try {
                fundne.put(id, new Post(rs.getBytes(2), JSON.readValue(rs.getString(3), KommandoUdfald.class)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Unreadable answer in kommando_log for " + id, e);
            }
        });
        return fundne;
    }

    /**
     * Records a request that was carried out as several commands, each logged on its own (e.g. leveringer in bulk): its
     * id and content hash, so the same id with other content can be refused. Written after its commands; a request id
     * recorded already is left as it is.
     */
    public void gemAnmodning(UUID kommandoId, String kommandoType, byte[] indholdHash) {
        gem(kommandoId, kommandoType, indholdHash, new KommandoUdfald(kommandoType, kommandoType, -1, java.util.List.of()), true);
    }

    /** Records an accepted command; runs inside the command's transaction (see {@link KommandoLogInterceptor}). */
    void gem(UUID kommandoId, String kommandoType, byte[] indholdHash, KommandoUdfald udfald) {
        gem(kommandoId, kommandoType, indholdHash, udfald, false);
    }

    private void gem(UUID kommandoId, String kommandoType, byte[] indholdHash, KommandoUdfald udfald, boolean hvisNy) {
        try {
            jdbc.update("INSERT INTO kommando_log (kommando_id, kommando_type, indhold_hash, aggregat_id, svar, registreret) VALUES (?, ?, ?, ?, ?, ?)"
                    + (hvisNy ? " ON CONFLICT (kommando_id) DO NOTHING" : ""),
                    kommandoId, kommandoType, indholdHash, udfald.aggregatId(), JSON.writeValueAsString(udfald), Timestamp.from(clock.instant()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
