package dk.careledger.domain.sag.event;

import dk.careledger.domain.felles.AfgoerelseId;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.sag.Afgoerelsestype;
import java.time.LocalDate;
import java.util.Objects;

/** Afgørelse truffet (fremdrift Afgjort): bevilling, delvis bevilling or afslag with hjemmel, begrundelse and klagevejledning (UC3 1.1, 1.1.a1). */
@Revision("1")
public record AfgoerelseTruffet(SagId sagId, AfgoerelseId afgoerelseId, Afgoerelsestype type, String hjemmel,
        KrypteretTekst begrundelse, boolean klagevejledningGivet, LocalDate truffetDato, LocalDate sendtDato,
        LocalDate virkningsdato, KrypteretTekst uoplystBegrundelse, Registrering registrering) implements SagEvent {
    public AfgoerelseTruffet {
        Objects.requireNonNull(sagId, "sagId");
        Objects.requireNonNull(afgoerelseId, "afgoerelseId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(hjemmel, "hjemmel");
        Objects.requireNonNull(truffetDato, "truffetDato");
        Objects.requireNonNull(registrering, "registrering");
    }
}
