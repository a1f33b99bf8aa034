package dk.careledger.indeksfeed.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.adgang.Laesningslog;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.indeksfeed.Feed;
import dk.careledger.indeksfeed.Feedefterslaeb;
import dk.careledger.indeksfeed.Gengivelse;
import dk.careledger.indeksfeed.Leverancelog;
import dk.careledger.indeksfeed.Leverancelog.Leverance;
import dk.careledger.indeksfeed.xml.Utf8Skriver;
import dk.careledger.indeksfeed.xml.Xmlskriver;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The pull feeds (issue 4 item 4): deliveries to the Sags- og Dokumentindeks ({@code sagsindeks}) and the Ydelsesindeks
 * ({@code ydelsesindeks}) after a cursor, in order, in pages, as JSON or as XML (the KOMBIT request elements). The
 * cursor is the number of the last delivery the receiver has; {@code naeste} in the answer is the cursor for the next
 * page. Every delivery has a stable {@code leveranceId} to deduplicate on, and replaying from 0 gives the same deliveries
 * (only personal values of a forgotten citizen render differently). A receiver that has been down simply continues from
 * its cursor.
 */
@RestController
@Kraever({Adgangsrolle.INTEGRATION, Adgangsrolle.REVISOR})
@Tag(name = "Indeksfeeds", description = "Leverancer til Sags- og Dokumentindekset (SAPA, Borgerblikket) og Ydelsesindekset, "
        + "hentet efter en cursor")
public class FeedController {
    /** The largest page; a larger {@code antal} is clamped to it and the answer says so. */
    public static final int MAKS_ANTAL = 1000;
    public static final int STANDARD_ANTAL = 100;
    public static final String BEGRAENSET_HEADER = "X-Antal-Begraenset";

    private final Leverancelog log;
    private final Feedefterslaeb efterslaeb;
    private final Map<Feed, Gengivelse> gengivelser;
    private final Laesningslog adgangslog;

    public FeedController(Leverancelog log, Feedefterslaeb efterslaeb, List<Gengivelse> gengivelser, Laesningslog adgangslog) {
        this.log = log;
        this.adgangslog = adgangslog;
        this.efterslaeb = efterslaeb;
        this.gengivelser = gengivelser.stream().collect(Collectors.toMap(Gengivelse::feed, Function.identity()));
    }

    /** One delivery as JSON. */
    public record LeveranceJson(long loebenummer, UUID leveranceId, UUID emneId, String operation, String aarsag, Instant tidspunkt,
            Object registrering) {
    }

    /**
     * A page. {@code naeste}: the cursor for the next page (= {@code efter} when the page is empty). {@code hoved}: the
     * newest delivery's number when the page was read. {@code antalBegraenset}: the asked {@code antal} was above
     * {@code maksAntal} and was clamped.
     */
    public record Side(String feed, long efter, long naeste, long hoved, int antal, int maksAntal, boolean antalBegraenset,
            List<LeveranceJson> leverancer) {
    }

    /** A feed's state: its newest delivery, how many registrations were blocked, and its lag behind the facts. */
    public record Status(String feed, long hoved, long blokerede, double efterslaebHaendelser, double efterslaebSekunder) {
    }

    private record Forespoergsel(Feed feed, long efter, int antal, boolean begraenset, long hoved) {
    }

    @GetMapping(path = "/api/feeds/{feed}/leverancer", produces = "application/json")
    @Operation(summary = "Leverancer efter en cursor, som JSON",
            description = "feed: sagsindeks eller ydelsesindeks. efter: nummeret på den sidste leverance modtageren har (0 = fra begyndelsen). "
                    + "antal: højst 1000 (større værdier begrænses, og svaret siger det). 400 PARAMETER_UGYLDIG for en ugyldig cursor "
                    + "eller et ugyldigt antal, 400 CURSOR_I_FREMTIDEN for en cursor efter den nyeste leverance, 404 FEED_UKENDT.")
    public ResponseEntity<Side> json(@PathVariable String feed,
            @Parameter(description = "Cursor: nummeret på den sidste modtagne leverance; 0 fra begyndelsen") @RequestParam(required = false) String efter,
            @Parameter(description = "Sidestørrelse, 1–1000 (standard 100)") @RequestParam(required = false) String antal,
            @Parameter(hidden = true) Bruger bruger) {
        Forespoergsel f = forespoergsel(feed, efter, antal);
        Gengivelse g = gengivelse(f.feed());
        Udvalg u = egne(bruger, f);
        List<Leverance> side = u.egne();
        List<LeveranceJson> leverancer = side.stream().map(l -> new LeveranceJson(l.loebenummer(), l.leveranceId(), l.emneId(), l.operation(),
                l.aarsag().name(), l.tidspunkt(), g.json(l))).toList();
        long naeste = u.naeste();
        return svar(f).body(new Side(navn(f.feed()), f.efter(), naeste, f.hoved(), f.antal(), MAKS_ANTAL, f.begraenset(), leverancer));
    }

