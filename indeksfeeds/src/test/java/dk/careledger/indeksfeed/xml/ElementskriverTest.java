package dk.careledger.indeksfeed.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;

/** Given a fixed prefix map, when elements are written, then each namespace has its one prefix, declared once on the root. */
class ElementskriverTest {
    private static final String A = "urn:eksempel:a";
    private static final String B = "urn:eksempel:b";
    private static final Elementskriver SKRIV = new Elementskriver("a", A, "b", B);

    @Test
    void elementsCarryTheirNamespacesPrefixAndTheNamespacesAreDeclaredInTheOrderGiven() throws Exception {
        StringWriter ud = new StringWriter();
        XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(ud);
        SKRIV.start(w, A, "Rod");
        SKRIV.erklaerNavnerum(w);
        SKRIV.element(w, B, "Navn", "x & y");
        SKRIV.valgfrit(w, A, "Intet", null);
        SKRIV.valgfrit(w, A, "Noget", "z");
        w.writeEndElement();
        w.close();

        assertThat(ud).hasToString("<a:Rod xmlns:a=\"urn:eksempel:a\" xmlns:b=\"urn:eksempel:b\"><b:Navn>x &amp; y</b:Navn>"
                + "<a:Noget>z</a:Noget></a:Rod>");
    }

    @Test
    void aNamespaceIsFoundByValueNotOnlyByIdentity() {
        assertThat(SKRIV.praefiks(new String(B.toCharArray()))).isEqualTo("b");
    }

    @Test
    void anUnknownNamespaceIsAnError() {
        assertThatThrownBy(() -> SKRIV.praefiks("urn:eksempel:c")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMapMustBePrefixNamespacePairsEachGivenOnce() {
        assertThatThrownBy(() -> new Elementskriver("a", A, "b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Elementskriver(A, "a")).as("namespace and prefix swapped").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Elementskriver("a", A, "a", B)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Elementskriver("a", A, "b", A)).isInstanceOf(IllegalArgumentException.class);
    }
}
