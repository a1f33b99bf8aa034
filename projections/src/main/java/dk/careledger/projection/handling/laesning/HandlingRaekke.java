package dk.careledger.projection.handling.laesning;

import java.time.Instant;
import java.util.UUID;

/**
 * One fact as "who did what" shows it: its place in the log, when it was recorded, by whom (user, role, their kommune),
 * on which aggregate, the kommune owning it, the citizen and sag unit it concerns, and its reason when it has one — a
 * code ({@code begrundelseKode}) or free text still encrypted with the citizen's key.
 */
public record HandlingRaekke(long position, Instant registreret, String kommune, String brugerId, String rolle, String aggregattype,
        String aggregatId, String haendelse, String ejer, UUID borgerId, String enhed, String begrundelseKode, UUID begrundelseEjer,
        String begrundelseChiffer) {
}
