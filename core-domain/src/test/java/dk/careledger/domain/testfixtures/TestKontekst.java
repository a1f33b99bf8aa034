package dk.careledger.domain.testfixtures;

import dk.careledger.domain.bevilling.BevillingFixtures;
import dk.careledger.domain.felles.Aktoer;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Faktatabel;
import dk.careledger.domain.felles.Kontekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Rolle;
import dk.careledger.domain.felles.Sagsfakta;
import dk.careledger.domain.felles.Sagsfakta.Afgoerelsesfakta;
import dk.careledger.domain.forloeb.ForloebFixtures;
import dk.careledger.domain.henvendelse.HenvendelseFixtures;
import dk.careledger.domain.sag.SagFixtures;
import dk.careledger.domain.katalog.Katalog;
import dk.careledger.domain.katalog.Kataloglaeser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Fixed kommune, actor and record time for decider tests, with the real shipped catalogues, and a world of other
 * aggregates ({@link #OPSLAG}) in which the fixtures' references exist and concern the fixtures' citizens. The record
 * time lies after every fact the fixtures register, as a registration does (ADR 0020).
 */
public final class TestKontekst {
    public static final Cvr AALBORG = new Cvr("29189420");
    public static final Cvr AARHUS = new Cvr("55133018");
    public static final Aktoer SAGSBEHANDLER = new Aktoer("sb-0001", Rolle.SAGSBEHANDLER);
    public static final Aktoer UDFOERER = new Aktoer("hp-0042", Rolle.UDFOERER);
    public static final Instant NU = Instant.parse("2027-12-01T09:15:00Z");
    public static final Katalog KATALOG = Kataloglaeser.standard();
    /** The other aggregates the fixtures refer to. */
    public static final Faktatabel OPSLAG = standardOpslag();

    private TestKontekst() {
    }

    public static Registrering registrering() {
        return new Registrering(AALBORG, SAGSBEHANDLER, NU);
    }

    public static Registrering registrering(Aktoer aktoer) {
        return new Registrering(AALBORG, aktoer, NU);
    }

    public static Kontekst kontekst() {
        return kontekst(SAGSBEHANDLER);
    }

    public static Kontekst kontekst(Aktoer aktoer) {
        return new Kontekst(registrering(aktoer), KATALOG, new SynligKryptering(), OPSLAG, Kontekst.STANDARD_FREMTIDSTOLERANCE);
    }

    /** As registered at {@code nu} instead of {@link #NU}. */
    public static Kontekst kontekst(Aktoer aktoer, Instant nu) {
        return new Kontekst(new Registrering(AALBORG, aktoer, nu), KATALOG, new SynligKryptering(), OPSLAG,
                Kontekst.STANDARD_FREMTIDSTOLERANCE);
    }

    /** With another world of other aggregates. */
    public static Kontekst kontekst(Faktatabel opslag) {
        return new Kontekst(registrering(), KATALOG, new SynligKryptering(), opslag, Kontekst.STANDARD_FREMTIDSTOLERANCE);
    }

    private static Faktatabel standardOpslag() {
        Faktatabel opslag = new Faktatabel();
        // the bevilling fixtures' sag: afgjort with a bevilling on the day the bevilling was given
        opslag.medSag(BevillingFixtures.SAG, new Sagsfakta(BevillingFixtures.BORGER, LocalDate.of(2026, 2, 16),
                Map.of(BevillingFixtures.AFGOERELSE, new Afgoerelsesfakta(true, BevillingFixtures.BEVILGET_DATO))));
        // the henvendelse fixtures' sager, and the sag fixtures' henvendelse
        for (var sagId : java.util.List.of(HenvendelseFixtures.SYGEPLEJESAG_ID, HenvendelseFixtures.PLEJESAG_ID,
                HenvendelseFixtures.EKSISTERENDE_SAG_ID)) {
            opslag.medSag(sagId, new Sagsfakta(HenvendelseFixtures.BORGER_ID, HenvendelseFixtures.MODTAGET_DATO, Map.of()));
        }
        opslag.medHenvendelse(SagFixtures.HENVENDELSE_ID, SagFixtures.BORGER_ID);
        // the forløb fixtures' sager and bevillinger
        for (var sagId : java.util.List.of(ForloebFixtures.SAG_ID, ForloebFixtures.ANDEN_SAG_ID)) {
            opslag.medSag(sagId, new Sagsfakta(ForloebFixtures.BORGER_ID, ForloebFixtures.STARTDATO, Map.of()));
        }
        opslag.medBevilling(ForloebFixtures.BEVILLING_ID, ForloebFixtures.BORGER_ID);
        opslag.medBevilling(ForloebFixtures.ANDEN_BEVILLING_ID, ForloebFixtures.BORGER_ID);
        return opslag;
    }
}
