package dk.careledger.indeksfeed.ydelsesindeks;

import dk.careledger.indeksfeed.Feed;
import dk.careledger.indeksfeed.Gengivelse;
import dk.careledger.indeksfeed.Identitetsopslag;
import dk.careledger.indeksfeed.Leverancelog.Leverance;
import dk.careledger.indeksfeed.sagsindeks.Primaerpart;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * How a stored Ydelsesindeks delivery is served: its stored registration ({@link Ydelsesregistreringer}) rendered as the
 * YdelseIndeks request element, or as JSON with the ydelsesmodtager resolved — both at the moment of serving, so a
 * forgotten citizen is named in no later rendering. Not a Spring bean by itself: the application registers it with its
 * {@link Identitetsopslag} and IT-system name.
 */
public final class YdelsesindeksGengivelse implements Gengivelse {
    private final YdelsesindeksXml xml;
    private final Identitetsopslag identitetsopslag;

    public YdelsesindeksGengivelse(Identitetsopslag identitetsopslag, String systemnavn) {
        this.identitetsopslag = Objects.requireNonNull(identitetsopslag, "identitetsopslag");
        this.xml = new YdelsesindeksXml(identitetsopslag, systemnavn);
    }

    /**
     * The JSON form of a delivery: the registration as stored, and the ydelsesmodtager as the index would be told (its
     * URN and name), or nulls when the citizen has no lawful identifier or has been forgotten.
     */
    public record Gengivet(Ydelsesregistrering registrering, String ydelsesmodtager, String ydelsesmodtagerNavn) {
    }

    @Override
    public Feed feed() {
        return Feed.YDELSESINDEKS;
    }

    @Override
    public void skrivXml(Leverance leverance, XMLStreamWriter w) throws XMLStreamException {
        xml.skriv(Ydelsesregistreringer.fraJson(leverance.indhold()), w);
    }

    @Override
    public Gengivet json(Leverance leverance) {
        Ydelsesregistrering r = Ydelsesregistreringer.fraJson(leverance.indhold());
        Optional<Primaerpart> part = Primaerpart.af(identitetsopslag, r.borgerId());
        return new Gengivet(r, part.map(Primaerpart::referenceId).orElse(null), part.map(Primaerpart::fuldtNavn).orElse(null));
    }
}
