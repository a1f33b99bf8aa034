package dk.careledger.indeksfeed.ydelsesindeks;

import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.BORGER;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.GLEMT;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.KENDT;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.SAG;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.START;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.TRIN;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.XML;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.importer;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.personligPleje;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.rammer;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.sygeplejeUdenSag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.careledger.domain.bevilling.BevillingFixtures;
import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.testfixtures.TestKontekst;
import dk.careledger.indeksfeed.Personident;
import dk.careledger.indeksfeed.Personident.Identtype;
import dk.careledger.indeksfeed.ydelsesindeks.Bevillingsregistrering.BevilgetYdelse;
import dk.careledger.indeksfeed.ydelsesindeks.Ydelsesregistrering.Operation;
import dk.careledger.projection.motor.Haendelse;
import dk.careledger.projection.ydelse.YdelseFold;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Given a bevilling's row in the ydelse projection, when it is delivered, then the BevillingIndeks registration and its XML. */
class BevillingsregistreringTest {
    private final Ydelsesindekskontrol kontrol = new Ydelsesindekskontrol(XML);

    @Test
    void aBevillingOnASagNamesItsSagAsBevillingssagAndPassesSchemaAndAnvisning() {
        Bevillingsregistrering r = importer(personligPleje(null));

        String xml = XML.xml(r);

        assertThat(r.sag()).isEqualTo(new Bevillingsregistrering.Bevillingssag(SAG, "27.36.04-2026-17"));
        assertThat(xml).startsWith("<yi:ImporterYdelseIndeksInput").contains("<bi:Bevillingssag>")
                .contains("<sd:UUIDIdentifikator>" + SAG + "</sd:UUIDIdentifikator>")
                .contains("<bi:BrugervendtNoegle>27.36.04-2026-17</bi:BrugervendtNoegle>");
        assertThat(kontrol.fejl(r)).isEmpty();
    }

    @Test
    void aBevillingWithoutSagHasNoBevillingssagAndPassesSchemaAndAnvisning() {
        Bevillingsregistrering r = importer(sygeplejeUdenSag());

        String xml = XML.xml(r);

        assertThat(r.sag()).isNull();
        assertThat(xml).doesNotContain("Bevillingssag");
        assertThat(kontrol.fejl(r)).isEmpty();
    }

    @Test
    void theKleEmneIsTheYdelsesPrimaerKlasseNotTheBevillingsAndTheCitizenIsTheYdelsesmodtagerByCprUrn() {
        String xml = XML.xml(importer(personligPleje(null)));

        assertThat(xml).contains("<bi:Ydelsesnavn>Personlig pleje</bi:Ydelsesnavn><bi:Klassifikation><bi:Rolle><sd:UUIDIdentifikator>"
                + Ydelsesklasser.ROLLE_PRIMAER_KLASSE + "</sd:UUIDIdentifikator></bi:Rolle>");
        assertThat(xml).contains("<bi:BrugervendtNoegle>27.36.04</bi:BrugervendtNoegle><bi:Klassetitel>Personlig og praktisk hjælp</bi:Klassetitel>");
        assertThat(xml).contains("<sd:URNIdentifikator>urn:oio:cpr-nr:0101801234</sd:URNIdentifikator></gd:ReferenceID>"
                + "<bi:FuldtNavn>Karen Jensen</bi:FuldtNavn></bi:Bevillingspart>");
        assertThat(xml).contains("<sd:URNIdentifikator>urn:oio:cvr-nr:29189420</sd:URNIdentifikator></gd:ReferenceID>"
                + "<bi:BrugervendtNoegle>29189420</bi:BrugervendtNoegle><bi:FuldtNavn>Aalborg Kommune</bi:FuldtNavn>"
                + "<bi:CVR-nr>29189420</bi:CVR-nr>");
    }

    @Test
    void anOngoingYdelseHasNoSlutdatoSoTheIndexReadsItAsLoebende() {
        Bevillingsregistrering r = importer(personligPleje(null));

        assertThat(r.ydelser()).singleElement().satisfies(y -> {
            assertThat(y.startdato()).isEqualTo(START);
            assertThat(y.slutdato()).isNull();
        });
        String xml = XML.xml(r);
        assertThat(xml).contains("<bi:BevilgetYdelseStartdato>2026-03-09T00:00:00.000+01:00</bi:BevilgetYdelseStartdato>")
                .doesNotContain("BevilgetYdelseSlutdato").doesNotContain("Bevillingslutdato");
        assertThat(kontrol.fejl(r)).isEmpty();
    }

