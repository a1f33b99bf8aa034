package dk.careledger.domain.katalog;

import java.util.Optional;

/**
 * The shipped reference data, versioned files in the repository loaded at start (see
 * {@code core-domain/src/main/resources/katalog/}). Deciders reject codes that are not here.
 */
public interface Katalog {

    /** The catalogues' version labels, e.g. {@code "KLE 2026-02"}, for the record. */
    String version();

    /** A KLE emne (hovedgruppe.gruppe.emne, {@code NN.NN.NN}); empty when unknown. */
    Optional<KleEmne> kleEmne(String nummer);

    /** A KLE handlingsfacet such as {@code G01} or {@code K02}; empty when unknown. */
    Optional<Handlingsfacet> handlingsfacet(String kode);

    /** An FSIII code from any group (A henvendelse-fra, B scale, C, D, E opfølgning, F, J, I); empty when unknown. */
    Optional<FsiiiKode> fsiii(String kode);

    /** An indsats (ydelse) from the indsats catalogue by its code; empty when unknown. */
    Optional<Indsats> indsats(String kode);

    /** A forløb type (pathway) by its code; empty when unknown. */
    Optional<Forloebstype> forloebstype(String kode);

    /** Every KLE emne, in the file's order, with the file's version. */
    Kodeliste<KleEmne> kleEmner();

    /** Every handlingsfacet, in the file's order, with the file's version. */
    Kodeliste<Handlingsfacet> handlingsfacetter();

    /** Every FSIII code of every group, in the file's order, with the file's version. */
    Kodeliste<FsiiiKode> fsiiiKoder();

    /** Every indsats with its KLE, hjemmel and ydelsestype, in the file's order, with the file's version. */
    Kodeliste<Indsats> indsatser();

    /** Every forløb type, in the file's order, with the file's version. */
    Kodeliste<Forloebstype> forloebstyper();
}
