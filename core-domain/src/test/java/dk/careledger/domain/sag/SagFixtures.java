package dk.careledger.domain.sag;

import static dk.careledger.domain.testfixtures.TestKontekst.registrering;

import dk.careledger.domain.felles.AfgoerelseId;
import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.felles.HenvendelseId;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.sag.command.AfslutSag;
import dk.careledger.domain.sag.command.AfslutSagUdenAfgoerelse;
import dk.careledger.domain.sag.command.AnmodOmOplysninger;
import dk.careledger.domain.sag.command.BesvarPartshoering;
import dk.careledger.domain.sag.command.GenoptagSag;
import dk.careledger.domain.sag.command.MarkerSagOplyst;
import dk.careledger.domain.sag.command.ModtagKlage;
import dk.careledger.domain.sag.command.OpretSag;
import dk.careledger.domain.sag.command.RegistrerSamtykke;
import dk.careledger.domain.sag.command.SagCommand;
import dk.careledger.domain.sag.command.SendPartshoering;
import dk.careledger.domain.sag.command.StartRevisitation;
import dk.careledger.domain.sag.command.TildelSagsbehandler;
import dk.careledger.domain.sag.command.TraefAfgoerelse;
import dk.careledger.domain.sag.command.VurderTilstand;
import dk.careledger.domain.sag.event.AfgoerelseTruffet;
import dk.careledger.domain.sag.event.KlageModtaget;
import dk.careledger.domain.sag.event.OplysningerAnmodet;
import dk.careledger.domain.sag.event.PartshoeringBesvaret;
import dk.careledger.domain.sag.event.PartshoeringSendt;
import dk.careledger.domain.sag.event.RevisitationStartet;
import dk.careledger.domain.sag.event.SagAfsluttet;
import dk.careledger.domain.sag.event.SagAfsluttetUdenAfgoerelse;
import dk.careledger.domain.sag.event.SagEvent;
import dk.careledger.domain.sag.event.SagGenoptaget;
import dk.careledger.domain.sag.event.SagOplyst;
import dk.careledger.domain.sag.event.SagOprettet;
import dk.careledger.domain.sag.event.SagSatIBero;
import dk.careledger.domain.sag.event.SagsbehandlerTildelt;
import dk.careledger.domain.sag.event.SamtykkeRegistreret;
import dk.careledger.domain.sag.event.TilstandVurderet;
import dk.careledger.domain.testfixtures.Scenarie;
import dk.careledger.domain.testfixtures.SynligKryptering;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * Object mother for a typical sag: Aalborg opens a sag on personlig pleje (KLE 27.36.04, G01) for one citizen
 * from one henvendelse, gets samtykke, assesses J1.1, asks egen læge for information (i bero), makes a partial
 * grant after partshøring, revisits it and decides again. Every command has its matching event; the free text
 * in the events is what {@link SynligKryptering} makes of the command's text with {@link #BORGER_ID}'s key.
 * Public: reused by command-side tests through the core-domain test-jar.
 */
public final class SagFixtures {

    public static final SagId SAG_ID = SagId.of("5a9e0000-0000-4000-8000-000000000001");
    public static final BorgerId BORGER_ID = BorgerId.of("b0e9e000-0000-4000-8000-000000000001");
    public static final HenvendelseId HENVENDELSE_ID = HenvendelseId.of("4e0e0000-0000-4000-8000-000000000001");
    public static final UUID SAMTYKKE_ID = UUID.fromString("5a3c0000-0000-4000-8000-000000000001");
    public static final UUID ANMODNING_ID = UUID.fromString("a3a0d000-0000-4000-8000-000000000001");
    public static final UUID PARTSHOERING_ID = UUID.fromString("9a7c0000-0000-4000-8000-000000000001");
    public static final AfgoerelseId AFGOERELSE_ID = AfgoerelseId.of("af90e000-0000-4000-8000-000000000001");
    public static final AfgoerelseId NY_AFGOERELSE_ID = AfgoerelseId.of("af90e000-0000-4000-8000-000000000002");
    public static final UUID KLAGE_ID = UUID.fromString("c1a90000-0000-4000-8000-000000000001");
    public static final BevillingId BEVILLING_ID = BevillingId.of("be11e000-0000-4000-8000-000000000001");

    public static final String SAGSNUMMER = "27.36.04-G01-1-26";
    public static final Cvr EJER = new Cvr("29189420");
    public static final String ANSVARLIG_ENHED = "Visitation Ældre";
    public static final String KLE_NUMMER = "27.36.04";
    public static final String HANDLINGSFACET = "G01";
    public static final String SAGSBEHANDLER = "sb-0001";
    public static final String NY_SAGSBEHANDLER = "sb-0002";
    public static final String HJEMMEL = "SEL § 83, stk. 1, nr. 1";

