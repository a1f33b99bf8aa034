package dk.careledger.domain.indstilling;

/**
 * Which title Borgerblikket shows for a sag (brief §1.6: "title of the case or the KLE emne title", chosen by the
 * kommune). The names are stored in {@link dk.careledger.domain.indstilling.event.BorgerblikFastsat} and {@code borgerblik_konfiguration.titel_kilde}, and are part of the API.
 */
public enum Titelkilde {
    /** The sag's own title, as the caseworker wrote it (decrypted with the citizen's key at query time). */
    SAG,
    /** The title of the sag's KLE emne in the catalogue, e.g. "Personlig og praktisk hjælp". */
    KLE
}
