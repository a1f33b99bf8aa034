package dk.careledger.indeksfeed.sagsindeks;

import static dk.careledger.domain.sag.Afgoerelsestype.BEVILLING;
import static dk.careledger.projection.sag.Historie.afgoerelse;
import static dk.careledger.projection.sag.Historie.bevilling;
import static dk.careledger.projection.sag.Historie.d;
import static dk.careledger.projection.sag.Historie.forloeb;
import static dk.careledger.projection.sag.Historie.sag;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.sag.Fremdrift;
import dk.careledger.indeksfeed.sagsindeks.Indekssager.Art;
import dk.careledger.indeksfeed.sagsindeks.Indekssager.Indekssag;
import dk.careledger.projection.sag.Historie;
import dk.careledger.domain.indstilling.Politik;
import dk.careledger.projection.sag.laesning.SagTilstand;
import dk.careledger.domain.indstilling.Sagsbegreb;
import dk.careledger.projection.sag.sagsbegreb.laesning.Sagsbegrebsberegning;
import dk.careledger.projection.sag.sagsbegreb.laesning.VariantSag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Given a citizen's facts and the kommune's case-concept configuration, then the index sager the Sagsindeks feed
 * delivers ({@link Indekssager}, ADR 0014): which rows there are and every field of a borgersag and a forløb sag. Lives
 * beside {@link Historie}, which builds the facts.
 */
class IndekssagerTest {
    private static final SagId S1 = sag(1);
    private static final SagId S2 = sag(2);
    private static final SagId S3 = sag(3);
    private static final String KOMMUNE = "29189420";
    private static final LocalDate DAG = d("2026-11-22");
    private static final UUID MASTER = UUID.fromString("1111aaaa-11aa-22bb-33cc-111111aaaaaa");
    private static final UUID AFSENDER = UUID.fromString("2222bbbb-11aa-22bb-33cc-222222bbbbbb");
    private static final Skemavalidering SKEMA = Skemavalidering.sagsindeks();
    private static final SagsindeksXml XML = new SagsindeksXml(t -> Optional.empty(), id -> Optional.empty(), "CareLedger");

    /** The kommune's configuration: the variant per KLE prefix from a day (longest prefix wins), and the hidden KLE emner. */
    private record Rammer(Map<String, Sagsbegreb> varianter, LocalDate fra, Set<String> skjulte) implements Indeksrammer {
        static Rammer af(Sagsbegreb variant) {
            return new Rammer(Map.of("", variant), d("2020-01-01"), Set.of());
        }

        @Override
        public Sagsbegreb sagsbegreb(String kommune, String kle, LocalDate dag) {
            if (dag.isBefore(fra)) {
                return Sagsbegreb.ENKELTSAGER;
            }
            return varianter.entrySet().stream().filter(e -> e.getKey().isEmpty() || kle.startsWith(e.getKey()))
                    .max(Map.Entry.comparingByKey((a, b) -> a.length() - b.length())).map(Map.Entry::getValue)
                    .orElse(Sagsbegreb.ENKELTSAGER);
        }

        @Override
        public Politik politik(String kommune, String kle, LocalDate dag) {
            return Politik.VED_AFGOERELSE;
        }

        @Override
        public boolean skjultForBorger(String kommune, String kle, LocalDate dag) {
            return skjulte.contains(kle);
        }

        @Override
        public String kleTitel(String kleEmne) {
            return Map.of("27.36.00", "Personlig og praktisk hjælp i almindelighed").getOrDefault(kleEmne, kleEmne);
        }

        @Override
        public String forloebstype(String kode) {
            return Map.of("SEL-83", "Personlig og praktisk hjælp").getOrDefault(kode, kode);
        }

        @Override
        public UUID masterItSystem() {
            return MASTER;
        }

        @Override
        public UUID afsenderItSystem() {
            return AFSENDER;
        }
    }

