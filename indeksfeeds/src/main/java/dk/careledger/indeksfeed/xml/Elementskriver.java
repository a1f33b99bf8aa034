package dk.careledger.indeksfeed.xml;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an index request's elements through the StAX {@link XMLStreamWriter} interface, each namespace always under
 * the one prefix its schema uses (sd, gd, sag, bi, …), all declared once on the request element
 * ({@link #erklaerNavnerum}) so that a rendering can stand alone or be embedded in a feed page's own document.
 *
 * <p>The writers the renderers use are non-repairing (the JDK's, and the plain {@code StringBuilder} writer of the
 * Sagsindeks): they do not choose prefixes, so every start tag must name its own. The prefix map is fixed at
 * construction and kept in two small arrays; a lookup compares the (interned constant) namespace by identity before
 * equality, so writing an element costs no map lookup and no allocation — a feed page renders a thousand registrations
 * of a few hundred elements each. Immutable and thread-safe.
 */
public final class Elementskriver {
    private final String[] praefikser;
    private final String[] navnerum;

    /**
     * @param praefiksOgNavnerum prefix, namespace, prefix, namespace, …: the request's namespaces in the order
     *                           {@link #erklaerNavnerum} declares them
     */
    public Elementskriver(String... praefiksOgNavnerum) {
        if (praefiksOgNavnerum.length == 0 || praefiksOgNavnerum.length % 2 != 0) {
            throw new IllegalArgumentException("give prefix, namespace pairs");
        }
        int n = praefiksOgNavnerum.length / 2;
        praefikser = new String[n];
        navnerum = new String[n];
        for (int i = 0; i < n; i++) {
            String p = praefiksOgNavnerum[2 * i];
            String ns = praefiksOgNavnerum[2 * i + 1];
            if (p == null || p.isEmpty() || p.indexOf(':') >= 0 || ns == null || ns.isEmpty()) {
                throw new IllegalArgumentException("not a prefix, namespace pair: " + p + ", " + ns);
            }
            for (int j = 0; j < i; j++) {
                if (praefikser[j].equals(p) || navnerum[j].equals(ns)) {
                    throw new IllegalArgumentException("prefix or namespace given twice: " + p + ", " + ns);
                }
            }
            praefikser[i] = p;
            navnerum[i] = ns;
        }
    }

    /** Declares every namespace with its prefix on the element just started. */
    public void erklaerNavnerum(XMLStreamWriter w) throws XMLStreamException {
        for (int i = 0; i < praefikser.length; i++) {
            w.writeNamespace(praefikser[i], navnerum[i]);
        }
    }

    /** Starts an element; the caller ends it. */
    public void start(XMLStreamWriter w, String ns, String navn) throws XMLStreamException {
        w.writeStartElement(praefiks(ns), navn, ns);
    }

    /** An element with text content. */
    public void element(XMLStreamWriter w, String ns, String navn, String tekst) throws XMLStreamException {
        w.writeStartElement(praefiks(ns), navn, ns);
        w.writeCharacters(tekst);
        w.writeEndElement();
    }

    /** An element with text content, or nothing when the text is null. */
    public void valgfrit(XMLStreamWriter w, String ns, String navn, String tekst) throws XMLStreamException {
        if (tekst != null) {
            element(w, ns, navn, tekst);
        }
    }

    /** The prefix of one of this writer's namespaces; any other namespace is a programming error. */
    public String praefiks(String ns) {
        for (int i = 0; i < navnerum.length; i++) {
            if (navnerum[i] == ns) {
                return praefikser[i];
            }
        }
        for (int i = 0; i < navnerum.length; i++) {
            if (navnerum[i].equals(ns)) {
                return praefikser[i];
            }
        }
        throw new IllegalArgumentException(ns);
    }
}
