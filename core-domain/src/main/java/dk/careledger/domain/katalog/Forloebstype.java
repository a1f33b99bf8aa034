package dk.careledger.domain.katalog;

/** A pathway type, e.g. {@code SEL-83} personlig og praktisk hjælp, {@code SUL-138} sygepleje. */
public record Forloebstype(String kode, String navn, String kleNummer, String hjemmel) {
}
