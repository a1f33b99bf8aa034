package dk.careledger.domain.katalog;

/**
 * One FSIII code. {@code henvisning} is true for A-codes whose henvendelser are henvisninger from health
 * professionals (egen læge, speciallæge, sygehus), for which a lægeligt stillet diagnose is required.
 * {@code scoret} is true for tilstande assessed on the 0–4/9 scale (J); false for nursing tilstande (I).
 */
public record FsiiiKode(String kode, String titel, FsiiiGruppe gruppe, boolean henvisning, boolean scoret) {
}