    public static final String TITEL = "Ansøgning om personlig pleje";
    public static final String OMFANG = "Indhentning hos egen læge om hofteoperation";
    public static final String BORGERENS_VURDERING = "Kan ikke komme i bad alene";
    public static final String HVAD = "Udtalelse om genoptræningsbehov efter hofteoperation";
    public static final String EMNE = "Lægens udtalelse om, at borgeren kan vaske overkroppen selv";
    public static final String SVAR = "Borgeren er uenig: kan ikke løfte armene over skulderhøjde";
    public static final String BEGRUNDELSE = "Borgeren kan selv vaske overkrop; hjælp bevilges til nedre del";
    public static final String REVISITATION_AARSAG = "Opfølgning viste forværring efter fald";
    public static final String BEMAERKNING = "Borgeren har trukket ansøgningen telefonisk";

    public static final LocalDate OPSTAAET = LocalDate.of(2026, 2, 16);
    public static final LocalDate TILDELT = LocalDate.of(2026, 2, 17);
    public static final LocalDate SAMTYKKE_DATO = LocalDate.of(2026, 2, 18);
    public static final LocalDate VURDERET = LocalDate.of(2026, 2, 18);
    public static final LocalDate ANMODET = LocalDate.of(2026, 2, 19);
    public static final LocalDate SVARFRIST = LocalDate.of(2026, 3, 5);
    public static final LocalDate GENOPTAGET = LocalDate.of(2026, 3, 2);
    public static final LocalDate OPLYST = LocalDate.of(2026, 3, 3);
    public static final LocalDate PARTSHOERING_SENDT = LocalDate.of(2026, 3, 3);
    public static final LocalDate PARTSHOERING_SVARFRIST = LocalDate.of(2026, 3, 17);
    public static final LocalDate PARTSHOERING_BESVARET = LocalDate.of(2026, 3, 10);
    public static final LocalDate TRUFFET = LocalDate.of(2026, 3, 18);
    public static final LocalDate SENDT = LocalDate.of(2026, 3, 19);
    public static final LocalDate VIRKNING = LocalDate.of(2026, 3, 23);
    public static final LocalDate KLAGE_MODTAGET = LocalDate.of(2026, 4, 2);
    public static final LocalDate REVISITATION_STARTET = LocalDate.of(2026, 6, 1);
    public static final LocalDate GENOPLYST = LocalDate.of(2026, 6, 8);
    public static final LocalDate NY_TRUFFET = LocalDate.of(2026, 6, 10);
    public static final LocalDate AFSLUTTET = LocalDate.of(2026, 6, 15);

    private SagFixtures() {
    }

    /** Given/when/then over {@link SagDecider} with the test kontekst. */
    public static Scenarie<SagState, SagCommand, SagEvent> scenarie() {
        return new Scenarie<>(SagState::initial, SagDecider::evolve, SagDecider::decide);
    }

    /** What the test kontekst's encryption makes of {@code klartekst} for the sag's primær part. */
    public static KrypteretTekst krypteret(String klartekst) {
        return SynligKryptering.tekst(BORGER_ID, klartekst);
    }

    // ---- commands, each with its event ----

    public static OpretSag opretSag() {
        return new OpretSag(SAG_ID, SAGSNUMMER, BORGER_ID, EJER, ANSVARLIG_ENHED, KLE_NUMMER, HANDLINGSFACET,
                Foelsomhed.FOELSOMME_PERSONOPLYSNINGER, TITEL, OPSTAAET, List.of(HENVENDELSE_ID), SAGSBEHANDLER);
    }

    public static SagOprettet sagOprettet() {
        return new SagOprettet(SAG_ID, SAGSNUMMER, BORGER_ID, EJER, ANSVARLIG_ENHED, KLE_NUMMER, HANDLINGSFACET,
                Foelsomhed.FOELSOMME_PERSONOPLYSNINGER, krypteret(TITEL), OPSTAAET, List.of(HENVENDELSE_ID),
                SAGSBEHANDLER, registrering());
    }

    public static TildelSagsbehandler tildelSagsbehandler() {
        return new TildelSagsbehandler(SAG_ID, NY_SAGSBEHANDLER, TILDELT);
    }

