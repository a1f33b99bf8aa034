package dk.careledger.domain.bevilling;

import static dk.careledger.domain.testfixtures.TestKontekst.AARHUS;
import static dk.careledger.domain.testfixtures.TestKontekst.UDFOERER;
import static dk.careledger.domain.testfixtures.TestKontekst.registrering;

import dk.careledger.domain.bevilling.command.AendrBevilling;
import dk.careledger.domain.bevilling.command.BestilBevilling;
import dk.careledger.domain.bevilling.command.BevillingCommand;
import dk.careledger.domain.bevilling.command.FastsaetStartdato;
import dk.careledger.domain.bevilling.command.GennemfoerOpfoelgning;
import dk.careledger.domain.bevilling.command.GivBevilling;
import dk.careledger.domain.bevilling.command.OphoerBevilling;
import dk.careledger.domain.bevilling.command.RegistrerIkkeLeveret;
import dk.careledger.domain.bevilling.command.RegistrerLevering;
import dk.careledger.domain.bevilling.command.RegistrerUplanlagtLevering;
import dk.careledger.domain.bevilling.event.BevillingAendret;
import dk.careledger.domain.bevilling.event.BevillingBestilt;
import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.domain.bevilling.event.BevillingGivet;
import dk.careledger.domain.bevilling.event.BevillingOphoert;
import dk.careledger.domain.bevilling.event.BevillingStartdatoFastsat;
import dk.careledger.domain.bevilling.event.LeveringIkkeUdfoert;
import dk.careledger.domain.bevilling.event.LeveringUdfoert;
import dk.careledger.domain.bevilling.event.OpfoelgningGennemfoert;
import dk.careledger.domain.bevilling.event.UplanlagtLeveringRegistreret;
import dk.careledger.domain.felles.AfgoerelseId;
import dk.careledger.domain.felles.Aktoer;
import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Kontekst;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Rolle;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.katalog.Ydelsestype;
import dk.careledger.domain.testfixtures.Scenarie;
import dk.careledger.domain.testfixtures.SynligKryptering;
import dk.careledger.domain.testfixtures.TestKontekst;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Object mother for bevillinger: a §83 personlig pleje bevilling on a sag (2 × 15 minutes a day within a ramme of
 * 2 × 25), ordered from the local hjemmepleje and delivered by {@link TestKontekst#UDFOERER}; and a SUL §138
 * sygepleje bevilling without a sag, granted by a selvvisiterende sygeplejerske ({@link #SYGEPLEJERSKE}).
 * Public, so that command-side tests can reuse it through the core-domain test-jar.
 *
 * <p>Commands are what a caseworker or leverandør sends; events are what the decider makes of them with
 * {@link TestKontekst} (free text "encrypted" by {@link dk.careledger.domain.testfixtures.SynligKryptering}).
 */
public final class BevillingFixtures {

    /** A selvvisiterende sygeplejerske: grants SUL §138 sygepleje without a sag. */
    public static final Aktoer SYGEPLEJERSKE = new Aktoer("sp-0007", Rolle.SELVVISITERENDE);

    public static final BorgerId BORGER = BorgerId.of("7f1c2a90-3d4b-4e5f-8a6b-1c2d3e4f5a60");
    public static final SagId SAG = SagId.of("0b6a4e2c-5f1d-4c3b-9a8e-7d6c5b4a3920");
    public static final AfgoerelseId AFGOERELSE = AfgoerelseId.of("c3d2e1f0-a9b8-4c7d-8e6f-5a4b3c2d1e01");
    public static final BevillingId PERSONLIG_PLEJE = BevillingId.of("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c01");
    public static final BevillingId SYGEPLEJE = BevillingId.of("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c02");
    public static final UUID LEVERING = UUID.fromString("5e1a0000-0000-4000-8000-000000000001");
    public static final UUID IKKE_LEVERET = UUID.fromString("5e1a0000-0000-4000-8000-000000000002");
    public static final UUID UPLANLAGT = UUID.fromString("5e1a0000-0000-4000-8000-000000000003");
    public static final UUID OPFOELGNING = UUID.fromString("0f0e0000-0000-4000-8000-000000000001");

    public static final String LEVERANDOER = "Hjemmeplejen Aalborg Øst";
    public static final String HANDLINGSANVISNING = "Morgen: bad og påklædning, støttestrømper på. Aften: af med støttestrømper.";

    public static final LocalDate BEVILGET_DATO = LocalDate.of(2026, 3, 2);
    public static final LocalDate BESTILT_DATO = LocalDate.of(2026, 3, 3);
    public static final LocalDate STARTDATO = LocalDate.of(2026, 3, 9);
    public static final LocalDate OPFOELGNING_DATO = LocalDate.of(2026, 6, 1);
    public static final LocalDate NAESTE_OPFOELGNING = LocalDate.of(2026, 9, 1);
    /** 07:30 Danish time on the startdato. */
    public static final Instant FOERSTE_BESOEG = Instant.parse("2026-03-09T06:30:00Z");

    /** 2 × 15 minutes a day: morning and evening help (210 minutes a week). */
    public static final Omfang OMFANG = Omfang.prDag(2, 15);
    /** 2 × 25 minutes a day (350 minutes a week): the frame the leverandør may adjust within. */
    public static final Omfang RAMME = Omfang.prDag(2, 25);
    /** 3 × 20 minutes a week of sårbehandling. */
    public static final Omfang SYGEPLEJE_OMFANG = Omfang.prUge(3, 20);
    public static final LocalDate SYGEPLEJE_SLUTDATO = LocalDate.of(2026, 4, 30);

    private BevillingFixtures() {
    }

    /** Given/when/then over the bevilling decider. */
    public static Scenarie<BevillingState, BevillingCommand, BevillingEvent> scenarie() {
        return new Scenarie<>(BevillingState::initial, BevillingDecider::evolve, BevillingDecider::decide);
    }

    /** The leverandør's staff member acting: leveringer and opfølgninger. */
    public static Kontekst udfoerer() {
        return TestKontekst.kontekst(UDFOERER);
    }

    /** The selvvisiterende sygeplejerske acting. */
    public static Kontekst sygeplejerske() {
        return TestKontekst.kontekst(SYGEPLEJERSKE);
    }

    // UC3: afgørelse/bestilling

    public static GivBevilling givPersonligPleje() {
        return new GivBevilling(PERSONLIG_PLEJE, BORGER, SAG, AFGOERELSE, "SEL-83-PP", STARTDATO, null, OMFANG, RAMME,
                null, null, BEVILGET_DATO);
    }

    public static BevillingGivet personligPlejeGivet() {
        return new BevillingGivet(PERSONLIG_PLEJE, BORGER, SAG, AFGOERELSE, "SEL-83-PP", "27.36.04",
                "SEL § 83, stk. 1, nr. 1", Ydelsestype.TID, STARTDATO, null, OMFANG, RAMME, null, null, BEVILGET_DATO,
                registrering());
    }

    /** UC3 4.a1: startdato not known, the citizen goes on the venteliste. */
    public static GivBevilling givPersonligPlejePaaVenteliste() {
        return new GivBevilling(PERSONLIG_PLEJE, BORGER, SAG, AFGOERELSE, "SEL-83-PP", null, null, OMFANG, RAMME,
                null, null, BEVILGET_DATO);
    }

    public static BevillingGivet personligPlejeGivetPaaVenteliste() {
        return new BevillingGivet(PERSONLIG_PLEJE, BORGER, SAG, AFGOERELSE, "SEL-83-PP", "27.36.04",
                "SEL § 83, stk. 1, nr. 1", Ydelsestype.TID, null, null, OMFANG, RAMME, null, null, BEVILGET_DATO,
                registrering());
    }

    public static FastsaetStartdato fastsaetStartdato() {
        return new FastsaetStartdato(PERSONLIG_PLEJE, STARTDATO);
    }

    public static BevillingStartdatoFastsat startdatoFastsat() {
        return new BevillingStartdatoFastsat(PERSONLIG_PLEJE, STARTDATO, registrering());
    }

    /** SUL §138 without a sag, granted by {@link #SYGEPLEJERSKE}: run it with {@link #sygeplejerske()}. */
    public static GivBevilling givSygepleje() {
        return new GivBevilling(SYGEPLEJE, BORGER, null, null, "SUL-138", BEVILGET_DATO, SYGEPLEJE_SLUTDATO,
                SYGEPLEJE_OMFANG, null, null, null, BEVILGET_DATO);
    }

    public static BevillingGivet sygeplejeGivet() {
        return new BevillingGivet(SYGEPLEJE, BORGER, null, null, "SUL-138", "29.18.00", "SUL § 138", Ydelsestype.TID,
                BEVILGET_DATO, SYGEPLEJE_SLUTDATO, SYGEPLEJE_OMFANG, null, null, null, BEVILGET_DATO,
                registrering(SYGEPLEJERSKE));
    }

    public static BestilBevilling bestil() {
        return new BestilBevilling(PERSONLIG_PLEJE, LEVERANDOER, null, BESTILT_DATO, HANDLINGSANVISNING);
    }

    public static BevillingBestilt bestilt() {
        return new BevillingBestilt(PERSONLIG_PLEJE, LEVERANDOER, null, BESTILT_DATO,
                tekst(HANDLINGSANVISNING), registrering());
    }

    /** UC3 5.a1: the citizen stays with relatives in Aarhus; Aalborg keeps the myndighed. */
    public static BestilBevilling bestilIAarhus() {
        return new BestilBevilling(PERSONLIG_PLEJE, "Hjemmeplejen Aarhus Midt", AARHUS, BESTILT_DATO,
                HANDLINGSANVISNING);
    }

    public static BevillingBestilt bestiltIAarhus() {
        return new BevillingBestilt(PERSONLIG_PLEJE, "Hjemmeplejen Aarhus Midt", AARHUS, BESTILT_DATO,
                tekst(HANDLINGSANVISNING), registrering());
    }

    /** Within the ramme: 2 × 20 minutes a day (280 minutes a week). */
    public static AendrBevilling aendr() {
        return new AendrBevilling(PERSONLIG_PLEJE, Omfang.prDag(2, 20), LocalDate.of(2026, 4, 1),
                "Mere tid til forflytning efter fald");
    }

    public static BevillingAendret aendret() {
        return new BevillingAendret(PERSONLIG_PLEJE, Omfang.prDag(2, 20), LocalDate.of(2026, 4, 1),
                tekst("Mere tid til forflytning efter fald"), registrering());
    }

    public static OphoerBevilling ophoer(LocalDate ophoersdato) {
        return new OphoerBevilling(PERSONLIG_PLEJE, ophoersdato, OphoersAarsag.BORGERENS_OENSKE);
    }

    public static BevillingOphoert ophoert(LocalDate ophoersdato) {
        return new BevillingOphoert(PERSONLIG_PLEJE, ophoersdato, OphoersAarsag.BORGERENS_OENSKE, registrering());
    }

    // UC6 and UC8: levering

    public static RegistrerLevering registrerLevering() {
        return registrerLevering(LEVERING, FOERSTE_BESOEG);
    }

    public static RegistrerLevering registrerLevering(UUID leveringId, Instant leveret) {
        return new RegistrerLevering(PERSONLIG_PLEJE, leveringId, leveret, UDFOERER.brugerId(), 17);
    }

    /** As {@link TestKontekst#UDFOERER} registers it. */
    public static LeveringUdfoert leveringUdfoert() {
        return leveringUdfoert(LEVERING, FOERSTE_BESOEG);
    }

    public static LeveringUdfoert leveringUdfoert(UUID leveringId, Instant leveret) {
        return new LeveringUdfoert(PERSONLIG_PLEJE, leveringId, leveret, UDFOERER.brugerId(), 17,
                registrering(UDFOERER));
    }

    /** UC6 4.a1: the citizen did not open; an extra visit at noon was offered. */
    public static RegistrerIkkeLeveret registrerIkkeLeveret() {
        return new RegistrerIkkeLeveret(PERSONLIG_PLEJE, IKKE_LEVERET, FOERSTE_BESOEG.plusSeconds(86_400),
                IkkeLeveretAarsag.BORGER_IKKE_HJEMME, true, "Ringet to gange, ingen svar. Datter orienteret.");
    }

    public static LeveringIkkeUdfoert leveringIkkeUdfoert() {
        return new LeveringIkkeUdfoert(PERSONLIG_PLEJE, IKKE_LEVERET, FOERSTE_BESOEG.plusSeconds(86_400),
                IkkeLeveretAarsag.BORGER_IKKE_HJEMME, true, tekst("Ringet to gange, ingen svar. Datter orienteret."),
                registrering(UDFOERER));
    }

    /** UC8: an acute visit at night after a nødkald. */
    public static RegistrerUplanlagtLevering registrerUplanlagtLevering() {
        return new RegistrerUplanlagtLevering(PERSONLIG_PLEJE, UPLANLAGT, Instant.parse("2026-03-10T01:40:00Z"),
                UDFOERER.brugerId(), 35, "Nødkald: faldet på badeværelset, hjulpet op og i seng");
    }

    public static UplanlagtLeveringRegistreret uplanlagtLeveringRegistreret() {
        return new UplanlagtLeveringRegistreret(PERSONLIG_PLEJE, UPLANLAGT, Instant.parse("2026-03-10T01:40:00Z"),
                UDFOERER.brugerId(), 35, tekst("Nødkald: faldet på badeværelset, hjulpet op og i seng"),
                registrering(UDFOERER));
    }

    // UC6 4.b1: opfølgning

    /** E1 Fortsættes. */
    public static GennemfoerOpfoelgning opfoelgning(String resultatKode) {
        return opfoelgning(OPFOELGNING, resultatKode, NAESTE_OPFOELGNING, null);
    }

    public static GennemfoerOpfoelgning opfoelgning(UUID opfoelgningId, String resultatKode, LocalDate naeste,
            Omfang nytOmfang) {
        return new GennemfoerOpfoelgning(PERSONLIG_PLEJE, opfoelgningId, resultatKode, OPFOELGNING_DATO, naeste,
                nytOmfang, "Klarer selv overkroppen igen");
    }

    /** As {@link TestKontekst#UDFOERER} registers it. */
    public static OpfoelgningGennemfoert opfoelgningGennemfoert(String resultatKode) {
        return opfoelgningGennemfoert(OPFOELGNING, resultatKode, NAESTE_OPFOELGNING, null);
    }

    public static OpfoelgningGennemfoert opfoelgningGennemfoert(UUID opfoelgningId, String resultatKode,
            LocalDate naeste, Omfang nytOmfang) {
        return new OpfoelgningGennemfoert(PERSONLIG_PLEJE, opfoelgningId, resultatKode, OPFOELGNING_DATO, naeste,
                nytOmfang, tekst("Klarer selv overkroppen igen"), registrering(UDFOERER));
    }

    /** The deterministic "encryption" the test kontekst applies, with the borger's key. */
    public static KrypteretTekst tekst(String klartekst) {
        return SynligKryptering.tekst(BORGER, klartekst);
    }
}
