package dk.careledger.domain.katalog;

/**
 * One entry of the indsats catalogue: what can be granted. The KLE emne lives on the ydelse, not on the
 * bevilling (Ydelsesindeks). {@code forloebstype} is the pathway the indsats normally belongs to.
 */
public record Indsats(String kode, String navn, String kleNummer, String hjemmel, Ydelsestype ydelsestype,
        String forloebstype, boolean kraeverSag) {
}
