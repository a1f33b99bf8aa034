package dk.careledger.app.feed;

import dk.careledger.app.testsupport.Testtokens;
import dk.careledger.domain.adgang.Adgangsrolle;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.careledger.indeksfeed.sagsindeks.Anvisningskontrol;
import dk.careledger.indeksfeed.sagsindeks.Skemavalidering;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A receiver of the index feeds, as the feed tests need one: it pages through a feed from cursor 0 the way a real
 * receiver would, checking on the way what the feed promises (increasing numbers, unique delivery ids, a Fjern only of
 * what it holds, the last page ending at the head). Each kommune's integration sees only its own kommune's deliveries
 * (ADR 0019), so the receiver pulls the feed once per kommune, as each kommune's integration, and holds them all.
 */
final class Feedmodtager {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;
    private final List<String> kommuner;
    private String token;

    Feedmodtager(int port, List<String> kommuner) {
        this.port = port;
        this.kommuner = List.copyOf(kommuner);
    }

    private void som(String kommune) {
        token = Testtokens.bearer(Testtokens.bruger("integration-" + kommune, kommune, Adgangsrolle.INTEGRATION));
    }

    /** What the receiver holds after reading the whole feed as JSON: per index sag, its latest registration. */
    Map<UUID, JsonNode> modtagFraStart(String feed) throws Exception {
        Map<UUID, JsonNode> seneste = new LinkedHashMap<>();
        Set<String> ider = new HashSet<>();
        for (String kommune : kommuner) {
            som(kommune);
            modtag(feed, seneste, ider);
        }
        return seneste;
    }

    private void modtag(String feed, Map<UUID, JsonNode> seneste, Set<String> ider) throws Exception {
        long efter = 0;
        long forrige = 0;
        while (true) {
            JsonNode side = JSON.readTree(hent("/api/feeds/" + feed + "/leverancer?efter=" + efter + "&antal=1000", "application/json"));
            if (side.get("leverancer").isEmpty()) {
                assertThat(efter).isEqualTo(side.get("hoved").asLong());
                return;
            }
            for (JsonNode l : side.get("leverancer")) {
                assertThat(l.get("loebenummer").asLong()).as("increasing").isGreaterThan(forrige);
                forrige = l.get("loebenummer").asLong();
                assertThat(ider.add(l.get("leveranceId").asText())).as("leveranceId unique").isTrue();
                UUID emne = UUID.fromString(l.get("emneId").asText());
                JsonNode registrering = l.get("registrering");
                JsonNode operation = registrering.path("registrering").path("operation");
                if (operation.asText().equals("FJERN")) {
                    assertThat(seneste).as("a Fjern removes what the receiver holds").containsKey(emne);
                    seneste.remove(emne);
                } else {
                    seneste.put(emne, registrering);
                }
            }
            efter = side.get("naeste").asLong();
        }
    }

    /**
     * Every delivery of the Sagsindeks feed, read from its XML pages, validates against KOMBIT's XSDs and passes the
     * anvisning checks, and there are {@code antal} of them.
     */
    void sagsindeksdokumenterErGyldige(int antal) throws Exception {
        Skemavalidering skema = Skemavalidering.sagsindeks();
        List<String> dokumenter = xmlDokumenter("sagsindeks");
        for (String dokument : dokumenter) {
            assertThat(skema.valider(dokument)).as("schema errors in %s", dokument).isEmpty();
            assertThat(Anvisningskontrol.kontrollerDokument(dokument)).as("anvisning in %s", dokument).isEmpty();
        }
        assertThat(dokumenter).hasSize(antal);
    }

    /** Every delivery of the feed as a standalone XML document (the KOMBIT request element), read from the XML pages. */
    List<String> xmlDokumenter(String feed) throws Exception {
        List<String> ud = new ArrayList<>();
        for (String kommune : kommuner) {
            som(kommune);
            xmlDokumenter(feed, ud);
        }
        return ud;
    }

    private void xmlDokumenter(String feed, List<String> ud) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        long efter = 0;
        while (true) {
            String side = hent("/api/feeds/" + feed + "/leverancer?efter=" + efter + "&antal=1000", "application/xml");
            Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(side.getBytes(StandardCharsets.UTF_8)));
            Element rod = d.getDocumentElement();
            var leverancer = rod.getElementsByTagName("Leverance");
            if (leverancer.getLength() == 0) {
                return;
            }
            for (int i = 0; i < leverancer.getLength(); i++) {
                Node anmodning = leverancer.item(i).getFirstChild();
                while (anmodning != null && anmodning.getNodeType() != Node.ELEMENT_NODE) {
                    anmodning = anmodning.getNextSibling();
                }
                StringWriter w = new StringWriter();
                transformer.transform(new DOMSource(anmodning), new StreamResult(w));
                ud.add(w.toString());
            }
            efter = Long.parseLong(rod.getAttribute("naeste"));
        }
    }

    /** A GET that must answer 200; its body. */
    String hent(String sti, String accept) throws Exception {
        HttpResponse<String> svar = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + sti)).header("Accept", accept)
                .header("Authorization", token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(200);
        return svar.body();
    }
}
