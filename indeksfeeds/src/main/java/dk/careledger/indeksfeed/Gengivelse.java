package dk.careledger.indeksfeed;

import dk.careledger.indeksfeed.Leverancelog.Leverance;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * How a stored delivery of one feed is rendered for a receiver: as the KOMBIT request element (XML) and as JSON, with
 * the personal values (the citizen's CPR URN, the sag's title) resolved at that moment — a forgotten citizen's values
 * are gone from every later rendering.
 */
public interface Gengivelse {
    Feed feed();

    /** Writes the delivery's KOMBIT request element (no document start or end) to {@code w}. */
    void skrivXml(Leverance leverance, XMLStreamWriter w) throws XMLStreamException;

    /** The delivery's registration with resolved values, as a value Jackson serialises. */
    Object json(Leverance leverance);
}