    /**
     * S1 (27.36.04, afgjort with a bevilling, Visitation Nord), S2 (27.36.08, begun later, Hjemmepleje Syd, følsomme
     * personoplysninger), a lone sygepleje bevilling (29.18), a forløb of type SEL-83 with S1.
     */
    private static Historie historie() {
        return new Historie().oprettet(S1, "27.36.04", "2026-01-05", "Visitation Nord", "G01", Foelsomhed.FORTROLIGE_PERSONOPLYSNINGER,
                "sb-0001").oplyst(S1, "2026-01-20").afgoerelse(S1, afgoerelse(1), BEVILLING, "2026-02-01", "2026-02-01")
                .bevillingGivet(bevilling(1), S1, afgoerelse(1), "SEL-83", "27.36.04", "2026-02-01")
                .oprettet(S2, "27.36.08", "2026-03-01", "Hjemmepleje Syd", "K02", Foelsomhed.FOELSOMME_PERSONOPLYSNINGER, "sb-0002")
                .bevillingGivet(bevilling(9), null, null, "SUL-138", "29.18.00", "2026-03-10")
                .forloebStartet(forloeb(1), "SEL-83", "27.36.04", "2026-01-05").sagTilknyttet(forloeb(1), S1);
    }

    private static Map<UUID, Indekssag> beregn(Historie h, Indeksrammer r, LocalDate dag) {
        return Indekssager.beregn(Borgertilstand.af(h.borger.value(), h.fakta()), dag, r);
    }

    private static VariantSag raekke(Historie h, Sagsbegreb variant, String noegle) {
        return Sagsbegrebsberegning.beregn(h.borger.value(), h.fakta()).stream()
                .filter(v -> v.variant() == variant && v.noegle().equals(noegle)).findFirst().orElseThrow();
    }

    private static void gyldig(Sagsregistrering r) {
        assertThat(Anvisningskontrol.kontroller(r)).isEmpty();
        String xml = XML.xml(r);
        assertThat(SKEMA.valider(xml)).as(xml).isEmpty();
        assertThat(Anvisningskontrol.kontrollerDokument(xml)).isEmpty();
    }

    @Test
    void underEnkeltsagerEachLedgerSagIsItsOwnIndexSagAsBefore() {
        Historie h = historie();

        Map<UUID, Indekssag> sager = beregn(h, Rammer.af(Sagsbegreb.ENKELTSAGER), DAG);

        assertThat(sager.keySet()).containsExactly(S1.value(), S2.value());
        assertThat(sager.values()).extracting(Indekssag::art).containsOnly(Art.ENKELTSAG);
        Borgertilstand b = Borgertilstand.af(h.borger.value(), h.fakta());
        SagTilstand s1 = b.sager().get(S1.value());
        assertThat(sager.get(S1.value()).billede().get()).isEqualTo(Sagsbillede.af(s1, Politik.VED_AFGOERELSE,
                new Sagsbillede.Rammer("27.36.04", false, MASTER, AFSENDER)));
    }

    @Test
    void aBorgersagTakesItsFieldsFromItsMembersAndIsAValidIndexSag() {
        Historie h = historie();
        VariantSag forventet = raekke(h, Sagsbegreb.BORGERSAG_PR_OMRAADE, "borger:" + h.borger + ":" + KOMMUNE + ":27.36");

        Map<UUID, Indekssag> sager = beregn(h, Rammer.af(Sagsbegreb.BORGERSAG_PR_OMRAADE), DAG);

        assertThat(sager.keySet()).as("29.18 has only a bevilling without sag: no unit, no index sag").containsExactly(forventet.id());
        Sagsregistrering r = sager.get(forventet.id()).billede().get();
        String uuid = forventet.id().toString().replace("-", "");
        assertThat(r.sagUuid()).isEqualTo(forventet.id());
        assertThat(r.sagsnummer()).isEqualTo("BS-27.36-" + uuid).hasSizeLessThanOrEqualTo(50);
        assertThat(r.kleEmne()).isEqualTo("27.36.00");
        assertThat(r.titel()).isEqualTo(new Sagsregistrering.Titel("Personlig og praktisk hjælp i almindelighed", null, null, false));
        assertThat(r.ejerCvr()).isEqualTo(KOMMUNE);
        assertThat(r.ansvarligEnhed()).as("the member begun most recently").isEqualTo("Hjemmepleje Syd");
        assertThat(r.primaerBehandler()).isEqualTo("sb-0002");
        assertThat(r.primaerBehandlerFra()).isEqualTo(d("2026-03-01"));
        assertThat(r.handlingsfacet()).isEqualTo("K02");
        assertThat(r.foelsomhed()).as("the most restrictive member's").isEqualTo(Foelsomhed.FOELSOMME_PERSONOPLYSNINGER);
        assertThat(r.borgerId()).isEqualTo(h.borger.value());
        assertThat(r.skjultForBorger()).isFalse();
        assertThat(r.tilstande()).extracting(Sagsregistrering.Tilstandsperiode::fremdrift, Sagsregistrering.Tilstandsperiode::fra,
                Sagsregistrering.Tilstandsperiode::til).containsExactlyElementsOf(forventet.tidslinje().stream()
                        .map(p -> org.assertj.core.groups.Tuple.tuple(p.fremdrift(), p.fra(), p.til())).toList());
        assertThat(r.opstaaetDato()).isEqualTo(d("2026-01-05"));
        assertThat(r.afgoerelsesklasse()).as("S2 is open, so the borgersag is not afgjort").isNull();
        assertThat(r.sagsstatus()).as("the member whose status changed last").isEqualTo("Modtaget");
        gyldig(r);
        gyldig(Sagsbillede.efter(null, r, h.sidsteTid(), "sb-0002"));
    }

