package dk.careledger.domain.henvendelse;

import static dk.careledger.domain.testfixtures.SynligKryptering.tekst;

import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.HenvendelseId;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.henvendelse.command.AfklarHenvendelse;
import dk.careledger.domain.henvendelse.command.HaandterHenvendelse;
import dk.careledger.domain.henvendelse.command.ModtagHenvendelse;
import dk.careledger.domain.henvendelse.event.HenvendelseAfklaret;
import dk.careledger.domain.henvendelse.event.HenvendelseHaandteret;
import dk.careledger.domain.henvendelse.event.HenvendelseModtaget;
import dk.careledger.domain.testfixtures.TestKontekst;
import java.time.LocalDate;
import java.util.List;

/**
 * Object mother for henvendelser (UC1), reused by command-side tests through the core-domain test-jar.
 *
 * <p>One citizen, two henvendelser: a henvisning from Sygehus – medicinsk (A12) with a diagnose, received as a
 * MedCom message and asking for kommunal sygepleje; and the citizen's own call (A1) asking for praktisk hjælp.
 * Events carry {@link TestKontekst#registrering()} and the deterministic test encryption, so they equal what
 * the decider produces with {@link TestKontekst#kontekst()}.
 */
public final class HenvendelseFixtures {

    public static final BorgerId BORGER_ID = BorgerId.of("6f1c2b9e-3d4a-4e5f-8a7b-0c1d2e3f4a01");
    /** The henvisning from Sygehus – medicinsk (A12). */
    public static final HenvendelseId HENVISNING_ID = HenvendelseId.of("2a7e4c10-91b3-4d62-8f05-7b3c9e1d0a11");
    /** The citizen's own henvendelse (A1). */
    public static final HenvendelseId HENVENDELSE_FRA_BORGER_ID = HenvendelseId.of("2a7e4c10-91b3-4d62-8f05-7b3c9e1d0a12");
    /** A sag opened from a henvendelse (sygepleje). */
    public static final SagId SYGEPLEJESAG_ID = SagId.of("9c0d4e21-5b6a-4c7d-9e8f-1a2b3c4d5e21");
    /** A second sag opened from the same henvendelse. */
    public static final SagId PLEJESAG_ID = SagId.of("9c0d4e21-5b6a-4c7d-9e8f-1a2b3c4d5e22");
    /** An existing sag a henvendelse can be joined to (3.b1). */
    public static final SagId EKSISTERENDE_SAG_ID = SagId.of("9c0d4e21-5b6a-4c7d-9e8f-1a2b3c4d5e23");

    public static final String SYGEHUS_MEDICINSK = "A12";
    public static final String BORGER = "A1";
    public static final LocalDate MODTAGET_DATO = LocalDate.of(2026, 2, 26);
    public static final LocalDate AFKLARET_DATO = LocalDate.of(2026, 2, 27);
    public static final LocalDate HAANDTERET_DATO = LocalDate.of(2026, 3, 2);

    public static final String HENVISNINGSAARSAG = "Udskrevet efter indlæggelse, behov for sårpleje og medicinadministration";
    public static final String DIAGNOSE = "Type 2-diabetes med fodsår (DE11.5)";
    public static final String HENVENDELSESAARSAG = "Datteren ringer: mor kan ikke længere gøre rent og handle ind";
    public static final String AFKLARING = "Talt med datteren: hjælpen drejer sig om rengøring og tøjvask, ikke indkøb";
    public static final String BEGRUNDELSE_INGEN_SAG = "Behovet dækkes af eksisterende hjælp; borgeren er orienteret";

    private HenvendelseFixtures() {
    }

    // --- The henvisning from Sygehus – medicinsk (A12) ---

    public static ModtagHenvendelse modtagHenvisningFraSygehus() {
        return new ModtagHenvendelse(HENVISNING_ID, BORGER_ID, SYGEHUS_MEDICINSK, Kanal.MEDCOM, MODTAGET_DATO,
                HENVISNINGSAARSAG, DIAGNOSE, "SUL-138");
    }

