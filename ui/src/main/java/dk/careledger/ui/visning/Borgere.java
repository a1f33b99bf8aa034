package dk.careledger.ui.visning;

import dk.careledger.commandside.borger.Borger;
import dk.careledger.commandside.borger.BorgerRegister;
import dk.careledger.commandside.borger.Identtype;
import dk.careledger.domain.adgang.Bruger;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Citizens by name and CPR, from the citizen register, as the user's kommune registered them (another kommune's
 * registration is as if there were none, ADR 0019). The page that shows them logs the read (the lists and overviews
 * through the services they call).
 */
@Component
public class Borgere {
    private final BorgerRegister register;

    public Borgere(BorgerRegister register) {
        this.register = register;
    }

    /** A citizen as a line of a list: name and CPR; a forgotten or unknown one as such. */
    public record Borgerlinje(UUID borgerId, String navn, String cpr) {
    }

    public Borgerlinje linje(UUID borgerId, Bruger bruger) {
        if (borgerId == null) {
            return new Borgerlinje(null, "–", "");
        }
        return egen(borgerId, bruger)
                .map(b -> new Borgerlinje(borgerId, b.glemt() != null ? "[slettet]" : b.navn() == null ? "(uden navn)" : b.navn(),
                        b.identtype() == Identtype.CPR || b.identtype() == Identtype.ERSTATNINGS_CPR ? b.identifikator() : "anonym"))
                .orElse(new Borgerlinje(borgerId, "(ukendt borger)", ""));
    }

    /** The citizen with this CPR (or erstatnings-CPR) in the user's kommune; dashes and spaces are ignored. */
    public Optional<UUID> medCpr(String cpr, Bruger bruger) {
        String cifre = cpr == null ? "" : cpr.replaceAll("[\\s-]", "");
        if (!cifre.matches("\\d{10}")) {
            return Optional.empty();
        }
        return register.find(Identtype.CPR, cifre).or(() -> register.find(Identtype.ERSTATNINGS_CPR, cifre))
                .filter(id -> egen(id, bruger).isPresent());
    }

    /**
     * The user's kommune's citizens whose name matches the words (ADR 0029), sorted by name, at most {@code graense};
     * the caller logs the read of those it shows.
     */
    public List<Borgerlinje> medNavn(String soegning, Bruger bruger, int graense) {
        return register.medNavn(bruger.kommune().value(), soegning, graense).stream()
                .map(t -> linje(t.borgerId(), bruger)).toList();
    }

    private Optional<Borger> egen(UUID borgerId, Bruger bruger) {
        return register.hent(borgerId).filter(b -> bruger.kommune().value().equals(b.kommune()));
    }
}
