package dk.careledger.commandside.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.careledger.domain.felles.Afvisning;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One thing wrong with one field of a request (issue 18 item 2): a refusal of bad input lists them all in
 * {@code fejl}, so a client fixes its request in one go rather than one field per round trip.
 *
 * @param felt             the field as a JSON path ({@code omfang.enhed}, {@code henvendelser[1]}), or null for the body
 * @param fejlkode         the stable code ({@code FELT_PAAKRAEVET}, {@code UGYLDIG_VAERDI}, {@code UKENDT_FELT}, …)
 * @param besked           the message in Danish
 * @param tilladteVaerdier for a field that takes one of a fixed set (an enum): every value it takes
 * @param forventetFormat  for a date or a time: the format it takes ({@code ÅÅÅÅ-MM-DD})
 * @param menteDu          the name or value probably meant (an unknown field close to a known one, a date in Danish order)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Feltfejl(String felt, String fejlkode, String besked, List<String> tilladteVaerdier, String forventetFormat, String menteDu) {

    public Feltfejl {
        tilladteVaerdier = tilladteVaerdier == null ? null : List.copyOf(tilladteVaerdier);
    }

    /** A field error with nothing more to say than code and message. */
    public static Feltfejl af(String felt, String fejlkode, String besked) {
        return new Feltfejl(felt, fejlkode, besked, null, null, null);
    }

    /** This error as a refusal (400), which still carries it whole for {@link #alle}. */
    public Afvisning afvisning() {
        return afvisning(List.of(this));
    }

    /**
     * The refusal of a request with these errors: 400 with the first one's code, field and message (what a client that
     * reads only {@code fejlkode} and {@code felt} has always got), carrying the whole list for the problem document.
     */
    public static Afvisning afvisning(List<Feltfejl> fejl) {
        Feltfejl foerste = fejl.get(0);
        Afvisning a = Afvisning.ugyldig(foerste.fejlkode(), foerste.felt(), foerste.besked());
        a.initCause(new Liste(fejl));
        return a;
    }

    /**
     * Every field error a refusal carries: the list it was made from, or, for a refusal of bad input made elsewhere (a
     * rule of the decider, a header), that one error. Empty for a refusal that is not about input (404, 409, 422).
     */
    public static List<Feltfejl> alle(Afvisning a) {
        if (a.getCause() instanceof Liste liste) {
            return liste.fejl;
        }
        return a.art() == dk.careledger.domain.felles.Afvisningsart.UGYLDIG ? List.of(af(a.felt(), a.fejlkode(), a.besked())) : List.of();
    }

    /** The same errors with their fields put under {@code sti} (a registration in a bulk request: {@code registreringer[3]}). */
    public static Afvisning under(String sti, Afvisning a) {
        List<Feltfejl> flyttet = new ArrayList<>();
        for (Feltfejl f : alle(a)) {
            flyttet.add(new Feltfejl(f.felt() == null ? sti : sti + "." + f.felt(), f.fejlkode(), f.besked(), f.tilladteVaerdier(),
                    f.forventetFormat(), f.menteDu()));
        }
        if (flyttet.isEmpty()) {
            return new Afvisning(a.art(), a.fejlkode(), a.felt() == null ? sti : sti + "." + a.felt(), a.besked());
        }
        return afvisning(flyttet);
    }

    /** Adds the error unless the list already has one for the same field (the first word on a field is the one kept). */
    static void tilfoej(List<Feltfejl> fejl, Feltfejl ny) {
        Set<String> felter = new LinkedHashSet<>();
        fejl.forEach(f -> felter.add(String.valueOf(f.felt())));
        if (!felter.contains(String.valueOf(ny.felt()))) {
            fejl.add(ny);
        }
    }

    /** Carries the list on the refusal (as its cause, so every catcher of {@link Afvisning} still works). */
    private static final class Liste extends RuntimeException {
        private final List<Feltfejl> fejl;

        Liste(List<Feltfejl> fejl) {
            super(fejl.size() + " feltfejl", null, false, false);
            this.fejl = List.copyOf(fejl);
        }
    }
}
