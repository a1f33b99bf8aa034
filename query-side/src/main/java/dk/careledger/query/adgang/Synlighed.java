package dk.careledger.query.adgang;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.query.ydelse.Ydelse;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The read side's access rules (ADR 0019), in one place:
 * <ul>
 *   <li>a sag is visible to a user of its ejer kommune whose KLE limit covers the sag's KLE and whose clearance covers its
 *       følsomhed; otherwise it answers 404 {@code SAG_UKENDT}, as one that does not exist. Read as of an earlier instant
 *       (ADR 0026) it must be visible both as classified now and as classified then;</li>
 *   <li>a bevilling (ydelse) is visible to its bevilgende kommune; a leverandør user sees only the bevillinger ordered
 *       from its kommune (in another kommune, or in its own kommune from a local leverandør); its KLE must be within
 *       the user's limit;</li>
 *   <li>a list filtered by kommune shows only the caller's kommune: naming another is 404 {@code KOMMUNE_UKENDT}.</li>
 * </ul>
 */
@Component
public class Synlighed {
    private final JdbcTemplate jdbc;

    public Synlighed(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The følsomhed stored as text, or null when unknown. */
    public static Foelsomhed foelsomhed(String v) {
        if (v == null) {
            return null;
        }
        try {
            return Foelsomhed.valueOf(v);
        } catch (IllegalArgumentException e) {
            return Foelsomhed.VIP_SAGER;
        }
    }

    /** Whether {@code bruger} may see a sag owned by {@code ejer} with this KLE and følsomhed. */
    public static boolean sag(Bruger bruger, String ejer, String kle, String foelsomhed) {
        return bruger.kommune().value().equals(ejer) && bruger.maaSe(kle, foelsomhed(foelsomhed));
    }

    /** Whether {@code bruger} may see this ydelse (bevilling). */
    public static boolean ydelse(Bruger bruger, Ydelse y) {
        String kommune = bruger.kommune().value();
        String emne = y.kle() == null ? null : y.kle().emne();
        if (!bruger.maaSeKle(emne)) {
            return false;
        }
        String leverandoerKommune = y.leverandoer() == null ? null : y.leverandoer().kommune();
        if (bruger.handlerSom() == Adgangsrolle.LEVERANDOER) {
            return kommune.equals(leverandoerKommune) || (leverandoerKommune == null && kommune.equals(y.kommune()) && y.leverandoer() != null);
        }
        return kommune.equals(y.kommune());
    }

    /** Whether the caller's kommune registered the citizen (the register holds the registering kommune). */
    public boolean registreret(Bruger bruger, UUID borgerId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM borger WHERE borger_id = ? AND kommune = ?)", Boolean.class,
                borgerId, bruger.kommune().value()));
    }

    /** The sag's citizen, when the caller may see the sag; otherwise 404 {@code SAG_UKENDT}. */
    public UUID kraevSag(Bruger bruger, UUID sagId) {
        List<UUID> borger = jdbc.query("SELECT ejer, kle_nummer, foelsomhed, borger_id FROM sag WHERE sag_id = ?",
                (rs, n) -> sag(bruger, rs.getString("ejer"), rs.getString("kle_nummer"), rs.getString("foelsomhed"))
                        ? rs.getObject("borger_id", UUID.class) : null, sagId);
        if (borger.isEmpty() || borger.get(0) == null) {
            throw sagUkendt(sagId);
        }
        return borger.get(0);
    }

    /**
     * A sag read as of an earlier instant (ADR 0026) is shown only when the caller may see it as it was classified then,
     * as well as now ({@link #kraevSag}): otherwise 404 {@code SAG_UKENDT}.
     */
    public static void kraevSagSomDa(Bruger bruger, UUID sagId, String ejer, String kle, String foelsomhed) {
        if (!sag(bruger, ejer, kle, foelsomhed)) {
            throw sagUkendt(sagId);
        }
    }

    private static Afvisning sagUkendt(UUID sagId) {
        return Afvisning.ikkeFundet("SAG_UKENDT", "sagId", "Der findes ingen sag med id " + sagId);
    }
}