    @Test
    void anEndedYdelseEndsOnTheFirstDayWithoutItBecauseTheIndexCountsToDatesExclusive() {
        Bevillingsregistrering r = importer(personligPleje(LocalDate.of(2026, 6, 30)));

        assertThat(r.ydelser().get(0).slutdato()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(XML.xml(r)).contains("<bi:BevilgetYdelseSlutdato>2026-07-01T00:00:00.000+02:00</bi:BevilgetYdelseSlutdato>")
                .contains("<bi:Bevillingslutdato>2026-07-01T00:00:00.000+02:00</bi:Bevillingslutdato>");
        assertThat(kontrol.fejl(r)).isEmpty();
    }

    @Test
    void aBevillingStoppedBeforeItStartedIsDeliveredWithAnEmptyPeriodNotAnEndBeforeItsStart() {
        Ydelsesdata ophoertFoerStart = personligPleje(START.minusDays(10));

        Bevillingsregistrering r = importer(ophoertFoerStart);

        assertThat(r.ydelser().get(0).slutdato()).isEqualTo(START);
        assertThat(kontrol.fejl(r)).isEmpty();
    }

    @Test
    void aBevillingOnTheVentelisteIsNotDeliveredUntilItsStartdatoIsSet() {
        YdelseFold fold = YdelseFold.tom();
        fold.anvend(haendelse(1, BevillingFixtures.personligPlejeGivetPaaVenteliste()));
        Ydelsesdata paaVenteliste = Ydelsesdata.fra(fold.ydelse(BevillingFixtures.PERSONLIG_PLEJE.value()));

        assertThat(Bevillingsbillede.af(paaVenteliste, rammer())).isEmpty();

        fold.anvend(haendelse(2, BevillingFixtures.startdatoFastsat()));
        Optional<Bevillingsregistrering> startet = Bevillingsbillede.af(Ydelsesdata.fra(fold.ydelse(BevillingFixtures.PERSONLIG_PLEJE.value())),
                rammer());

        assertThat(startet).isPresent();
        assertThat(startet.get().ydelser().get(0).startdato()).isEqualTo(BevillingFixtures.STARTDATO);
        assertThat(startet.get().ydelser().get(0).id()).isEqualTo("SEL-83-PP");
        assertThat(startet.get().ejerCvr()).isEqualTo(TestKontekst.AALBORG.value());
        assertThat(kontrol.fejl(Bevillingsbillede.medTrin(startet.get(), Operation.IMPORTER, TRIN, "sb-0001"))).isEmpty();
    }

    @Test
    void aLaterStepIsAnOpdaterWithTheWholePictureAndItsOwnTidspunktAndNoRegistrering() {
        Bevillingsregistrering foer = importer(personligPleje(null));
        Bevillingsregistrering efter = Bevillingsbillede.medTrin(Bevillingsbillede.af(personligPleje(LocalDate.of(2026, 8, 31)), rammer())
                .orElseThrow(), Operation.OPDATER, TRIN.plusSeconds(86_400), "sb-0002");

        String xml = XML.xml(efter);

        assertThat(Bevillingsbillede.samme(foer, efter)).isFalse();
        assertThat(xml).startsWith("<yi:OpdaterYdelseIndeksInput").contains("<yi:OpdaterBevillingIndeks>")
                .contains("<yi:Tidspunkt>2026-03-03T09:15:00.000Z</yi:Tidspunkt>").doesNotContain("LivscyklusKode")
                .doesNotContain("BrugerRef").contains("<bi:BevilgetYdelseSlutdato>2026-09-01T00:00:00.000+02:00");
        assertThat(kontrol.fejl(efter)).isEmpty();
    }

    @Test
    void twoStepsThatShowTheSameAreTheSamePictureWhoeverDeliveredThem() {
        Bevillingsregistrering a = importer(personligPleje(null));
        Bevillingsregistrering b = Bevillingsbillede.medTrin(a, Operation.OPDATER, TRIN.plusSeconds(60), "hp-0042");

        assertThat(Bevillingsbillede.samme(a, b)).isTrue();
        assertThat(Bevillingsbillede.samme(null, a)).isFalse();
    }

    @Test
    void theLedgerItselfActsAsItsMasterItSystemAndAUserByHerStandInUuid() {
        Bevillingsregistrering system = Bevillingsbillede.medTrin(importer(personligPleje(null)), Operation.IMPORTER, TRIN,
                "careledger:revisitation-proces");

        assertThat(XML.xml(system)).contains("<sd:BrugerRef><sd:URNIdentifikator>urn:oio:it-system-uuid:" + Ydelsesindeksfixtures.MASTER)
                .contains("<sd:AktoerTypeKode>ItSystem</sd:AktoerTypeKode>");
        assertThat(XML.xml(importer(personligPleje(null)))).contains("<sd:BrugerRef><sd:UUIDIdentifikator>"
                + Ydelsesklasser.bruger("29189420", "sb-0001") + "</sd:UUIDIdentifikator></sd:BrugerRef>");
        assertThat(kontrol.fejl(system)).isEmpty();
    }

    @Test
    void aCitizenWithErstatningsCprIsNamedByFullNameUrnAndAForgottenCitizenIsNotNamedAtAllWhichBlocksTheDelivery() {
        Bevillingsregistrering r = importer(personligPleje(null));
        YdelsesindeksXml erstatning = new YdelsesindeksXml(id -> Optional.of(new Personident(Identtype.ERSTATNINGS_CPR, "010180AB12",
                "Ole Olsen")), "CareLedger");
        YdelsesindeksXml glemt = new YdelsesindeksXml(GLEMT, "CareLedger");

        assertThat(erstatning.xml(r)).contains("urn:oio:fuldtnavn:Ole Olsen").doesNotContain("010180AB12");
        assertThat(new Ydelsesindekskontrol(erstatning).fejl(r)).isEmpty();

        assertThat(glemt.xml(r)).doesNotContain("Bevillingspart").doesNotContain(BORGER.toString());
        assertThat(new Ydelsesindekskontrol(glemt).fejl(r)).containsExactly("PART: 0 Bevillingspart; der skal være præcis én ydelsesmodtager");
    }

    @Test
    void theStoredFormHoldsNoPersonalValuesAndReadsBackEqual() {
        Bevillingsregistrering r = importer(personligPleje(LocalDate.of(2026, 6, 30)));

        String json = Ydelsesregistreringer.json(r);

        assertThat(json).contains("\"objekt\":\"BEVILLING\"").contains(BORGER.toString()).doesNotContain(Ydelsesindeksfixtures.CPR)
                .doesNotContain("Karen");
        assertThat(Ydelsesregistreringer.fraJson(json)).isEqualTo(r);
        assertThat(KENDT.opslaa(BORGER)).isPresent();
    }

    @Test
    void theMapperReadsTheYdelseProjectionsRowAndAnOphoerEndsTheYdelseOnTheOphoersdato() {
        YdelseFold fold = YdelseFold.tom();
        fold.anvend(haendelse(1, BevillingFixtures.personligPlejeGivet()));
        fold.anvend(haendelse(2, BevillingFixtures.ophoert(LocalDate.of(2026, 4, 15))));
        Ydelsesdata d = Ydelsesdata.fra(fold.ydelse(BevillingFixtures.PERSONLIG_PLEJE.value()));
        Bevillingsbillede.Rammer udenFoelsomhed = new Bevillingsbillede.Rammer("Personlig pleje", null, null, null, null, null,
                Ydelsesindeksfixtures.MASTER, Ydelsesindeksfixtures.AFSENDER);

        Bevillingsregistrering r = Bevillingsbillede.af(d, udenFoelsomhed).orElseThrow();

        assertThat(r.sag()).isEqualTo(new Bevillingsregistrering.Bevillingssag(BevillingFixtures.SAG.value(), null));
        assertThat(r.ydelser()).extracting(BevilgetYdelse::kleEmne, BevilgetYdelse::startdato, BevilgetYdelse::slutdato)
                .containsExactly(tuple("27.36.04", BevillingFixtures.STARTDATO, LocalDate.of(2026, 4, 15)));
        assertThat(r.foelsomhed()).as("care data are sensitive when the caller knows no Følsomhed")
                .isEqualTo(Foelsomhed.FOELSOMME_PERSONOPLYSNINGER);
        assertThat(kontrol.fejl(Bevillingsbillede.medTrin(r, Operation.OPDATER, TRIN, "sb-0001"))).isEmpty();
    }

    private static Haendelse haendelse(long indeks, Object e) {
        return new Haendelse(indeks, null, 0, null, TestKontekst.NU, e);
    }
}
