package dk.careledger.domain.forloeb;

import static dk.careledger.domain.testfixtures.SynligKryptering.tekst;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.ForloebId;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.forloeb.command.AfslutForloeb;
import dk.careledger.domain.forloeb.command.StartForloeb;
import dk.careledger.domain.forloeb.command.TilknytBevilling;
import dk.careledger.domain.forloeb.command.TilknytSag;
import dk.careledger.domain.forloeb.event.BevillingTilknyttetForloeb;
import dk.careledger.domain.forloeb.event.ForloebAfsluttet;
import dk.careledger.domain.forloeb.event.ForloebStartet;
import dk.careledger.domain.forloeb.event.SagTilknyttetForloeb;
import dk.careledger.domain.testfixtures.TestKontekst;
import java.time.LocalDate;

/**
 * Object mother for forløb, reused by command-side tests through the core-domain test-jar: a SEL § 83 forløb
 * (personlig og praktisk hjælp, KLE 27.36.04) for a citizen, with a sag and a bevilling linked, ended after
 * an opfølgning. Events carry {@link TestKontekst#registrering()} and the deterministic test encryption.
 */
public final class ForloebFixtures {

    public static final ForloebId FORLOEB_ID = ForloebId.of("4b8e2f70-6a1d-4c3b-9f2e-8d7c6b5a4f31");
    public static final BorgerId BORGER_ID = BorgerId.of("6f1c2b9e-3d4a-4e5f-8a7b-0c1d2e3f4a01");
    public static final SagId SAG_ID = SagId.of("9c0d4e21-5b6a-4c7d-9e8f-1a2b3c4d5e31");
    public static final SagId ANDEN_SAG_ID = SagId.of("9c0d4e21-5b6a-4c7d-9e8f-1a2b3c4d5e32");
    public static final BevillingId BEVILLING_ID = BevillingId.of("7d3a1c58-2e4f-4b6a-8c9d-0e1f2a3b4c41");
    public static final BevillingId ANDEN_BEVILLING_ID = BevillingId.of("7d3a1c58-2e4f-4b6a-8c9d-0e1f2a3b4c42");

    public static final String FORLOEBSTYPE = "SEL-83";
    /** The KLE emne of SEL-83 in the shipped forløbstype catalogue. */
    public static final String KLE_NUMMER = "27.36.04";
    public static final LocalDate STARTDATO = LocalDate.of(2026, 3, 2);
    public static final LocalDate SLUTDATO = LocalDate.of(2026, 6, 30);
    public static final String AARSAG = "Opfølgning E3: borgeren klarer igen rengøring og indkøb selv";

    private ForloebFixtures() {
    }

    public static StartForloeb startForloeb() {
        return new StartForloeb(FORLOEB_ID, BORGER_ID, FORLOEBSTYPE, STARTDATO);
    }

    public static ForloebStartet forloebStartet() {
        return new ForloebStartet(FORLOEB_ID, BORGER_ID, FORLOEBSTYPE, KLE_NUMMER, STARTDATO, TestKontekst.registrering());
    }

    public static TilknytSag tilknytSag() {
        return new TilknytSag(FORLOEB_ID, SAG_ID);
    }

    public static SagTilknyttetForloeb sagTilknyttet() {
        return new SagTilknyttetForloeb(FORLOEB_ID, SAG_ID, TestKontekst.registrering());
    }

    public static TilknytBevilling tilknytBevilling() {
        return new TilknytBevilling(FORLOEB_ID, BEVILLING_ID);
    }

    public static BevillingTilknyttetForloeb bevillingTilknyttet() {
        return new BevillingTilknyttetForloeb(FORLOEB_ID, BEVILLING_ID, TestKontekst.registrering());
    }

    public static AfslutForloeb afslutForloeb() {
        return new AfslutForloeb(FORLOEB_ID, SLUTDATO, AARSAG);
    }

    public static ForloebAfsluttet forloebAfsluttet() {
        return new ForloebAfsluttet(FORLOEB_ID, SLUTDATO, tekst(BORGER_ID, AARSAG), TestKontekst.registrering());
    }
}
