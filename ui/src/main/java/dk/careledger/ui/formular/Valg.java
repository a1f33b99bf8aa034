package dk.careledger.ui.formular;

/** One entry of a pick list: the code the command carries and the Danish text the user reads. */
public record Valg(String kode, String tekst) {
}
