package dk.careledger.projection.borgerblik;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.bevilling.Omfangsperiode;
import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.sag.Fremdrift;
import dk.careledger.projection.borgerblik.laesning.Borgerbliksregler.Dokument;
import dk.careledger.projection.borgerblik.laesning.Borgerbliksregler.Skjulegrund;
import dk.careledger.projection.borgerblik.laesning.Borgerbliksregler.Trin;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import dk.careledger.projection.borgerblik.laesning.Borgerbliksindstilling;
import dk.careledger.projection.borgerblik.laesning.Borgerbliksregler;
import dk.careledger.domain.indstilling.Titelkilde;

/** Each Borgerblikket rule on its own: who sees a sag, the timeline, the letters, the names of the ydelser. */
class BorgerbliksreglerTest {
    private static final LocalDate IDAG = LocalDate.of(2026, 11, 22);
    private static final Borgerbliksindstilling VIS_ALT = new Borgerbliksindstilling(Titelkilde.SAG, true, null, false, true, false, "",
            LocalDate.of(2020, 1, 1), 1L, false);

    private static Borgerbliksindstilling fradato(LocalDate fradato, boolean visAeldreAktive) {
        return new Borgerbliksindstilling(Titelkilde.KLE, false, fradato, visAeldreAktive, false, false, "27", LocalDate.of(2020, 1, 1), 2L,
                false);
    }

    private static Optional<Skjulegrund> skjult(boolean harCpr, Foelsomhed f, Borgerbliksindstilling i, LocalDate opstaaet, boolean aktiv) {
        return Borgerbliksregler.skjulegrund(harCpr, f, i, opstaaet, aktiv);
    }

    @Test
    void aCitizenWithCprSeesTheirSagByDefault() {
        assertThat(skjult(true, Foelsomhed.FOELSOMME_PERSONOPLYSNINGER, Borgerbliksindstilling.STANDARD, IDAG, true)).isEmpty();
    }

    @Test
    void aCitizenWithoutCprSeesNothingWhateverTheConfiguration() {
        assertThat(skjult(false, Foelsomhed.IKKE_FORTROLIGE_DATA, VIS_ALT, IDAG, true)).contains(Skjulegrund.IKKE_CPR);
    }

    @Test
    void aVipSagIsNeverShownWhateverTheConfiguration() {
        assertThat(skjult(true, Foelsomhed.VIP_SAGER, VIS_ALT, IDAG, true)).contains(Skjulegrund.VIP_SAGER);
        assertThat(skjult(true, Foelsomhed.VIP_SAGER, Borgerbliksindstilling.STANDARD, IDAG, true)).contains(Skjulegrund.VIP_SAGER);
        assertThat(skjult(true, Foelsomhed.FOELSOMME_PERSONOPLYSNINGER, VIS_ALT, IDAG, true)).as("the level below").isEmpty();
    }

    @Test
    void aSagInAnAreaTheKommuneHidesFromTheCitizenIsNotShown() {
        Borgerbliksindstilling skjul = new Borgerbliksindstilling(Titelkilde.KLE, false, null, false, false, true, "27.36",
                LocalDate.of(2020, 1, 1), 3L, false);
        assertThat(skjult(true, Foelsomhed.IKKE_FORTROLIGE_DATA, skjul, IDAG, true)).contains(Skjulegrund.SKJULT_FOR_BORGER);
    }

    @Test
    void withAFradatoOnlySagerArisingOnOrAfterItAreShown() {
        LocalDate fradato = LocalDate.of(2025, 1, 1);
        Foelsomhed f = Foelsomhed.FOELSOMME_PERSONOPLYSNINGER;

        assertThat(skjult(true, f, fradato(fradato, false), fradato, false)).as("on the day, closed").isEmpty();
        assertThat(skjult(true, f, fradato(fradato, false), fradato.plusDays(1), true)).isEmpty();
        assertThat(skjult(true, f, fradato(fradato, false), fradato.minusDays(1), true)).as("the day before, still active")
                .contains(Skjulegrund.FOER_FRADATO);
        assertThat(skjult(true, f, fradato(fradato, false), fradato.minusDays(1), false)).contains(Skjulegrund.FOER_FRADATO);
    }

    @Test
    void withAFradatoAndOlderActiveSagerShownAnOlderSagIsShownWhileItIsActive() {
        LocalDate fradato = LocalDate.of(2025, 1, 1);
        Foelsomhed f = Foelsomhed.FOELSOMME_PERSONOPLYSNINGER;

        assertThat(skjult(true, f, fradato(fradato, true), LocalDate.of(2019, 5, 1), true)).isEmpty();
        assertThat(skjult(true, f, fradato(fradato, true), LocalDate.of(2019, 5, 1), false)).contains(Skjulegrund.FOER_FRADATO);
    }

    @Test
    void theTimelineShowsOnlyStatesThatHaveBegunAndLeavesTheCurrentOneOpen() {
        LocalDate sendt = IDAG.minusDays(3);
        List<Trin> troede = List.of(new Trin(Fremdrift.OPSTAAET, IDAG.minusDays(30), IDAG.minusDays(10)),
                new Trin(Fremdrift.OPLYST, IDAG.minusDays(10), sendt), new Trin(Fremdrift.AFGJORT, sendt, sendt.plusDays(29)),
                new Trin(Fremdrift.AFSLUTTET, sendt.plusDays(29), null));

        List<Trin> vist = Borgerbliksregler.tidslinje(troede, IDAG);

        assertThat(vist).as("the closing the klagefrist policy expects has not happened").containsExactly(troede.get(0), troede.get(1),
                new Trin(Fremdrift.AFGJORT, sendt, null));
        assertThat(Borgerbliksregler.aktuel(vist)).isEqualTo(Fremdrift.AFGJORT);
        assertThat(Borgerbliksregler.aktiv(vist)).isTrue();
        assertThat(Borgerbliksregler.tidslinje(troede, sendt.plusDays(29))).extracting(Trin::fremdrift).containsExactly(Fremdrift.OPSTAAET,
                Fremdrift.OPLYST, Fremdrift.AFGJORT, Fremdrift.AFSLUTTET);
        assertThat(Borgerbliksregler.aktiv(Borgerbliksregler.tidslinje(troede, sendt.plusDays(29)))).isFalse();
    }

