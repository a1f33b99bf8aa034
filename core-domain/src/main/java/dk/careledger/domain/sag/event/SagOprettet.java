package dk.careledger.domain.sag.event;

import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.felles.HenvendelseId;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Sag oprettet (fremdrift Opstaaet) on the primær part with KLE, handlingsfacet, følsomhed and ejer (UC1 steps 3–4, 6). */
@Revision("1")
public record SagOprettet(SagId sagId, String sagsnummer, BorgerId borgerId, Cvr ejer, String ansvarligEnhed,
        String kleNummer, String handlingsfacet, Foelsomhed foelsomhed, KrypteretTekst titel, LocalDate opstaaetDato,
        List<HenvendelseId> henvendelser, String sagsbehandler, Registrering registrering) implements SagEvent {
    public SagOprettet {
        Objects.requireNonNull(sagId, "sagId");
        Objects.requireNonNull(sagsnummer, "sagsnummer");
        Objects.requireNonNull(borgerId, "borgerId");
        Objects.requireNonNull(ejer, "ejer");
        Objects.requireNonNull(ansvarligEnhed, "ansvarligEnhed");
        Objects.requireNonNull(kleNummer, "kleNummer");
        Objects.requireNonNull(handlingsfacet, "handlingsfacet");
        Objects.requireNonNull(foelsomhed, "foelsomhed");
        Objects.requireNonNull(titel, "titel");
        Objects.requireNonNull(opstaaetDato, "opstaaetDato");
        henvendelser = List.copyOf(Objects.requireNonNull(henvendelser, "henvendelser"));
        Objects.requireNonNull(registrering, "registrering");
    }
}
