package dk.careledger.indeksfeed.sagsindeks;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reads a rendered registration in tests: XPath with the schemas' own prefixes (sdi, sag, sd, gd, si). */
final class Xml {
    private static final Map<String, String> PRAEFIKSER = Map.of("sdi", Navnerum.SDI, "sag", Navnerum.SAG, "sd", Navnerum.SD,
            "gd", Navnerum.GD, "si", Navnerum.SI);

    private final Document dokument;
    private final XPath xpath;

    private Xml(Document dokument) {
        this.dokument = dokument;
        this.xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return PRAEFIKSER.get(prefix);
            }

            @Override
            public String getPrefix(String namespaceURI) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String namespaceURI) {
                return null;
            }
        });
    }

    static Xml af(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return new Xml(f.newDocumentBuilder().parse(new InputSource(new StringReader(xml))));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    String tekst(String udtryk) {
        try {
            return (String) xpath.evaluate(udtryk, dokument, XPathConstants.STRING);
        } catch (Exception e) {
            throw new AssertionError(udtryk, e);
        }
    }

    int antal(String udtryk) {
        try {
            return ((Double) xpath.evaluate("count(" + udtryk + ")", dokument, XPathConstants.NUMBER)).intValue();
        } catch (Exception e) {
            throw new AssertionError(udtryk, e);
        }
    }

    List<String> tekster(String udtryk) {
        try {
            NodeList n = (NodeList) xpath.evaluate(udtryk, dokument, XPathConstants.NODESET);
            List<String> ud = new ArrayList<>();
            for (int i = 0; i < n.getLength(); i++) {
                ud.add(n.item(i).getTextContent());
            }
            return ud;
        } catch (Exception e) {
            throw new AssertionError(udtryk, e);
        }
    }

    /** The relation (sag:Sagsaktoer, sag:Sagsklasse, sag:Sagspart, si:SagsitsystemRelation) with this role. */
    static String relation(Indeksklassifikation.Rolle rolle) {
        return "//*[gd:Rolle/sd:UUIDIdentifikator='" + rolle.uuid + "']";
    }
}