    @GetMapping(path = "/api/feeds/{feed}/leverancer", produces = {"application/xml", "text/xml"})
    @Operation(summary = "Leverancer efter en cursor, som XML",
            description = "Hver leverance er KOMBIT-anmodningselementet (fx SagDokumentIndeks Importer/Opdater), gyldigt efter v6-skemaerne, "
                    + "i et Leverance-element med nummer, id og tidspunkt. Samme parametre og fejl som JSON.")
    public ResponseEntity<StreamingResponseBody> xml(@PathVariable String feed, @RequestParam(required = false) String efter,
            @RequestParam(required = false) String antal, @RequestHeader(name = "Accept", required = false) String accept,
            @Parameter(hidden = true) Bruger bruger) {
        Forespoergsel f = forespoergsel(feed, efter, antal);
        Gengivelse g = gengivelse(f.feed());
        Udvalg u = egne(bruger, f);
        List<Leverance> side = u.egne();
        long naeste = u.naeste();
        return svar(f).contentType(xmlType(accept)).body(ud -> skrivXml(f, g, side, naeste, ud));
    }

    /** A page of the caller's own deliveries, and the cursor after the last delivery looked at. */
    private record Udvalg(List<Leverance> egne, long naeste) {
    }

    /**
     * Kommune isolation for a feed page (ADR 0019): only the deliveries about the caller's kommune's sager and bevillinger
     * (the registration's {@code ejerCvr}), up to {@code antal} of them, read page by page from the cursor until there are
     * that many or the head is reached; so, as before, an empty page means the receiver is at the head. {@code naeste}
     * is the last delivery looked at, so a receiver moves past other kommuners' deliveries; the numbers a receiver sees
     * are increasing, not contiguous. Every citizen on the page is logged as read, since rendering resolves their CPR
     * and name.
     */
    private Udvalg egne(Bruger bruger, Forespoergsel f) {
        String kommune = bruger.kommune().value();
        List<Leverance> egne = new java.util.ArrayList<>();
        java.util.Set<UUID> borgere = new java.util.LinkedHashSet<>();
        long cursor = f.efter();
        while (egne.size() < f.antal()) {
            List<Leverance> laest = log.efter(f.feed(), cursor, f.antal());
            if (laest.isEmpty()) {
                break;
            }
            for (Leverance l : laest) {
                cursor = l.loebenummer();
                JsonNode indhold = indhold(l);
                JsonNode ejer = indhold.findValue("ejerCvr");
                if (ejer != null && kommune.equals(ejer.asText())) {
                    egne.add(l);
                    JsonNode borger = indhold.findValue("borgerId");
                    if (borger != null && !borger.isNull()) {
                        try {
                            borgere.add(UUID.fromString(borger.asText()));
                        } catch (IllegalArgumentException e) {
                            // not a citizen id
                        }
                    }
                    if (egne.size() == f.antal()) {
                        break;
                    }
                }
            }
        }
        adgangslog.laest(bruger, "feed-" + navn(f.feed()), Long.toString(f.efter()), borgere);
        return new Udvalg(egne, cursor);
    }

    private static JsonNode indhold(Leverance l) {
        try {
            return INDHOLD.readTree(l.indhold());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("A delivery's content is not JSON: " + l.leveranceId(), e);
        }
    }

    private static final ObjectMapper INDHOLD = new ObjectMapper();

    /** A streamed body is not negotiated by Spring: {@code text/xml} only for a client that asks for it and not for application/xml. */
    private static MediaType xmlType(String accept) {
        List<MediaType> typer = accept == null || accept.isBlank() ? List.of() : MediaType.parseMediaTypes(accept);
        boolean kunTekst = !typer.isEmpty() && typer.stream().noneMatch(t -> t.includes(MediaType.APPLICATION_XML))
                && typer.stream().anyMatch(t -> t.includes(MediaType.TEXT_XML));
        return kunTekst ? MediaType.TEXT_XML : MediaType.APPLICATION_XML;
    }

