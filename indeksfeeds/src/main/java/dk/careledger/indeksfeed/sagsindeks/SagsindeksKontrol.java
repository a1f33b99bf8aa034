package dk.careledger.indeksfeed.sagsindeks;

import dk.careledger.indeksfeed.Kontrol;
import java.util.ArrayList;
import java.util.List;

/**
 * The check a Sagsindeks registration passes before it is delivered: the anvisning's rules on the registration, its
 * rendering validated against the v6 XSDs, and the rules that are read off the rendered document. Errors are
 * {@code CODE: message} (anvisning) or {@code XSD line:col message}.
 */
public final class SagsindeksKontrol implements Kontrol<Sagsregistrering> {
    private final SagsindeksXml xml;
    private final Skemavalidering skema;

    public SagsindeksKontrol(SagsindeksXml xml, Skemavalidering skema) {
        this.xml = xml;
        this.skema = skema;
    }

    @Override
    public List<String> fejl(Sagsregistrering registrering) {
        List<String> fejl = new ArrayList<>();
        Anvisningskontrol.kontroller(registrering).forEach(b -> fejl.add(b.toString()));
        String dokument = xml.xml(registrering);
        skema.valider(dokument).forEach(f -> fejl.add("XSD " + f));
        Anvisningskontrol.kontrollerDokument(dokument).forEach(b -> fejl.add(b.toString()));
        return fejl;
    }
}
