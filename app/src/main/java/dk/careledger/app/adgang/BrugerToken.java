package dk.careledger.app.adgang;

import dk.careledger.domain.adgang.Bruger;
import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A verified caller: the {@link Bruger} from the token, with one authority {@code ROLLE_<rolle>} per role. */
final class BrugerToken extends AbstractAuthenticationToken {
    private final Bruger bruger;
    private final String token;

    BrugerToken(Bruger bruger, String token) {
        super(autoriteter(bruger));
        this.bruger = bruger;
        this.token = token;
        setAuthenticated(true);
    }

    private static Collection<GrantedAuthority> autoriteter(Bruger bruger) {
        return bruger.roller().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLLE_" + r.name())).toList();
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Bruger getPrincipal() {
        return bruger;
    }

    @Override
    public String getName() {
        return bruger.brugerId();
    }
}
