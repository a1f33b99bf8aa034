package dk.careledger.query.tid;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Which instants an "as of" answer describes (ADR 0026), always both: {@code kendtPr}, the record time (what the ledger
 * knew then: facts registered after it, corrections included, are not applied), and {@code gaeldendePr}, the valid time
 * (the day on which day-dependent states, such as a bevilling's status, are judged). A parameter not given is filled in
 * and said so: {@code kendtPr} by the moment of the read, {@code gaeldendePr} by {@code kendtPr}'s day in Denmark.
 */
public record Tidsangivelse(Instant kendtPr, LocalDate gaeldendePr) {
}
