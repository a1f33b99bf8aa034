package dk.careledger.domain.bevilling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.careledger.domain.felles.Rolle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The structure-sharing id set behind the bevilling's levering and opfølgning ids. */
class IdSaetTest {

    @Test
    void holdsExactlyTheIdsAddedAndLeavesEarlierVersionsUntouched() {
        Random random = new Random(83);
        Set<UUID> forventet = new HashSet<>();
        IdSaet saet = IdSaet.tom();
        IdSaet halvvejs = null;
        for (int i = 0; i < 20_000; i++) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            forventet.add(id);
            saet = saet.med(id);
            if (i == 9_999) {
                halvvejs = saet;
            }
        }

        assertThat(saet).hasSize(20_000).isEqualTo(forventet);
        assertThat(forventet).isEqualTo(saet);
        assertThat(saet.hashCode()).isEqualTo(forventet.hashCode());
        assertThat(halvvejs).hasSize(10_000);
        assertThat(saet.containsAll(forventet)).isTrue();
        assertThat(saet.contains(new UUID(1, 2))).isFalse();
        assertThat(saet.contains("not a uuid")).isFalse();
    }

    @Test
    void addingAnIdThatIsThereAlreadyGivesTheSameSet() {
        UUID id = UUID.fromString("5e1a0000-0000-4000-8000-000000000001");
        IdSaet saet = IdSaet.tom().med(id);

        assertThat(saet.med(id)).isSameAs(saet);
        assertThat(saet).hasSize(1);
    }

    @Test
    void keepsIdsWhoseHashCodesCollide() {
        UUID a = new UUID(0, 1);
        UUID b = new UUID(1, 0);
        UUID c = new UUID(2, 3);
        assertThat(a.hashCode()).isEqualTo(b.hashCode()).isEqualTo(c.hashCode());

        IdSaet saet = IdSaet.tom().med(a).med(b).med(c).med(b);

        assertThat(saet).hasSize(3).containsExactlyInAnyOrder(a, b, c);
        assertThat(new UUID(3, 2).hashCode()).isEqualTo(a.hashCode());
        assertThat(saet.contains(new UUID(3, 2))).as("same hash, not added").isFalse();
    }

    @Test
    void isReadOnly() {
        IdSaet saet = IdSaet.tom().med(new UUID(0, 1));

        assertThatThrownBy(() -> saet.add(new UUID(0, 2))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> saet.iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aStateReadBackWithAPlainSetKeepsWorking() {
        BevillingState fraSnapshot = BevillingFixtures.scenarie().given(BevillingFixtures.personligPlejeGivet())
                .state();
        BevillingState medHashSet = new BevillingState(fraSnapshot.findes(), fraSnapshot.bevillingId(),
                fraSnapshot.borgerId(), fraSnapshot.sagId(), fraSnapshot.indsatsKode(), fraSnapshot.ydelsestype(),
                fraSnapshot.bevilgetDato(), fraSnapshot.startdato(), fraSnapshot.slutdato(),
                fraSnapshot.bevilgetOmfang(), fraSnapshot.omfang(), fraSnapshot.ramme(), false, null, null, null, null,
                new HashMap<>(Map.of(BevillingFixtures.LEVERING, new Levering(Leveringsart.UDFOERT,
                        BevillingFixtures.FOERSTE_BESOEG, 30, null, false, Rolle.UDFOERER, false))), new HashSet<>(), null, false,
                new HashMap<>());

        BevillingState efter = BevillingDecider.evolve(medHashSet, BevillingFixtures.leveringIkkeUdfoert());

        assertThat(efter.leveringIds()).containsExactlyInAnyOrder(BevillingFixtures.LEVERING,
                BevillingFixtures.IKKE_LEVERET);
    }
}
