package dk.careledger.domain.sag;

/**
 * The four case states of the Sags- og Dokumentindeks (brief §0.2): a sag is born {@code OPSTAAET}, becomes
 * {@code OPLYST} when enough is known to decide, {@code AFGJORT} at an afgørelse and {@code AFSLUTTET} when
 * business-closed. A revisitation leaves a sag {@code AFGJORT} until it is oplyst again.
 */
public enum Fremdrift {
    OPSTAAET,
    OPLYST,
    AFGJORT,
    AFSLUTTET
}