    public static SagsbehandlerTildelt sagsbehandlerTildelt() {
        return new SagsbehandlerTildelt(SAG_ID, NY_SAGSBEHANDLER, TILDELT, registrering());
    }

    public static RegistrerSamtykke registrerSamtykke() {
        return new RegistrerSamtykke(SAG_ID, SAMTYKKE_ID, SamtykkeSvar.GIVET, Samtykkeform.SKRIFTLIGT,
                EnumSet.of(SamtykkeFormaal.INDHENTNING, SamtykkeFormaal.VIDEREGIVELSE), OMFANG, SAMTYKKE_DATO);
    }

    public static SamtykkeRegistreret samtykkeRegistreret() {
        return new SamtykkeRegistreret(SAG_ID, SAMTYKKE_ID, SamtykkeSvar.GIVET, Samtykkeform.SKRIFTLIGT,
                EnumSet.of(SamtykkeFormaal.INDHENTNING, SamtykkeFormaal.VIDEREGIVELSE), krypteret(OMFANG),
                SAMTYKKE_DATO, registrering());
    }

    /** J1.1 Vaske sig: niveau 3, expected 2; udfører dele af (C2), oplever begrænsninger (D1). */
    public static VurderTilstand vurderTilstand() {
        return new VurderTilstand(SAG_ID, "J1.1", 3, 2, "C2", "D1", BORGERENS_VURDERING, VURDERET);
    }

    public static TilstandVurderet tilstandVurderet() {
        return new TilstandVurderet(SAG_ID, "J1.1", 3, 2, "C2", "D1", krypteret(BORGERENS_VURDERING), VURDERET,
                registrering());
    }

    /** Asks egen læge (A9), putting the sag i bero. */
    public static AnmodOmOplysninger anmodOmOplysninger() {
        return new AnmodOmOplysninger(SAG_ID, ANMODNING_ID, "A9", HVAD, ANMODET, SVARFRIST, true);
    }

    public static OplysningerAnmodet oplysningerAnmodet() {
        return new OplysningerAnmodet(SAG_ID, ANMODNING_ID, "A9", krypteret(HVAD), ANMODET, SVARFRIST,
                registrering());
    }

    public static SagSatIBero sagSatIBero() {
        return new SagSatIBero(SAG_ID, ANMODNING_ID, ANMODET, registrering());
    }

    public static GenoptagSag genoptagSag() {
        return new GenoptagSag(SAG_ID, GENOPTAGET);
    }

    public static SagGenoptaget sagGenoptaget() {
        return new SagGenoptaget(SAG_ID, GENOPTAGET, registrering());
    }

    public static MarkerSagOplyst markerSagOplyst() {
        return new MarkerSagOplyst(SAG_ID, OPLYST);
    }

    public static SagOplyst sagOplyst() {
        return new SagOplyst(SAG_ID, OPLYST, registrering());
    }

    public static SendPartshoering sendPartshoering() {
        return new SendPartshoering(SAG_ID, PARTSHOERING_ID, PARTSHOERING_SENDT, PARTSHOERING_SVARFRIST, EMNE);
    }

    public static PartshoeringSendt partshoeringSendt() {
        return new PartshoeringSendt(SAG_ID, PARTSHOERING_ID, PARTSHOERING_SENDT, PARTSHOERING_SVARFRIST,
                krypteret(EMNE), registrering());
    }

    public static BesvarPartshoering besvarPartshoering() {
        return new BesvarPartshoering(SAG_ID, PARTSHOERING_ID, PARTSHOERING_BESVARET, SVAR);
    }

    public static PartshoeringBesvaret partshoeringBesvaret() {
        return new PartshoeringBesvaret(SAG_ID, PARTSHOERING_ID, PARTSHOERING_BESVARET, krypteret(SVAR),
                registrering());
    }

    /** A delvis bevilling on an oplyst sag, with begrundelse and klagevejledning. */
    public static TraefAfgoerelse traefAfgoerelse() {
        return traefAfgoerelse(Afgoerelsestype.DELVIS_BEVILLING);
    }

    public static TraefAfgoerelse traefAfgoerelse(Afgoerelsestype type) {
        return new TraefAfgoerelse(SAG_ID, AFGOERELSE_ID, type, HJEMMEL, BEGRUNDELSE, true, TRUFFET, SENDT, VIRKNING,
                null);
    }

    public static AfgoerelseTruffet afgoerelseTruffet() {
        return afgoerelseTruffet(Afgoerelsestype.DELVIS_BEVILLING);
    }

