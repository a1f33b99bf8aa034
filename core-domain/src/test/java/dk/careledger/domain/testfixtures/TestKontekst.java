package dk.careledger.domain.testfixtures;

import dk.careledger.domain.felles.Aktoer;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Kontekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Rolle;
import dk.careledger.domain.katalog.Katalog;
import dk.careledger.domain.katalog.Kataloglaeser;
import java.time.Instant;

/** Fixed kommune, actor and record time for decider tests, with the real shipped catalogues. */
public final class TestKontekst {
    public static final Cvr AALBORG = new Cvr("29189420");
    public static final Cvr AARHUS = new Cvr("55133018");
    public static final Aktoer SAGSBEHANDLER = new Aktoer("sb-0001", Rolle.SAGSBEHANDLER);
    public static final Aktoer UDFOERER = new Aktoer("hp-0042", Rolle.UDFOERER);
    public static final Instant NU = Instant.parse("2026-03-02T09:15:00Z");
    public static final Katalog KATALOG = Kataloglaeser.standard();

    private TestKontekst() {
    }

    public static Registrering registrering() {
        return new Registrering(AALBORG, SAGSBEHANDLER, NU);
    }

    public static Registrering registrering(Aktoer aktoer) {
        return new Registrering(AALBORG, aktoer, NU);
    }

    public static Kontekst kontekst() {
        return new Kontekst(registrering(), KATALOG, new SynligKryptering());
    }

    public static Kontekst kontekst(Aktoer aktoer) {
        return new Kontekst(registrering(aktoer), KATALOG, new SynligKryptering());
    }
}
