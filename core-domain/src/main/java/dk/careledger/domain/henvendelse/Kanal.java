package dk.careledger.domain.henvendelse;

/** How a henvendelse reached the kommune (UC1: "Ansøgningen modtages ... via selvbetjeningsløsning ... via MedCom-standarder"). */
public enum Kanal {
    /** By telephone, e.g. a relative calling the visitation. */
    TELEFON,
    /** By letter or e-mail. */
    SKRIFTLIG,
    /** Through a self-service solution (selvbetjeningsløsning, borger.dk). */
    DIGITAL,
    /** In person, at the citizen's home or at the office. */
    PERSONLIG,
    /** As a MedCom message, e.g. a sygehushenvisning or udskrivningsrapport (UC14). */
    MEDCOM
}