    public static AfgoerelseTruffet afgoerelseTruffet(Afgoerelsestype type) {
        return new AfgoerelseTruffet(SAG_ID, AFGOERELSE_ID, type, HJEMMEL, krypteret(BEGRUNDELSE), true, TRUFFET,
                SENDT, VIRKNING, null, registrering());
    }

    /** The full bevilling after the revisitation: no begrundelse or klagevejledning needed. */
    public static TraefAfgoerelse traefNyAfgoerelse() {
        return new TraefAfgoerelse(SAG_ID, NY_AFGOERELSE_ID, Afgoerelsestype.BEVILLING, HJEMMEL, null, false,
                NY_TRUFFET, NY_TRUFFET, NY_TRUFFET, null);
    }

    public static AfgoerelseTruffet nyAfgoerelseTruffet() {
        return new AfgoerelseTruffet(SAG_ID, NY_AFGOERELSE_ID, Afgoerelsestype.BEVILLING, HJEMMEL, null, false,
                NY_TRUFFET, NY_TRUFFET, NY_TRUFFET, null, registrering());
    }

    public static ModtagKlage modtagKlage() {
        return new ModtagKlage(SAG_ID, KLAGE_ID, AFGOERELSE_ID, KLAGE_MODTAGET);
    }

    public static KlageModtaget klageModtaget() {
        return new KlageModtaget(SAG_ID, KLAGE_ID, AFGOERELSE_ID, KLAGE_MODTAGET, registrering());
    }

    public static StartRevisitation startRevisitation() {
        return new StartRevisitation(SAG_ID, BEVILLING_ID, REVISITATION_STARTET, REVISITATION_AARSAG);
    }

    public static RevisitationStartet revisitationStartet() {
        return new RevisitationStartet(SAG_ID, BEVILLING_ID, REVISITATION_STARTET, krypteret(REVISITATION_AARSAG),
                registrering());
    }

    public static MarkerSagOplyst markerSagGenoplyst() {
        return new MarkerSagOplyst(SAG_ID, GENOPLYST);
    }

    public static SagOplyst sagGenoplyst() {
        return new SagOplyst(SAG_ID, GENOPLYST, registrering());
    }

    public static AfslutSagUdenAfgoerelse afslutSagUdenAfgoerelse() {
        return new AfslutSagUdenAfgoerelse(SAG_ID, AfslutningsAarsag.TRUKKET_TILBAGE, AFSLUTTET, BEMAERKNING);
    }

    public static SagAfsluttetUdenAfgoerelse sagAfsluttetUdenAfgoerelse() {
        return new SagAfsluttetUdenAfgoerelse(SAG_ID, AfslutningsAarsag.TRUKKET_TILBAGE, AFSLUTTET,
                krypteret(BEMAERKNING), registrering());
    }

    public static AfslutSag afslutSag() {
        return new AfslutSag(SAG_ID, AFSLUTTET);
    }

    public static SagAfsluttet sagAfsluttet() {
        return new SagAfsluttet(SAG_ID, AFSLUTTET, registrering());
    }

    // ---- histories: the events that bring a sag into a typical state ----

    /** Just opened: {@link Fremdrift#OPSTAAET}. */
    public static SagEvent[] oprettet() {
        return new SagEvent[] {sagOprettet()};
    }

    /** Opened and waiting for egen læge's answer. */
    public static SagEvent[] iBero() {
        return new SagEvent[] {sagOprettet(), oplysningerAnmodet(), sagSatIBero()};
    }

    /** Ready for an afgørelse: {@link Fremdrift#OPLYST}. */
    public static SagEvent[] oplyst() {
        return new SagEvent[] {sagOprettet(), sagOplyst()};
    }

    /** Oplyst and a partshøring sent, not yet answered. */
    public static SagEvent[] partshoeringAfventer() {
        return new SagEvent[] {sagOprettet(), sagOplyst(), partshoeringSendt()};
    }

    /** Afgjort with a delvis bevilling ({@link #AFGOERELSE_ID}). */
    public static SagEvent[] afgjort() {
        return new SagEvent[] {sagOprettet(), sagOplyst(), afgoerelseTruffet()};
    }

    /** Afgjort, then a revisitation started: needs to be oplyst again. */
    public static SagEvent[] underRevisitation() {
        return new SagEvent[] {sagOprettet(), sagOplyst(), afgoerelseTruffet(), revisitationStartet()};
    }

    /** Afgjort and afsluttet. */
    public static SagEvent[] afsluttet() {
        return new SagEvent[] {sagOprettet(), sagOplyst(), afgoerelseTruffet(), sagAfsluttet()};
    }
}