    @Test
    void anAfgjortBorgersagCarriesTheClassOfItsMembersLatestAfgoerelse() {
        Historie h = new Historie().oprettet(S1, "27.36.04", "2026-01-05").oplyst(S1, "2026-01-20")
                .afgoerelse(S1, afgoerelse(1), BEVILLING, "2026-02-01", "2026-02-01")
                .bevillingGivet(bevilling(1), S1, afgoerelse(1), "SEL-83", "27.36.04", "2026-02-01");

        Sagsregistrering r = beregn(h, Rammer.af(Sagsbegreb.BORGERSAG_PR_OMRAADE), DAG).values().iterator().next().billede().get();

        assertThat(r.tilstande().get(r.tilstande().size() - 1).fremdrift()).isEqualTo(Fremdrift.AFGJORT);
        assertThat(r.afgoerelsesklasse()).isEqualTo("Bevilget");
        gyldig(r);
    }

    @Test
    void aBorgersagBeingClarifiedStaysOplystWhenANewApplicationArisesSoItsStatesNeverStepBackAndTheIndexTakesThem() {
        Historie h = new Historie().oprettet(S1, "27.36.04", "2026-01-05").oplyst(S1, "2026-01-20")
                .oprettet(S2, "27.36.08", "2026-02-01").oplyst(S2, "2026-02-10")
                .afgoerelse(S1, afgoerelse(1), BEVILLING, "2026-02-15", "2026-02-15")
                .afgoerelse(S2, afgoerelse(2), BEVILLING, "2026-02-20", "2026-02-20");

        Sagsregistrering r = beregn(h, Rammer.af(Sagsbegreb.BORGERSAG_PR_OMRAADE), DAG).values().iterator().next().billede().get();

        assertThat(r.tilstande()).extracting(t -> t.fremdrift() + " " + t.fra() + ".." + t.til()).containsExactly(
                "OPSTAAET 2026-01-05..2026-01-20", "OPLYST 2026-01-20..2026-02-20", "AFGJORT 2026-02-20..null");
        gyldig(r);
    }

    @Test
    void aBorgersagWhoseMemberIsReopenedAfterItsAfgoerelseBeginsANewCycleInTheIndex() {
        Historie h = new Historie().oprettet(S1, "27.36.04", "2026-01-05").oplyst(S1, "2026-01-20")
                .afgoerelse(S1, afgoerelse(1), BEVILLING, "2026-02-01", "2026-02-01")
                .oprettet(S2, "27.36.08", "2026-03-01").oplyst(S2, "2026-03-01");

        Sagsregistrering r = beregn(h, Rammer.af(Sagsbegreb.BORGERSAG_PR_OMRAADE), DAG).values().iterator().next().billede().get();

        assertThat(r.tilstande()).extracting(t -> t.fremdrift() + " " + t.fra()).containsExactly("OPSTAAET 2026-01-05", "OPLYST 2026-01-20",
                "AFGJORT 2026-02-01", "OPSTAAET 2026-03-01", "OPLYST 2026-03-01");
        gyldig(r);
    }

