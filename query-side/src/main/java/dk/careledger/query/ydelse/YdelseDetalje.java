package dk.careledger.query.ydelse;

import dk.careledger.query.ydelse.OekonomiskeEffektueringer.Maanedsrate;
import java.util.List;
import java.util.UUID;

/**
 * One bevilget ydelse with its effektueringer: for an OEKONOMISK ydelse the amounts month by month
 * ({@code oekonomiskeEffektueringer}); for care ydelser the leveringer per month ({@code leveringerPrMaaned}). Also the
 * forløb the bevilling is placed under.
 */
public record YdelseDetalje(Ydelse ydelse, List<Maanedsrate> oekonomiskeEffektueringer, List<Leveringsperiode> leveringerPrMaaned,
        List<UUID> forloeb) {
}
