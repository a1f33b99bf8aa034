package dk.careledger.indeksfeed.ydelsesindeks;

import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.GLEMT;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.KENDT;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.TRIN;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.XML;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.importer;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.personligPleje;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.indeksfeed.Feed;
import dk.careledger.indeksfeed.Leveranceaarsag;
import dk.careledger.indeksfeed.Leverancelog.Leverance;
import java.io.StringWriter;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;

/** Given a stored Ydelsesindeks delivery, when it is served, then the citizen is resolved at that moment. */
class YdelsesindeksGengivelseTest {
    private final Bevillingsregistrering r = importer(personligPleje(null));
    private final Leverance leverance = new Leverance(1, UUID.randomUUID(), r.emne(), r.operation().name(), Leveranceaarsag.HAENDELSE, TRIN,
            7, Ydelsesregistreringer.json(r));

    @Test
    void aStoredDeliveryIsServedAsTheSameRequestElementItWasCheckedAs() throws Exception {
        YdelsesindeksGengivelse g = new YdelsesindeksGengivelse(KENDT, YdelsesindeksXml.STANDARD_SYSTEMNAVN);
        StringWriter ud = new StringWriter();
        XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(ud);

        g.skrivXml(leverance, w);
        w.flush();

        assertThat(g.feed()).isEqualTo(Feed.YDELSESINDEKS);
        assertThat(ud.toString()).isEqualTo(XML.xml(r));
    }

    @Test
    void theJsonFormNamesTheYdelsesmodtagerWhileTheCitizenIsKnownAndNoOneAfterForgetting() {
        YdelsesindeksGengivelse.Gengivet kendt = new YdelsesindeksGengivelse(KENDT, "CareLedger").json(leverance);
        YdelsesindeksGengivelse.Gengivet glemt = new YdelsesindeksGengivelse(GLEMT, "CareLedger").json(leverance);

        assertThat(kendt.registrering()).isEqualTo(r);
        assertThat(kendt.ydelsesmodtager()).isEqualTo("urn:oio:cpr-nr:0101801234");
        assertThat(kendt.ydelsesmodtagerNavn()).isEqualTo("Karen Jensen");
        assertThat(glemt.ydelsesmodtager()).isNull();
        assertThat(glemt.ydelsesmodtagerNavn()).isNull();
    }
}
