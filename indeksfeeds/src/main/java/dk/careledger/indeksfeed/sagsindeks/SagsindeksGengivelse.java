package dk.careledger.indeksfeed.sagsindeks;

import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Dekryptering;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.indeksfeed.Feed;
import dk.careledger.indeksfeed.Gengivelse;
import dk.careledger.indeksfeed.Identitetsopslag;
import dk.careledger.indeksfeed.Leverancelog.Leverance;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Renders stored Sagsindeks deliveries for receivers: the KOMBIT request element, or JSON with the personal values resolved. */
public final class SagsindeksGengivelse implements Gengivelse {
    private final SagsindeksXml xml;
    private final Dekryptering dekryptering;
    private final Identitetsopslag identitetsopslag;

    public SagsindeksGengivelse(SagsindeksXml xml, Dekryptering dekryptering, Identitetsopslag identitetsopslag) {
        this.xml = xml;
        this.dekryptering = dekryptering;
        this.identitetsopslag = identitetsopslag;
    }

    /**
     * A delivery as JSON: the registration (pseudonymous, as stored) and what rendering resolves — the title the index
     * shows, the non-public title of an exempt sag, and the primary party's reference (CPR URN or other person URN) and
     * name; null where the citizen has been forgotten. A Fjern (ADR 0014) resolves nothing: it names only the sag removed.
     */
    public record Gengivet(Sagsregistrering registrering, String titel, String ikkeOffentligTitel, String primaerPart,
            String primaerPartNavn) {
    }

    @Override
    public Feed feed() {
        return Feed.SAGSINDEKS;
    }

    @Override
    public void skrivXml(Leverance leverance, XMLStreamWriter w) throws XMLStreamException {
        xml.skriv(Sagsregistreringer.fraJson(leverance.indhold()), w);
    }

    @Override
    public Gengivet json(Leverance leverance) {
        Sagsregistrering r = Sagsregistreringer.fraJson(leverance.indhold());
        if (r.operation() == Sagsregistrering.Operation.FJERN) {
            return new Gengivet(r, null, null, null, null);
        }
        Sagsregistrering.Titel t = r.titel();
        String egen = t.ejer() == null || t.chiffertekst() == null ? null
                : dekryptering.dekrypter(new KrypteretTekst(new BorgerId(t.ejer()), t.chiffertekst())).orElse(null);
        String titel = t.undtaget() || egen == null ? t.kleTitel() : egen;
        Optional<Primaerpart> part = Primaerpart.af(identitetsopslag, r.borgerId());
        return new Gengivet(r, titel, t.undtaget() ? egen : null, part.map(Primaerpart::referenceId).orElse(null),
                part.map(Primaerpart::fuldtNavn).orElse(null));
    }
}
