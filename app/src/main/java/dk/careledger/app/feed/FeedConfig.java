package dk.careledger.app.feed;

import dk.careledger.domain.felles.Dekryptering;
import dk.careledger.indeksfeed.Identitetsopslag;
import dk.careledger.indeksfeed.Kontrol;
import dk.careledger.indeksfeed.sagsindeks.SagsindeksGengivelse;
import dk.careledger.indeksfeed.sagsindeks.SagsindeksKontrol;
import dk.careledger.indeksfeed.sagsindeks.SagsindeksXml;
import dk.careledger.indeksfeed.sagsindeks.Sagsregistrering;
import dk.careledger.indeksfeed.sagsindeks.Skemavalidering;
import dk.careledger.indeksfeed.ydelsesindeks.YdelsesindeksGengivelse;
import dk.careledger.indeksfeed.ydelsesindeks.YdelsesindeksXml;
import dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindekskontrol;
import dk.careledger.indeksfeed.ydelsesindeks.Ydelsesregistrering;
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
public class FeedConfig {

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