    public static HenvendelseModtaget henvisningFraSygehusModtaget() {
        return new HenvendelseModtaget(HENVISNING_ID, BORGER_ID, SYGEHUS_MEDICINSK, Kanal.MEDCOM, MODTAGET_DATO,
                tekst(BORGER_ID, HENVISNINGSAARSAG), tekst(BORGER_ID, DIAGNOSE), "SUL-138", true, registrering());
    }

    // --- The citizen's own henvendelse (A1) ---

    public static ModtagHenvendelse modtagHenvendelseFraBorger() {
        return new ModtagHenvendelse(HENVENDELSE_FRA_BORGER_ID, BORGER_ID, BORGER, Kanal.TELEFON, MODTAGET_DATO,
                HENVENDELSESAARSAG, null, "SEL-83-PH");
    }

    public static HenvendelseModtaget henvendelseFraBorgerModtaget() {
        return new HenvendelseModtaget(HENVENDELSE_FRA_BORGER_ID, BORGER_ID, BORGER, Kanal.TELEFON, MODTAGET_DATO,
                tekst(BORGER_ID, HENVENDELSESAARSAG), null, "SEL-83-PH", false, registrering());
    }

    // --- Clarification (3.b1) ---

    public static AfklarHenvendelse afklar(HenvendelseId henvendelseId) {
        return new AfklarHenvendelse(henvendelseId, AFKLARET_DATO, AFKLARING);
    }

    public static HenvendelseAfklaret afklaret(HenvendelseId henvendelseId) {
        return new HenvendelseAfklaret(henvendelseId, AFKLARET_DATO, tekst(BORGER_ID, AFKLARING), registrering());
    }

    // --- Handling (step 6, 3.a1) ---

    /** SAG_OPRETTET with the sygeplejesag. */
    public static HaandterHenvendelse haandterMedSagOprettet(HenvendelseId henvendelseId) {
        return new HaandterHenvendelse(henvendelseId, Udfald.SAG_OPRETTET, List.of(SYGEPLEJESAG_ID), null, HAANDTERET_DATO);
    }

    public static HenvendelseHaandteret haandteretMedSagOprettet(HenvendelseId henvendelseId) {
        return new HenvendelseHaandteret(henvendelseId, Udfald.SAG_OPRETTET, List.of(SYGEPLEJESAG_ID), null,
                HAANDTERET_DATO, registrering());
    }

    /** TILKNYTTET_SAG with the existing sag. */
    public static HaandterHenvendelse haandterMedTilknyttetSag(HenvendelseId henvendelseId) {
        return new HaandterHenvendelse(henvendelseId, Udfald.TILKNYTTET_SAG, List.of(EKSISTERENDE_SAG_ID), null,
                HAANDTERET_DATO);
    }

    public static HenvendelseHaandteret haandteretMedTilknyttetSag(HenvendelseId henvendelseId) {
        return new HenvendelseHaandteret(henvendelseId, Udfald.TILKNYTTET_SAG, List.of(EKSISTERENDE_SAG_ID), null,
                HAANDTERET_DATO, registrering());
    }

    /** INGEN_SAG with a begrundelse (3.a1). */
    public static HaandterHenvendelse haandterUdenSag(HenvendelseId henvendelseId) {
        return new HaandterHenvendelse(henvendelseId, Udfald.INGEN_SAG, List.of(), BEGRUNDELSE_INGEN_SAG, HAANDTERET_DATO);
    }

    public static HenvendelseHaandteret haandteretUdenSag(HenvendelseId henvendelseId) {
        return new HenvendelseHaandteret(henvendelseId, Udfald.INGEN_SAG, List.of(), tekst(BORGER_ID, BEGRUNDELSE_INGEN_SAG),
                HAANDTERET_DATO, registrering());
    }

    private static Registrering registrering() {
        return TestKontekst.registrering();
    }
}
