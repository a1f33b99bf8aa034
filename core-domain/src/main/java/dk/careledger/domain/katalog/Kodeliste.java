package dk.careledger.domain.katalog;

import java.util.List;
import java.util.Objects;

/**
 * One code list as a client picks from it: its name in the API ({@code kle-emner}, {@code ikke-leveret-aarsager}),
 * the version of the file or code it comes from, and its entries in the order the source gives them.
 */
public record Kodeliste<T>(String navn, String version, List<T> koder) {

    public Kodeliste {
        Objects.requireNonNull(navn, "navn");
        Objects.requireNonNull(version, "version");
        koder = List.copyOf(koder);
    }
}