    @Test
    void aBorgersagIsHiddenFromTheCitizenWhenAnyMembersKleIsHidden() {
        Historie h = historie();

        Map<UUID, Indekssag> sager = beregn(h, new Rammer(Map.of("", Sagsbegreb.BORGERSAG_PR_OMRAADE), d("2020-01-01"),
                Set.of("27.36.08")), DAG);

        assertThat(sager.values()).singleElement().satisfies(s -> assertThat(s.billede().get().skjultForBorger()).isTrue());
    }

    @Test
    void underFsiiiAForloebIsOneIndexSagAndASagTiedToNoForloebIsItsOwn() {
        Historie h = historie();
        VariantSag forventet = raekke(h, Sagsbegreb.FSIII_PR_FORLOEB, "forloeb:" + forloeb(1).value());

        Map<UUID, Indekssag> sager = beregn(h, Rammer.af(Sagsbegreb.FSIII_PR_FORLOEB), DAG);

        assertThat(sager.keySet()).as("the lone bevilling is no index sag").containsExactlyInAnyOrder(forventet.id(), S2.value());
        assertThat(sager.get(S2.value()).art()).isEqualTo(Art.ENKELTSAG);
        Sagsregistrering r = sager.get(forventet.id()).billede().get();
        assertThat(r.sagsnummer()).isEqualTo("FL-" + forventet.id().toString().replace("-", ""));
        assertThat(r.kleEmne()).isEqualTo("27.36.04");
        assertThat(r.titel().kleTitel()).isEqualTo("Personlig og praktisk hjælp");
        assertThat(r.ansvarligEnhed()).isEqualTo("Visitation Nord");
        assertThat(r.foelsomhed()).isEqualTo(Foelsomhed.FORTROLIGE_PERSONOPLYSNINGER);
        assertThat(r.tilstande()).extracting(Sagsregistrering.Tilstandsperiode::fremdrift)
                .containsExactlyElementsOf(forventet.tidslinje().stream().map(SagTilstand.Periode::fremdrift).toList());
        gyldig(r);
    }

    @Test
    void eachMemberFollowsTheVariantConfiguredForItsOwnKle() {
        Historie h = historie().oprettet(S3, "27.34.10", "2026-04-01");

        Map<UUID, Indekssag> sager = beregn(h, new Rammer(Map.of("27.36", Sagsbegreb.BORGERSAG_PR_OMRAADE), d("2020-01-01"), Set.of()), DAG);

        assertThat(sager.values()).extracting(Indekssag::art).containsExactlyInAnyOrder(Art.BORGERSAG, Art.ENKELTSAG);
        assertThat(sager).containsKey(S3.value());
    }

    @Test
    void aVariantConfiguredFromADayRegroupsTheIndexSagerFromThatDay() {
        Historie h = historie();
        Rammer fraJuni = new Rammer(Map.of("", Sagsbegreb.BORGERSAG_PR_OMRAADE), d("2026-06-01"), Set.of());

        assertThat(beregn(h, fraJuni, d("2026-05-31")).keySet()).containsExactly(S1.value(), S2.value());
        assertThat(beregn(h, fraJuni, d("2026-06-01")).values()).extracting(Indekssag::art).containsExactly(Art.BORGERSAG);
    }

    @Test
    void aCitizenWithOnlyABevillingWithoutSagHasNoIndexSagUnderAGroupingVariant() {
        Historie h = new Historie().bevillingGivet(bevilling(9), null, null, "SUL-138", "29.18.00", "2026-03-10")
                .forloebStartet(forloeb(2), "SUL-138", "29.18.00", "2026-03-10");

        assertThat(beregn(h, Rammer.af(Sagsbegreb.BORGERSAG_PR_OMRAADE), DAG)).isEmpty();
        assertThat(beregn(h, Rammer.af(Sagsbegreb.FSIII_PR_FORLOEB), DAG)).isEmpty();
    }
}