    /**
     * Streams the page: each delivery is rendered into a small buffer and sent on, so a page of 1,000 (5.5 MB) never
     * sits in memory whole, three times over (characters, string, bytes), as it did when built first. The parameters
     * were checked and the page read before the first byte, so a refusal is still a clean 400.
     */
    private static void skrivXml(Forespoergsel f, Gengivelse g, List<Leverance> side, long naeste, OutputStream ud) throws IOException {
        StringBuilder buffer = new StringBuilder(16 * 1024);
        Utf8Skriver utf8 = new Utf8Skriver(ud, 64 * 1024);
        try {
            XMLStreamWriter w = new Xmlskriver(buffer);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("Leverancer");
            w.writeAttribute("feed", navn(f.feed()));
            w.writeAttribute("efter", Long.toString(f.efter()));
            w.writeAttribute("naeste", Long.toString(naeste));
            w.writeAttribute("hoved", Long.toString(f.hoved()));
            w.writeAttribute("antal", Integer.toString(f.antal()));
            w.writeAttribute("maksAntal", Integer.toString(MAKS_ANTAL));
            w.writeAttribute("antalBegraenset", Boolean.toString(f.begraenset()));
            for (Leverance l : side) {
                w.writeStartElement("Leverance");
                w.writeAttribute("loebenummer", Long.toString(l.loebenummer()));
                w.writeAttribute("leveranceId", l.leveranceId().toString());
                w.writeAttribute("emneId", l.emneId().toString());
                w.writeAttribute("operation", l.operation());
                w.writeAttribute("aarsag", l.aarsag().name());
                w.writeAttribute("tidspunkt", l.tidspunkt().toString());
                g.skrivXml(l, w);
                w.writeEndElement();
                send(buffer, utf8);
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            send(buffer, utf8);
            utf8.send();
        } catch (XMLStreamException e) {
            throw new IOException("could not render the feed page", e);
        }
    }

    /** Passes on what the buffer holds (whole elements only: the writer has no start tag open) and empties it. */
    private static void send(StringBuilder buffer, Utf8Skriver utf8) throws IOException {
        utf8.skriv(buffer);
        buffer.setLength(0);
    }

    @GetMapping(path = "/api/feeds/{feed}/status", produces = "application/json")
    @Operation(summary = "Feedets tilstand: nyeste leverance, blokerede registreringer og efterslæb",
            description = "blokerede skal være 0: en registrering der ikke består skema- og anvisningskontrollen sendes ikke, men logges "
                    + "med sagens id.")
    @Kraever({Adgangsrolle.INTEGRATION, Adgangsrolle.REVISOR, Adgangsrolle.DRIFT})
    public Status status(@PathVariable String feed) {
        Feed f = feed(feed);
        Feedefterslaeb.Efterslaeb e = efterslaeb.maal(f);
        return new Status(navn(f), log.hoved(f), log.antalBlokerede(f), e.haendelser(), e.sekunder());
    }

    /** A 200 that says when the page size was clamped. */
    private static ResponseEntity.BodyBuilder svar(Forespoergsel f) {
        ResponseEntity.BodyBuilder b = ResponseEntity.ok();
        if (f.begraenset()) {
            b.header(BEGRAENSET_HEADER, "antal begrænset til " + MAKS_ANTAL);
        }
        return b;
    }

    private Forespoergsel forespoergsel(String feed, String efter, String antal) {
        Feed f = feed(feed);
        long cursor = cursor(efter);
        long hoved = log.hoved(f);
        if (cursor > hoved) {
            throw Afvisning.ugyldig("CURSOR_I_FREMTIDEN", "efter", "Cursoren " + cursor + " ligger efter feedets nyeste leverance (" + hoved
                    + "); brug 0 eller et nummer du har modtaget");
        }
        int n = STANDARD_ANTAL;
        boolean begraenset = false;
        if (antal != null && !antal.isBlank()) {
            long tal;
            try {
                tal = Long.parseLong(antal.trim());
            } catch (NumberFormatException e) {
                throw Afvisning.ugyldig("PARAMETER_UGYLDIG", "antal", "Parameteren 'antal' skal være et helt tal fra 1, fik '" + antal + "'");
            }
            if (tal < 1) {
                throw Afvisning.ugyldig("PARAMETER_UGYLDIG", "antal", "Parameteren 'antal' skal være mindst 1, fik " + tal);
            }
            begraenset = tal > MAKS_ANTAL;
            n = (int) Math.min(tal, MAKS_ANTAL);
        }
        return new Forespoergsel(f, cursor, n, begraenset, hoved);
    }

    private static long cursor(String efter) {
        if (efter == null || efter.isBlank()) {
            return 0;
        }
        try {
            long c = Long.parseLong(efter.trim());
            if (c >= 0) {
                return c;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw Afvisning.ugyldig("PARAMETER_UGYLDIG", "efter", "Parameteren 'efter' er en cursor: nummeret på en modtaget leverance "
                + "(et helt tal, 0 eller større), fik '" + efter + "'");
    }

    private static Feed feed(String navn) {
        for (Feed f : Feed.values()) {
            if (navn(f).equals(navn)) {
                return f;
            }
        }
        throw Afvisning.ikkeFundet("FEED_UKENDT", "feed", "Feedet '" + navn + "' findes ikke; der er sagsindeks og ydelsesindeks");
    }

    private Gengivelse gengivelse(Feed feed) {
        Gengivelse g = gengivelser.get(feed);
        if (g == null) {
            throw new IllegalStateException("Ingen gengivelse af feedet " + feed);
        }
        return g;
    }

    private static String navn(Feed feed) {
        return feed.name().toLowerCase(Locale.ROOT);
    }
}
