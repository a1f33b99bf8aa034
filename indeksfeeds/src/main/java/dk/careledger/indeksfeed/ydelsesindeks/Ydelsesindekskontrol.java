package dk.careledger.indeksfeed.ydelsesindeks;

import dk.careledger.indeksfeed.Kontrol;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a Ydelsesindeks registration must pass before it is offered: it is rendered as it would be sent
 * ({@link YdelsesindeksXml}, with the citizen resolved now), the rendering is validated against KOMBIT's v6 schemas
 * ({@link YdelsesindeksSkema}) and checked against the anvisning's rules the schemas cannot express
 * ({@link Ydelsesanvisningskontrol}). Each error is one line: {@code XSD: <line:column> <message>} or
 * {@code <RULE CODE>: <message>}. Empty = deliverable.
 */
public final class Ydelsesindekskontrol implements Kontrol<Ydelsesregistrering> {
    /** The prefix of a schema error. */
    public static final String XSD = "XSD";

    private final YdelsesindeksXml xml;

    public Ydelsesindekskontrol(YdelsesindeksXml xml) {
        this.xml = Objects.requireNonNull(xml, "xml");
    }

    @Override
    public List<String> fejl(Ydelsesregistrering registrering) {
        String dokument = xml.xml(registrering);
        List<String> fejl = new ArrayList<>();
        for (String f : YdelsesindeksSkema.valider(dokument)) {
            fejl.add(XSD + ": " + f);
        }
        for (Ydelsesanvisningskontrol.Anvisningsbrud b : Ydelsesanvisningskontrol.kontroller(registrering, dokument)) {
            fejl.add(b.toString());
        }
        return fejl;
    }
}
