package dk.careledger.indeksfeed;

import dk.careledger.projection.borgerblik.laesning.Borgerblikindstillinger;
import dk.careledger.projection.borgerblik.laesning.Borgerbliksindstilling;
import dk.careledger.projection.borgerblik.laesning.Borgerbliksregel;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The feed's {@link Visningsregel} read from the kommune's Borgerblik configuration: the kommune's rows are read once,
 * and then each (KLE emne, day) is answered in memory by the same selection as the citizen's view
 * ({@link Borgerbliksindstilling#for_}), so the feed and Borgerblikket never disagree about what the citizen sees.
 */
@Component
public class BorgerblikVisningsregel implements Visningsregel {
    private final Borgerblikindstillinger konfiguration;

    public BorgerblikVisningsregel(Borgerblikindstillinger konfiguration) {
        this.konfiguration = konfiguration;
    }

    @Override
    public Kommuneregel forKommune(String kommune) {
        List<Borgerbliksregel> regler = konfiguration.regler(kommune);
        return (kle, dag) -> Borgerbliksindstilling.for_(regler, kommune, kle, dag).skjulForBorger();
    }
}
