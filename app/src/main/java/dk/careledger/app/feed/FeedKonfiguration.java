package dk.careledger.app.feed;

import dk.careledger.domain.felles.Dekryptering;
import dk.careledger.projection.feed.Identitetsopslag;
import dk.careledger.projection.feed.Kontrol;
import dk.careledger.projection.feed.sagsindeks.SagsindeksGengivelse;
import dk.careledger.projection.feed.sagsindeks.SagsindeksKontrol;
import dk.careledger.projection.feed.sagsindeks.SagsindeksXml;
import dk.careledger.projection.feed.sagsindeks.Sagsregistrering;
import dk.careledger.projection.feed.sagsindeks.Skemavalidering;
import dk.careledger.projection.feed.ydelsesindeks.YdelsesindeksGengivelse;
import dk.careledger.projection.feed.ydelsesindeks.YdelsesindeksXml;
import dk.careledger.projection.feed.ydelsesindeks.Ydelsesindekskontrol;
import dk.careledger.projection.feed.ydelsesindeks.Ydelsesregistrering;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Wires the index feeds (ADR 0013) to the rest of the application: rendering needs the citizen register (CPR URN, name)
 * and the citizens' keys (the sag title), which live in the command side; the checks need the rendering. Scheduling is
 * enabled for the feeds' nightly reconciliation.
 */
@Configuration
@EnableScheduling
public class FeedKonfiguration {

    @Bean
    SagsindeksXml sagsindeksXml(Dekryptering dekryptering, Identitetsopslag identitetsopslag,
            @Value("${ledger.feed.it-system-navn:" + SagsindeksXml.STANDARD_SYSTEMNAVN + "}") String systemnavn) {
        return new SagsindeksXml(dekryptering, identitetsopslag, systemnavn);
    }

    @Bean
    Kontrol<Sagsregistrering> sagsindeksKontrol(SagsindeksXml xml) {
        return new SagsindeksKontrol(xml, Skemavalidering.sagsindeks());
    }

    @Bean
    SagsindeksGengivelse sagsindeksGengivelse(SagsindeksXml xml, Dekryptering dekryptering, Identitetsopslag identitetsopslag) {
        return new SagsindeksGengivelse(xml, dekryptering, identitetsopslag);
    }

    @Bean
    YdelsesindeksXml ydelsesindeksXml(Identitetsopslag identitetsopslag,
            @Value("${ledger.feed.it-system-navn:" + SagsindeksXml.STANDARD_SYSTEMNAVN + "}") String systemnavn) {
        return new YdelsesindeksXml(identitetsopslag, systemnavn);
    }

    @Bean
    Kontrol<Ydelsesregistrering> ydelsesindeksKontrol(YdelsesindeksXml xml) {
        return new Ydelsesindekskontrol(xml);
    }

    @Bean
    YdelsesindeksGengivelse ydelsesindeksGengivelse(Identitetsopslag identitetsopslag,
            @Value("${ledger.feed.it-system-navn:" + SagsindeksXml.STANDARD_SYSTEMNAVN + "}") String systemnavn) {
        return new YdelsesindeksGengivelse(identitetsopslag, systemnavn);
    }
}
