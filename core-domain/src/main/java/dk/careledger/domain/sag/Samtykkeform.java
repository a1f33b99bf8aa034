package dk.careledger.domain.sag;

/** How the samtykke was given or refused (UC2 2.a1 "skriftligt eller mundtligt", UC3 3.a1 digitalt). */
public enum Samtykkeform {
    MUNDTLIGT,
    SKRIFTLIGT,
    DIGITALT
}
