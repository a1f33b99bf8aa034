package dk.careledger.app.projektion;

import dk.careledger.projection.motor.Haendelse;
import dk.careledger.projection.motor.Projektion;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A test projection that counts how often each event is applied, by global index, in a table of its own: a second
 * application shows as 2, a lost one as a missing row. Subclasses hook {@link #foer} to fail or stall a batch.
 */
public class Anvendelsestaeller implements Projektion {
    private final String navn;
    private final String tabel;
    private final JdbcTemplate jdbc;

    public Anvendelsestaeller(String navn, String tabel, JdbcTemplate jdbc) {
        if (!tabel.matches("test_[a-z_]+")) {
            throw new IllegalArgumentException("A test table is named test_…, got " + tabel);
        }
        this.navn = navn;
        this.tabel = tabel;
        this.jdbc = jdbc;
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + tabel + " (global_indeks BIGINT PRIMARY KEY, antal INT NOT NULL)");
    }

    /** Runs first in every {@link #anvend}, inside the engine's transaction. */
    protected void foer(List<Haendelse> haendelser) {
    }

    @Override
    public String navn() {
        return navn;
    }

    @Override
    public void anvend(List<Haendelse> haendelser) {
        foer(haendelser);
        jdbc.batchUpdate("INSERT INTO " + tabel + " (global_indeks, antal) VALUES (?, 1) ON CONFLICT (global_indeks) DO UPDATE SET antal = "
                + tabel + ".antal + 1", haendelser.stream().map(h -> new Object[] {h.globalIndeks()}).toList());
    }

    @Override
    public List<String> tabeller() {
        return List.of(tabel + " ORDER BY global_indeks");
    }

    @Override
    public void nulstil() {
        jdbc.update("DELETE FROM " + tabel);
    }
}
