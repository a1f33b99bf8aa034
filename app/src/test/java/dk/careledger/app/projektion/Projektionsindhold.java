package dk.careledger.app.projektion;

import dk.careledger.projection.motor.Projektion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the live-equals-rebuilt tests compare: every projection table's rows, in its stable order, each row as text. */
public final class Projektionsindhold {
    private Projektionsindhold() {
    }

    public static Map<String, List<String>> af(List<Projektion> projektioner, JdbcTemplate jdbc) {
        Map<String, List<String>> alt = new LinkedHashMap<>();
        for (Projektion p : projektioner) {
            for (String tabel : p.tabeller()) {
                List<String> rows = new ArrayList<>();
                jdbc.query("SELECT * FROM " + tabel, rs -> {
                    int n = rs.getMetaData().getColumnCount();
                    List<String> felter = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) {
                        Object v = rs.getObject(i);
                        felter.add(v instanceof java.sql.Array a ? Arrays.toString((Object[]) a.getArray())
                                : v instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : String.valueOf(v));
                    }
                    rows.add(String.join("|", felter));
                });
                alt.putIfAbsent(p.navn() + ":" + tabel, rows);
            }
        }
        return alt;
    }
}
