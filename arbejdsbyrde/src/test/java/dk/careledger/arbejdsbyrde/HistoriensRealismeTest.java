package dk.careledger.arbejdsbyrde;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.bevilling.OphoersAarsag;
import dk.careledger.domain.bevilling.event.BevillingBestilt;
import dk.careledger.domain.bevilling.event.BevillingGivet;
import dk.careledger.domain.bevilling.event.BevillingOphoert;
import dk.careledger.domain.bevilling.event.LeveringIkkeUdfoert;
import dk.careledger.domain.bevilling.event.LeveringUdfoert;
import dk.careledger.domain.bevilling.event.OpfoelgningGennemfoert;
import dk.careledger.domain.bevilling.event.UplanlagtLeveringRegistreret;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Rolle;
import dk.careledger.domain.forloeb.event.ForloebAfsluttet;
import dk.careledger.domain.forloeb.event.ForloebStartet;
import dk.careledger.domain.henvendelse.Udfald;
import dk.careledger.domain.henvendelse.event.HenvendelseAfklaret;
import dk.careledger.domain.henvendelse.event.HenvendelseHaandteret;
import dk.careledger.domain.henvendelse.event.HenvendelseModtaget;
import dk.careledger.domain.katalog.Kataloglaeser;
import dk.careledger.domain.katalog.Ydelsestype;
import dk.careledger.domain.sag.Afgoerelsestype;
import dk.careledger.domain.sag.AfslutningsAarsag;
import dk.careledger.domain.sag.event.AfgoerelseTruffet;
import dk.careledger.domain.sag.event.KlageModtaget;
import dk.careledger.domain.sag.event.OplysningerAnmodet;
import dk.careledger.domain.sag.event.PartshoeringBesvaret;
import dk.careledger.domain.sag.event.PartshoeringSendt;
import dk.careledger.domain.sag.event.RevisitationStartet;
import dk.careledger.domain.sag.event.SagAfsluttet;
import dk.careledger.domain.sag.event.SagAfsluttetUdenAfgoerelse;
import dk.careledger.domain.sag.event.SagGenoptaget;
import dk.careledger.domain.sag.event.SagOplyst;
import dk.careledger.domain.sag.event.SagOprettet;
import dk.careledger.domain.sag.event.SagSatIBero;
import dk.careledger.domain.sag.event.SagsbehandlerTildelt;
import dk.careledger.domain.sag.event.SamtykkeRegistreret;
import dk.careledger.domain.sag.event.TilstandVurderet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A generated year of four kommuner reads like a municipal care area: most henvendelser become sager, most
 * afgørelser grant, deliveries are the bulk, follow-ups continue, change, end or revisit, citizens die and move; and
 * it reads like a ledger: record time only moves forward and never precedes the business time it records.
 */
class HistoriensRealismeTest {

    private static final ZoneId TIDSZONE = ZoneId.of("Europe/Copenhagen");
    private static List<GenereretHaendelse> historie;
    private static List<Record> haendelser;

    @BeforeAll
    static void generer() {
        historie = Arbejdsbyrde.af(Parametre.af(2024, 400, 365, 4)).haendelser(new SyntetiskKryptering()).toList();
        haendelser = historie.stream().map(GenereretHaendelse::haendelse).toList();
    }

    @Test
    void recordTimeOnlyMovesForwardAndNeverPrecedesTheBusinessTimeItRecords() {
        Instant forrige = Instant.MIN;
        java.util.UUID forrigeKommando = null;
        for (GenereretHaendelse h : historie) {
            Instant registreret = h.tidspunkt();
            if (h.kommandoId().equals(forrigeKommando)) {
                assertThat(registreret).as("events of one command share its record time").isEqualTo(forrige);
            } else {
                assertThat(registreret).isAfter(forrige);
            }
            forrigeKommando = h.kommandoId();
            assertThat(registreret.getNano() % 1_000_000).as("whole milliseconds, as Axon stores them").isZero();
            forrige = registreret;
            LocalDate registreringsdag = registreret.atZone(TIDSZONE).toLocalDate();
            for (LocalDate forretning : forretningsdatoer(h.haendelse())) {
                assertThat(forretning).as("%s recorded %s", h.haendelse(), registreret).isBeforeOrEqualTo(registreringsdag);
            }
            Instant moment = moment(h.haendelse());
            if (moment != null) {
                assertThat(moment).as("%s", h.haendelse()).isBefore(registreret);
            }
        }
    }

