package dk.careledger.domain.henvendelse;

import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the {@link HenvendelseDecider} needs to know about one henvendelse, folded from its events.
 *
 * @param findes        whether the henvendelse has been received
 * @param borgerId      the citizen it concerns (the key owner for its free text); null before receipt
 * @param modtagetDato  when it was received; null before receipt
 * @param henvisning    whether it is a henvisning from a health professional (catalogue flag at receipt)
 * @param afklaret      whether the henvender has been contacted for more information at least once (3.b1)
 * @param haandteret    whether it has been handled (step 6 / 3.a1); a handled henvendelse is closed
 * @param udfald        how it was handled; null until handled
 * @param sager         the sager it was handled with; empty until handled and for INGEN_SAG
 */
public record HenvendelseState(boolean findes, BorgerId borgerId, LocalDate modtagetDato, boolean henvisning,
        boolean afklaret, boolean haandteret, Udfald udfald, List<SagId> sager) {

    public HenvendelseState {
        sager = List.copyOf(Objects.requireNonNull(sager, "sager"));
    }

    /** Before the first event: the henvendelse does not exist. */
    public static HenvendelseState initial() {
        return new HenvendelseState(false, null, null, false, false, false, null, List.of());
    }
}
