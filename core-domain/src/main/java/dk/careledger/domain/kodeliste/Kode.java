package dk.careledger.domain.kodeliste;

/** One value of a code list the ledger defines itself (an enum): the code a client sends and its Danish title. */
public record Kode(String kode, String titel) {
}