    @Test
    void statesPassedThroughOnOneDayAreKeptSoNoStateIsSkipped() {
        LocalDate d = IDAG.minusDays(5);
        List<Trin> troede = List.of(new Trin(Fremdrift.OPSTAAET, d, d), new Trin(Fremdrift.OPLYST, d, d), new Trin(Fremdrift.AFGJORT, d, d),
                new Trin(Fremdrift.AFSLUTTET, d, null));

        List<Trin> vist = Borgerbliksregler.tidslinje(troede, IDAG);

        assertThat(vist).isEqualTo(troede);
        assertThat(Borgerbliksregler.aktuel(vist)).isEqualTo(Fremdrift.AFSLUTTET);
    }

    @Test
    void aSagThatArisesLaterShowsItsFirstStateOpen() {
        LocalDate senere = IDAG.plusDays(4);
        List<Trin> vist = Borgerbliksregler.tidslinje(List.of(new Trin(Fremdrift.OPSTAAET, senere, null)), IDAG);

        assertThat(vist).containsExactly(new Trin(Fremdrift.OPSTAAET, senere, null));
        assertThat(Borgerbliksregler.aktuel(vist)).isEqualTo(Fremdrift.OPSTAAET);
    }

    @Test
    void letterLikeFactsBecomeLettersWithFixedDanishTitlesAndOthersDoNot() {
        LocalDate truffet = LocalDate.of(2026, 3, 20);
        LocalDate sendt = LocalDate.of(2026, 3, 21);

        assertThat(Borgerbliksregler.dokument("AfgoerelseTruffet", truffet, sendt)).contains(new Dokument("Afgørelse", sendt));
        assertThat(Borgerbliksregler.dokument("AfgoerelseTruffet", truffet, null)).as("not sent: the day it was made")
                .contains(new Dokument("Afgørelse", truffet));
        assertThat(Borgerbliksregler.dokument("PartshoeringSendt", truffet, sendt)).contains(new Dokument("Partshøring", truffet));
        assertThat(Borgerbliksregler.dokument("PartshoeringBesvaret", truffet, null)).contains(new Dokument("Svar på partshøring", truffet));
        assertThat(Borgerbliksregler.dokument("OplysningerAnmodet", truffet, sendt)).contains(new Dokument("Anmodning om oplysninger", truffet));
        assertThat(Borgerbliksregler.dokument("KlageModtaget", truffet, null)).contains(new Dokument("Klage", truffet));
        assertThat(Borgerbliksregler.dokument("SagOplyst", truffet, null)).isEmpty();
        assertThat(Borgerbliksregler.dokument("TilstandVurderet", truffet, null)).isEmpty();
        assertThat(Borgerbliksregler.DOKUMENTHAENDELSER).allSatisfy(h -> assertThat(Borgerbliksregler.dokument(h, truffet, null)).isPresent());
    }

    @Test
    void lettersAreShownByDateAndOnlyOnceTheirDayHasCome() {
        Dokument afgoerelse = new Dokument("Afgørelse", IDAG.plusDays(1));
        Dokument partshoering = new Dokument("Partshøring", IDAG.minusDays(2));
        Dokument anmodning = new Dokument("Anmodning om oplysninger", IDAG.minusDays(9));

        assertThat(Borgerbliksregler.dokumenter(List.of(afgoerelse, partshoering, anmodning), IDAG)).containsExactly(anmodning, partshoering);
    }

    @Test
    void aYdelseAtNiveau2IsNamedByItsIndsatsAndHowOften() {
        assertThat(Borgerbliksregler.ydelsesnavn("Personlig pleje", 3, Omfangsperiode.PR_UGE)).isEqualTo("Personlig pleje, 3 gange om ugen");
        assertThat(Borgerbliksregler.ydelsesnavn("Praktisk hjælp", 1, Omfangsperiode.PR_UGE)).isEqualTo("Praktisk hjælp, 1 gang om ugen");
        assertThat(Borgerbliksregler.ydelsesnavn("Personlig pleje", 2, Omfangsperiode.PR_DAG)).isEqualTo("Personlig pleje, 2 gange om dagen");
        assertThat(Borgerbliksregler.ydelsesnavn("Hovedrengøring", 1, Omfangsperiode.PR_MAANED)).isEqualTo("Hovedrengøring, 1 gang om måneden");
        assertThat(Borgerbliksregler.ydelsesnavn("Kontant tilskud til ansættelse af hjælpere", null, null)).as("no omfang: money")
                .isEqualTo("Kontant tilskud til ansættelse af hjælpere");
    }

    @Test
    void everyStateHasADanishName() {
        assertThat(List.of(Fremdrift.values())).extracting(Borgerbliksregler::tekst).containsExactly("Opstået", "Oplyst", "Afgjort", "Afsluttet");
    }
}
