package dk.careledger.indeksfeed.xml;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The parts of an index request that the Sags- og Dokumentindeks and the Ydelsesindeks both take from KOMBIT's common
 * schemas: SagDokObjekt.xsd ({@link #SD}: an object's UUID, an Importer's Registrering data, the parts of a Virkning,
 * {@code sd:UnikIdType}) and GenerelleDefinitioner.xsd ({@link #GD}: the common part of a relation with virkning). Each
 * index's own elements around them are in its own namespaces, given as {@code ns}. Immutable and thread-safe.
 */
public final class Sagdokskriver {
    /** SagDokObjekt.xsd: UUIDIdentifikator, Registrering's Tidspunkt/LivscyklusKode/BrugerRef, the parts of a Virkning. */
    public static final String SD = "urn:oio:sagdok:3.0.0";
    /** GenerelleDefinitioner.xsd: a relation's Virkning/Rolle/Type/Indeks/ReferenceID, LokalUdvidelseListe. */
    public static final String GD = "urn:oio:sts:generelledefinitioner:6";
    /** An authority (kommune) by CVR number, as a URN. */
    public static final String CVR_URN = "urn:oio:cvr-nr:";

    private final Elementskriver x;

    /** @param x the request's element writer; it must know {@link #SD} and {@link #GD} */
    public Sagdokskriver(Elementskriver x) {
        this.x = x;
        x.praefiks(SD);
        x.praefiks(GD);
    }

    /** The content of an sd:UnikIdType: a UUID or a URN. */
    public void unikId(XMLStreamWriter w, String vaerdi, boolean urn) throws XMLStreamException {
        x.element(w, SD, urn ? "URNIdentifikator" : "UUIDIdentifikator", vaerdi);
    }

    /** An Importer's Registrering data: Tidspunkt, LivscyklusKode Importeret ("Udfyldes altid med 'Importeret'"), BrugerRef. */
    public void registrering(XMLStreamWriter w, Instant tidspunkt, Aktoer aktoer) throws XMLStreamException {
        x.element(w, SD, "Tidspunkt", Indeksdato.tidspunkt(tidspunkt));
        x.element(w, SD, "LivscyklusKode", "Importeret");
        x.start(w, SD, "BrugerRef");
        unikId(w, aktoer.reference(), aktoer.urn());
        w.writeEndElement();
    }

    /**
     * A Virkning element (sd:VirkningType) in {@code ns}: from (inclusive; null: left out), to (exclusive; null =
     * infinity, "Uendelig angives som en grænseindikator med værdien 'true'"), who.
     */
    public void virkning(XMLStreamWriter w, String ns, LocalDate fra, LocalDate til, Aktoer aktoer) throws XMLStreamException {
        x.start(w, ns, "Virkning");
        if (fra != null) {
            x.start(w, SD, "FraTidspunkt");
            x.element(w, SD, "TidsstempelDatoTid", Indeksdato.dag(fra));
            w.writeEndElement();
        }
        x.start(w, SD, "TilTidspunkt");
        if (til == null) {
            x.element(w, SD, "GraenseIndikator", "true");
        } else {
            x.element(w, SD, "TidsstempelDatoTid", Indeksdato.dag(til));
        }
        w.writeEndElement();
        x.start(w, SD, "AktoerRef");
        unikId(w, aktoer.reference(), aktoer.urn());
        w.writeEndElement();
        x.element(w, SD, "AktoerTypeKode", aktoer.typeKode());
        w.writeEndElement();
    }

    /**
     * Opens a relation element ({@code ns}:{@code navn}) and writes its common part (gd:RelationType: Virkning from
     * {@code fra} to infinity, Rolle, Type, Indeks when given, ReferenceID when given). The caller writes the extension,
     * if any, and closes the element.
     */
    public void relation(XMLStreamWriter w, String ns, String navn, UUID rolle, UUID type, String indeks, LocalDate fra, Aktoer aktoer,
            String reference, boolean urn) throws XMLStreamException {
        x.start(w, ns, navn);
        virkning(w, GD, fra, null, aktoer);
        x.start(w, GD, "Rolle");
        unikId(w, rolle.toString(), false);
        w.writeEndElement();
        x.start(w, GD, "Type");
        unikId(w, type.toString(), false);
        w.writeEndElement();
        x.valgfrit(w, GD, "Indeks", indeks);
        if (reference != null) {
            x.start(w, GD, "ReferenceID");
            unikId(w, reference, urn);
            w.writeEndElement();
        }
    }
}
