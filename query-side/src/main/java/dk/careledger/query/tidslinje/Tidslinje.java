package dk.careledger.query.tidslinje;

import dk.careledger.query.tid.Tidsangivelse;
import java.util.List;

/**
 * A timeline asked "as of" (ADR 0026): the instants it describes and its posts. The live timeline is the list of posts
 * alone, as before.
 */
public record Tidslinje(Tidsangivelse tidsangivelse, List<Tidslinjepost> poster) {
}