    @Test
    void someRecordsComeDaysAfterTheFactTheyRecord() {
        long senere = historie.stream().filter(h -> h.haendelse() instanceof LeveringUdfoert l
                && l.leveret().atZone(TIDSZONE).toLocalDate().isBefore(h.tidspunkt().atZone(TIDSZONE).toLocalDate())
                && l.leveret().plusSeconds(3 * 3600).isBefore(h.tidspunkt())).count();
        long sagSenere = historie.stream().filter(h -> h.haendelse() instanceof SagOplyst o
                && o.oplystDato().isBefore(h.tidspunkt().atZone(TIDSZONE).toLocalDate())).count();

        assertThat(senere).isPositive();
        assertThat(sagSenere).isPositive();
    }

    @Test
    void mostHenvendelserLeadToASagAndReferralsCarryADiagnosis() {
        List<HenvendelseHaandteret> haandteret = af(HenvendelseHaandteret.class);
        Map<Udfald, Long> udfald = haandteret.stream().collect(Collectors.groupingBy(HenvendelseHaandteret::udfald, Collectors.counting()));
        double medSag = (udfald.getOrDefault(Udfald.SAG_OPRETTET, 0L) + udfald.getOrDefault(Udfald.TILKNYTTET_SAG, 0L))
                / (double) haandteret.size();

        assertThat(medSag).isBetween(0.7, 0.88);
        assertThat(udfald.get(Udfald.TILKNYTTET_SAG)).isPositive();
        assertThat(udfald.get(Udfald.INGEN_SAG)).isPositive();
        assertThat(haandteret).anyMatch(h -> h.sager().size() > 1);
        assertThat(af(HenvendelseModtaget.class)).filteredOn(HenvendelseModtaget::henvisning).isNotEmpty()
                .allSatisfy(h -> assertThat(h.diagnose()).isNotNull());
        assertThat(af(HenvendelseModtaget.class)).extracting(HenvendelseModtaget::kildeKode)
                .contains("A1", "A2", "A4", "A5", "A9", "A11", "A12", "A13");
        assertThat(af(HenvendelseAfklaret.class)).isNotEmpty();
    }

    @Test
    void sagerAreInformedBeforeTheyAreDecidedAndMostAfgoerelserGrant() {
        assertThat(af(SamtykkeRegistreret.class)).isNotEmpty();
        assertThat(af(TilstandVurderet.class)).anyMatch(t -> t.fsiiiKode().startsWith("J") && t.niveau() != null)
                .anyMatch(t -> t.fsiiiKode().startsWith("I") && t.niveau() == null);
        assertThat(af(SagGenoptaget.class)).isNotEmpty().hasSizeLessThanOrEqualTo(af(SagSatIBero.class).size());
        assertThat(af(OplysningerAnmodet.class)).hasSizeGreaterThan(af(SagSatIBero.class).size());
        assertThat(af(PartshoeringBesvaret.class)).isNotEmpty().hasSizeLessThan(af(PartshoeringSendt.class).size());
        assertThat(af(SagsbehandlerTildelt.class)).isNotEmpty();

        Map<Afgoerelsestype, Long> typer = af(AfgoerelseTruffet.class).stream()
                .collect(Collectors.groupingBy(AfgoerelseTruffet::type, Collectors.counting()));
        long alle = typer.values().stream().mapToLong(Long::longValue).sum();
        assertThat(typer.get(Afgoerelsestype.BEVILLING) / (double) alle).isGreaterThan(0.7);
        assertThat(typer.get(Afgoerelsestype.DELVIS_BEVILLING)).isPositive();
        assertThat(typer.get(Afgoerelsestype.AFSLAG)).isPositive();
        assertThat(af(AfgoerelseTruffet.class)).anyMatch(a -> a.uoplystBegrundelse() != null);
        assertThat(af(KlageModtaget.class)).isNotEmpty();
    }

    @Test
    void bevillingerSpanTheWholeCatalogueWithRealisticOmfang() {
        List<BevillingGivet> givet = af(BevillingGivet.class);
        Set<String> katalog = Set.of("SEL-83-PP", "SEL-83-PH", "SEL-83-MAD", "SEL-83A", "SEL-84-AFL", "SEL-84-MO", "SEL-85",
                "SEL-86-GEN", "SEL-86-VED", "SUL-138", "SUL-140", "AEL-HELHEDSPLEJE", "SEL-95");
        assertThat(katalog).allSatisfy(kode -> assertThat(Kataloglaeser.standard().indsats(kode)).isPresent());

        assertThat(givet).extracting(BevillingGivet::indsatsKode).containsAll(katalog);
        assertThat(givet).filteredOn(b -> b.ydelsestype() == Ydelsestype.TID)
                .allSatisfy(b -> assertThat(b.omfang()).isNotNull());
        assertThat(givet).filteredOn(b -> b.indsatsKode().equals("SEL-95"))
                .allSatisfy(b -> assertThat(b.beloebOere()).isBetween(1_000_000L, 7_000_000L))
                .allSatisfy(b -> assertThat(b.omfang()).isNull());
        assertThat(givet).filteredOn(b -> b.indsatsKode().equals("SEL-83-PP"))
                .allSatisfy(b -> assertThat(b.omfang().minutterPrUge()).isBetween(70L, 1_000L));
        assertThat(givet).anyMatch(b -> b.startdato() == null);
        assertThat(givet).anyMatch(b -> b.slutdato() != null);
        assertThat(givet).anyMatch(b -> b.ramme() != null);
        assertThat(givet).anyMatch(b -> b.egenbetalingOere() != null);
    }

