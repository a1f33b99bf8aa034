package dk.careledger.domain.bevilling.command;

import dk.careledger.domain.bevilling.Omfang;
import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.Paakraevet;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Register a completed opfølgning with its FSIII result (UC6 4.b1: "Afsluttes, Fortsættes, Ændres indenfor
 * rammen, Revisiteres"; UC3 step 4 opfølgningsdato).
 *
 * @param resultatKode      FSIII group E: {@code E1} Fortsættes, {@code E2} Ændres inden for rammen,
 *                          {@code E3} Afsluttes, {@code E4} Revisitation
 * @param naesteOpfoelgning the next opfølgning, after gennemfoertDato; mandatory for E1, E2 and E4, not allowed
 *                          for E3
 * @param nytOmfang         optional, E2 only: the new omfang, within the frame
 * @param notat             optional plaintext (it is encrypted)
 */
public record GennemfoerOpfoelgning(BevillingId bevillingId, @Paakraevet UUID opfoelgningId, @Paakraevet String resultatKode,
        @Paakraevet LocalDate gennemfoertDato, LocalDate naesteOpfoelgning, Omfang nytOmfang, String notat)
        implements BevillingCommand {
}
