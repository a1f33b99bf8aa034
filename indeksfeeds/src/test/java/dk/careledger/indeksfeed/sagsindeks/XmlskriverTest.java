package dk.careledger.indeksfeed.sagsindeks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.careledger.indeksfeed.xml.Xmlskriver;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

/** Given the plain StAX writer behind the renderings, when it writes, then the result is well-formed XML or an exception. */
class XmlskriverTest {
    private final StringBuilder ud = new StringBuilder();
    private final Xmlskriver w = new Xmlskriver(ud);

    @Test
    void itWritesPrefixedElementsWithTheirNamespaceDeclarationsAndEscapedContent() throws XMLStreamException {
        w.writeStartElement("a", "rod", "urn:a");
        w.writeNamespace("a", "urn:a");
        String iRod = w.getPrefix("urn:a");
        w.writeAttribute("titel", "\"x\" & <y>\n");
        w.writeStartElement("a", "tekst", "urn:a");
        w.writeCharacters("Æble < 5 & pære > 3 \"ok\"\r\n😀");
        w.writeEndElement();
        w.writeStartElement("a", "tom", "urn:a");
        w.writeEndElement();
        w.writeEndDocument();

        assertThat(ud).hasToString("<a:rod xmlns:a=\"urn:a\" titel=\"&quot;x&quot; &amp; &lt;y&gt;&#10;\">"
                + "<a:tekst>Æble &lt; 5 &amp; pære &gt; 3 \"ok\"&#13;\n😀</a:tekst><a:tom/></a:rod>");
        assertThat(iRod).isEqualTo("a");
        assertThat(w.getPrefix("urn:a")).as("out of scope after the element").isNull();
        assertThat(Xml.af(ud.toString()).antal("/*/*")).isEqualTo(2);
    }

    @Test
    void itRefusesCharactersXmlCannotCarryInsteadOfWritingABrokenDocument() throws XMLStreamException {
        w.writeStartElement("t");

        assertThatThrownBy(() -> w.writeCharacters("bip\u0007")).isInstanceOf(XMLStreamException.class).hasMessageContaining("U+7");
        assertThatThrownBy(() -> w.writeCharacters("halv \uD83D")).isInstanceOf(XMLStreamException.class).hasMessageContaining("surrogate");
    }

    @Test
    void itRefusesToEndMoreElementsThanItStarted() throws XMLStreamException {
        w.writeStartElement("t");
        w.writeEndElement();

        assertThatThrownBy(w::writeEndElement).isInstanceOf(XMLStreamException.class);
    }
}
