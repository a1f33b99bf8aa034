package dk.careledger.commandside.borger;

/**
 * The start is refused because this node's master key is not the one the database's personal data is encrypted
 * under ({@link MasterNoegleFingeraftryk}). The message says which key (its source and fingerprint, never the key) and
 * what to do; {@link #fejlkode()} is stable for scripts and log searches.
 */
public class ForkertMasterNoegle extends IllegalStateException {
    /** Another key's fingerprint is stored for this database. */
    public static final String AFVIGER = "MASTER_NOEGLE_AFVIGER";
    /** No fingerprint is stored yet, but the citizens' data keys in the database were wrapped under another key. */
    public static final String PASSER_IKKE_TIL_DATA = "MASTER_NOEGLE_PASSER_IKKE_TIL_DATA";

    private final String fejlkode;

    ForkertMasterNoegle(String fejlkode, String besked) {
        super("[" + fejlkode + "] " + besked);
        this.fejlkode = fejlkode;
    }

    public String fejlkode() {
        return fejlkode;
    }
}
