package dk.careledger.domain.forloeb;

import static dk.careledger.domain.felles.Afvisningsart.IKKE_FUNDET;
import static dk.careledger.domain.felles.Afvisningsart.REGEL;
import static dk.careledger.domain.forloeb.ForloebFixtures.FORLOEB_ID;
import static dk.careledger.domain.forloeb.ForloebFixtures.forloebStartet;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.felles.Sagsfakta;
import dk.careledger.domain.forloeb.command.ForloebCommand;
import dk.careledger.domain.forloeb.command.TilknytBevilling;
import dk.careledger.domain.forloeb.command.TilknytSag;
import dk.careledger.domain.forloeb.event.ForloebEvent;
import dk.careledger.domain.testfixtures.Scenarie;
import dk.careledger.domain.testfixtures.TestKontekst;
import dk.careledger.domain.felles.Faktatabel;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 15: a forløb groups one citizen's sager and bevillinger, never another's (ADR 0020). */
class ForloebetsBorgerTest {

    private static final BorgerId ANDEN_BORGER = BorgerId.of("6f1c2b9e-3d4a-4e5f-8a7b-0c1d2e3f4abb");
    private static final SagId ANDEN_BORGERS_SAG = SagId.of("9c0d4e21-5b6a-4c7d-9e8f-1a2b3c4d5ebb");
    private static final BevillingId ANDEN_BORGERS_BEVILLING = BevillingId.of("7d3a1c58-2e4f-4b6a-8c9d-0e1f2a3b4cbb");

    private final Scenarie<ForloebState, ForloebCommand, ForloebEvent> scenarie =
            new Scenarie<>(ForloebState::initial, ForloebDecider::evolve, ForloebDecider::decide);

    private final Faktatabel opslag = new Faktatabel()
            .medSag(ANDEN_BORGERS_SAG, new Sagsfakta(ANDEN_BORGER, LocalDate.of(2026, 2, 1), Map.of()))
            .medBevilling(ANDEN_BORGERS_BEVILLING, ANDEN_BORGER);

    @Test
    void refusesLinkingAnotherCitizensSag() {
        scenarie.given(forloebStartet()).when(new TilknytSag(FORLOEB_ID, ANDEN_BORGERS_SAG), TestKontekst.kontekst(opslag))
                .thenRefused(REGEL, "ANDEN_BORGER", "sagId");
    }

    @Test
    void refusesLinkingAnotherCitizensBevilling() {
        scenarie.given(forloebStartet()).when(new TilknytBevilling(FORLOEB_ID, ANDEN_BORGERS_BEVILLING), TestKontekst.kontekst(opslag))
                .thenRefused(REGEL, "ANDEN_BORGER", "bevillingId");
    }

    @Test
    void refusesLinkingABevillingThatDoesNotExist() {
        scenarie.given(forloebStartet()).when(new TilknytBevilling(FORLOEB_ID, ANDEN_BORGERS_BEVILLING))
                .thenRefused(IKKE_FUNDET, "BEVILLING_UKENDT", "bevillingId");
    }
}
