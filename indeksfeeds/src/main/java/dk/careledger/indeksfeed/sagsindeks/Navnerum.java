package dk.careledger.indeksfeed.sagsindeks;

import dk.careledger.indeksfeed.xml.Sagdokskriver;

/**
 * The XML namespaces of the Sags- og Dokumentindeks v6 schemas, with the prefixes the schemas themselves use. Which
 * namespace an element is in follows from where the schema declares it (all schemas are {@code elementFormDefault=
 * "qualified"}): a local element takes the target namespace of the schema that declares it, a {@code ref} takes the
 * namespace of the referenced global element.
 */
final class Navnerum {
    /** SagDokumentIndeksOperationer.xsd: the request elements and the Opdater wrapper's own {@code Tidspunkt}. */
    static final String SDI = "urn:oio:sts:sagdok:sagdokumentindeks:6";
    /** Sag.xsd and SagOperationer.xsd: Registrering, AttributListe, Egenskaber, TilstandListe, Fremdrift, RelationListe. */
    static final String SAG = "urn:oio:sts:sagdok:sag:6";
    /** SagDokObjekt.xsd: UUIDIdentifikator, Tidspunkt (in Registrering), LivscyklusKode, BrugerRef, virkning's parts. */
    static final String SD = Sagdokskriver.SD;
    /** GenerelleDefinitioner.xsd: a relation's Virkning/Rolle/Type/Indeks/ReferenceID, LokalUdvidelseListe. */
    static final String GD = Sagdokskriver.GD;
    /** SagIndeks.xsd: SagIndeksEgenskaber, the relations' local extensions, SagsitsystemRelation. */
    static final String SI = "urn:oio:sts:sagdok:sagindeks:6";

    private Navnerum() {
    }
}
