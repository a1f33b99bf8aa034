package dk.careledger.query.forloeb;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A forløb in a list: type, KLE, citizen, status (AKTIV or AFSLUTTET) and dates, and the ids of its sager and bevillinger. */
public record ForloebOversigt(UUID forloebId, UUID borgerId, String forloebstypeKode, String forloebstypeNavn, String kleNummer,
        String status, LocalDate startdato, LocalDate slutdato, List<UUID> sager, List<UUID> bevillinger) {
}