    @Test
    void selfReferringUnitsGrantSygeplejeAndGenoptraeningWithoutASag() {
        Map<String, GenereretHaendelse> givetUdenSag = historie.stream()
                .filter(h -> h.haendelse() instanceof BevillingGivet b && b.sagId() == null)
                .collect(Collectors.toMap(h -> ((BevillingGivet) h.haendelse()).indsatsKode(), Function.identity(), (a, b) -> a));

        assertThat(givetUdenSag).containsOnlyKeys("SUL-138", "SUL-140");
        assertThat(historie).filteredOn(h -> h.haendelse() instanceof BevillingGivet b && b.sagId() == null)
                .allSatisfy(h -> assertThat(h.registrering().aktoer().rolle()).isEqualTo(Rolle.SELVVISITERENDE));
    }

    @Test
    void someBevillingerAreDeliveredByALeverandoerInAnotherKommuneWhoseStaffRegisterTheVisits() {
        Map<String, Cvr> andenKommune = new HashMap<>();
        for (Record r : haendelser) {
            if (r instanceof BevillingBestilt b && b.leverandoerKommune() != null) {
                andenKommune.put(b.bevillingId().toString(), b.leverandoerKommune());
            }
        }
        assertThat(andenKommune).isNotEmpty();
        assertThat(historie).filteredOn(h -> h.haendelse() instanceof LeveringUdfoert l
                        && andenKommune.containsKey(l.bevillingId().toString())).isNotEmpty()
                .allSatisfy(h -> assertThat(h.registrering().kommune())
                        .isEqualTo(andenKommune.get(((LeveringUdfoert) h.haendelse()).bevillingId().toString())));
        assertThat(historie).extracting(h -> h.registrering().kommune()).containsAll(
                Kommune.KENDTE.stream().map(Kommune::cvr).toList());
    }

    @Test
    void deliveriesAreTheBulkAndSomeAreNotDeliveredOrUnplanned() {
        long leveringer = haendelser.stream().filter(r -> r instanceof LeveringUdfoert || r instanceof LeveringIkkeUdfoert
                || r instanceof UplanlagtLeveringRegistreret).count();

        assertThat(leveringer / (double) haendelser.size()).isGreaterThan(0.75);
        assertThat(af(LeveringIkkeUdfoert.class)).anyMatch(LeveringIkkeUdfoert::erstatningTilbudt)
                .extracting(LeveringIkkeUdfoert::aarsag).hasSizeGreaterThan(4)
                .containsAll(List.of(dk.careledger.domain.bevilling.IkkeLeveretAarsag.values()));
        assertThat(af(UplanlagtLeveringRegistreret.class)).isNotEmpty();
    }

    @Test
    void followUpsContinueChangeEndOrRevisitAndE4IsFollowedByTheRevisitationOfTheSag() {
        Map<String, Long> resultater = af(OpfoelgningGennemfoert.class).stream()
                .collect(Collectors.groupingBy(OpfoelgningGennemfoert::resultatKode, Collectors.counting()));
        assertThat(resultater).containsOnlyKeys("E1", "E2", "E3", "E4");
        assertThat(af(OpfoelgningGennemfoert.class)).filteredOn(o -> o.resultatKode().equals("E2"))
                .allSatisfy(o -> assertThat(o.nytOmfang()).isNotNull());

        for (int i = 0; i < historie.size(); i++) {
            if (historie.get(i).haendelse() instanceof OpfoelgningGennemfoert o && o.resultatKode().equals("E4")) {
                GenereretHaendelse naeste = historie.get(i + 1);
                assertThat(naeste.haendelse()).isInstanceOfSatisfying(RevisitationStartet.class,
                        r -> assertThat(r.bevillingId()).isEqualTo(o.bevillingId()));
                assertThat(naeste.registrering().aktoer().rolle()).isEqualTo(Rolle.SYSTEM);
            }
            if (historie.get(i).haendelse() instanceof OpfoelgningGennemfoert o && o.resultatKode().equals("E3")) {
                assertThat(historie.get(i + 1).haendelse()).isInstanceOfSatisfying(BevillingOphoert.class,
                        b -> assertThat(b.aarsag()).isEqualTo(OphoersAarsag.OPFOELGNING));
            }
        }
        assertThat(af(RevisitationStartet.class)).anyMatch(r -> r.bevillingId() == null);
        assertThat(af(BevillingOphoert.class)).extracting(BevillingOphoert::aarsag)
                .contains(OphoersAarsag.NY_AFGOERELSE, OphoersAarsag.OPFOELGNING, OphoersAarsag.DOED, OphoersAarsag.FRAFLYTNING);
    }

