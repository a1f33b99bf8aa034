package dk.careledger.query.tid;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An answer and the instants it describes: {@code svar}'s own fields, plus {@code tidsangivelse} when the read was asked
 * "as of" (ADR 0026). A live read has none, so its JSON is exactly the answer's.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Tidsbestemt<T>(Tidsangivelse tidsangivelse, @JsonUnwrapped T svar) {

    public static <T> Tidsbestemt<T> live(T svar) {
        return new Tidsbestemt<>(null, svar);
    }
}
