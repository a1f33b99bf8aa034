package dk.careledger.domain.katalog;

/** A KLE handlingsfacet (what administrative action a sag is), e.g. {@code G01 Generelle sager}. */
public record Handlingsfacet(String kode, String titel) {
}