    @Test
    void deathsAndMovesCloseEverythingAndSagerAreClosedExplicitly() {
        assertThat(af(SagAfsluttetUdenAfgoerelse.class)).extracting(SagAfsluttetUdenAfgoerelse::aarsag)
                .contains(AfslutningsAarsag.DOED, AfslutningsAarsag.TRUKKET_TILBAGE);
        assertThat(af(SagAfsluttet.class)).isNotEmpty();
        assertThat(af(ForloebAfsluttet.class)).isNotEmpty().hasSizeLessThan(af(ForloebStartet.class).size());

        Map<String, LocalDate> doed = new HashMap<>();
        for (Record r : haendelser) {
            if (r instanceof BevillingOphoert o && (o.aarsag() == OphoersAarsag.DOED || o.aarsag() == OphoersAarsag.FRAFLYTNING)) {
                doed.put(o.bevillingId().toString(), o.ophoersdato());
            }
        }
        assertThat(doed).isNotEmpty();
        for (LeveringUdfoert l : af(LeveringUdfoert.class)) {
            LocalDate slut = doed.get(l.bevillingId().toString());
            if (slut != null) {
                assertThat(l.leveret().atZone(TIDSZONE).toLocalDate()).isBefore(slut);
            }
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static <T> List<T> af(Class<T> type) {
        return haendelser.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The business dates an event records as having happened (not future effects such as a virkningsdato). */
    private static List<LocalDate> forretningsdatoer(Record r) {
        if (r instanceof HenvendelseModtaget e) {
            return List.of(e.modtagetDato());
        }
        if (r instanceof HenvendelseAfklaret e) {
            return List.of(e.afklaretDato());
        }
        if (r instanceof HenvendelseHaandteret e) {
            return List.of(e.haandteretDato());
        }
        if (r instanceof SagOprettet e) {
            return List.of(e.opstaaetDato());
        }
        if (r instanceof SagsbehandlerTildelt e) {
            return List.of(e.fra());
        }
        if (r instanceof SamtykkeRegistreret e) {
            return List.of(e.dato());
        }
        if (r instanceof TilstandVurderet e) {
            return List.of(e.vurderetDato());
        }
        if (r instanceof OplysningerAnmodet e) {
            return List.of(e.anmodetDato());
        }
        if (r instanceof SagSatIBero e) {
            return List.of(e.iBeroFra());
        }
        if (r instanceof SagGenoptaget e) {
            return List.of(e.genoptagetDato());
        }
        if (r instanceof SagOplyst e) {
            return List.of(e.oplystDato());
        }
        if (r instanceof PartshoeringSendt e) {
            return List.of(e.sendtDato());
        }
        if (r instanceof PartshoeringBesvaret e) {
            return List.of(e.besvaretDato());
        }
        if (r instanceof AfgoerelseTruffet e) {
            return e.sendtDato() == null ? List.of(e.truffetDato()) : List.of(e.truffetDato(), e.sendtDato());
        }
        if (r instanceof KlageModtaget e) {
            return List.of(e.modtagetDato());
        }
        if (r instanceof RevisitationStartet e) {
            return List.of(e.startetDato());
        }
        if (r instanceof SagAfsluttet e) {
            return List.of(e.afsluttetDato());
        }
        if (r instanceof SagAfsluttetUdenAfgoerelse e) {
            return List.of(e.afsluttetDato());
        }
        if (r instanceof BevillingGivet e) {
            return List.of(e.bevilgetDato());
        }
        if (r instanceof BevillingBestilt e) {
            return List.of(e.bestiltDato());
        }
        if (r instanceof OpfoelgningGennemfoert e) {
            return List.of(e.gennemfoertDato());
        }
        if (r instanceof ForloebStartet e) {
            return List.of(e.startdato());
        }
        if (r instanceof ForloebAfsluttet e) {
            return List.of(e.slutdato());
        }
        return List.of();
    }

    private static Instant moment(Record r) {
        if (r instanceof LeveringUdfoert e) {
            return e.leveret();
        }
        if (r instanceof LeveringIkkeUdfoert e) {
            return e.planlagt();
        }
        if (r instanceof UplanlagtLeveringRegistreret e) {
            return e.leveret();
        }
        return null;
    }
}
