package dk.careledger.domain.felles;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The birth date in a CPR number (ddmmåå-xxxx), by CPR-kontoret's rule for the century: the seventh digit with the
 * two year digits gives it. 0–3: 1900s; 4 and 9: 2000s for years 00–36, else 1900s; 5–8: 2000s for years 00–57,
 * else 1800s. Pure: the citizen register calls it before it keeps a CPR number. An erstatningspersonnummer is not a
 * CPR number and is not read here (the register keeps it as given).
 */
public final class Cpr {
    private Cpr() {
    }

    /** The birth date of a ten-digit CPR number, or empty when its date does not exist (day 32, month 13, 29 February 1900). */
    public static Optional<LocalDate> foedselsdato(String cpr) {
        if (cpr == null || !cpr.matches("\\d{10}")) {
            return Optional.empty();
        }
        int dag = Integer.parseInt(cpr.substring(0, 2));
        int maaned = Integer.parseInt(cpr.substring(2, 4));
        int aa = Integer.parseInt(cpr.substring(4, 6));
        int syvende = cpr.charAt(6) - '0';
        int aarhundrede;
        if (syvende <= 3) {
            aarhundrede = 1900;
        } else if (syvende == 4 || syvende == 9) {
            aarhundrede = aa <= 36 ? 2000 : 1900;
        } else {
            aarhundrede = aa <= 57 ? 2000 : 1800;
        }
        try {
            return Optional.of(LocalDate.of(aarhundrede + aa, maaned, dag));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
