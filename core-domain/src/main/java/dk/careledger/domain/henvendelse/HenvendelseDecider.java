package dk.careledger.domain.henvendelse;

import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Kontekst;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.felles.Sagsfakta;
import dk.careledger.domain.felles.Tidsregler;
import dk.careledger.domain.henvendelse.command.AfklarHenvendelse;
import dk.careledger.domain.henvendelse.command.HaandterHenvendelse;
import dk.careledger.domain.henvendelse.command.HenvendelseCommand;
import dk.careledger.domain.henvendelse.command.ModtagHenvendelse;
import dk.careledger.domain.henvendelse.event.HenvendelseAfklaret;
import dk.careledger.domain.henvendelse.event.HenvendelseEvent;
import dk.careledger.domain.henvendelse.event.HenvendelseHaandteret;
import dk.careledger.domain.henvendelse.event.HenvendelseModtaget;
import dk.careledger.domain.katalog.FsiiiGruppe;
import dk.careledger.domain.katalog.FsiiiKode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The rules of a henvendelse (UC1 Åbne sag): received, possibly clarified with the henvender (3.b1), then
 * handled exactly once, with sager opened, an existing sag joined, or no sag (3.a1).
 *
 * <p>Checks run in this order: existence (404 {@code HENVENDELSE_UKENDT} / 409 {@code HENVENDELSE_FINDES}),
 * then state (422 {@code HENVENDELSE_HAANDTERET}), then the command's fields in component order (400).
 *
 * <p>Rules the spec leaves open, settled the way a caseworker would expect:
 * <ul>
 *   <li>Clarification (3.b1) may happen several times: the caseworker may call the henvender more than once.</li>
 *   <li>Neither afklaretDato nor haandteretDato may lie before modtagetDato (400 {@code DATO_FOER_MODTAGELSE}):
 *       one cannot clarify or handle what has not yet been received.</li>
 *   <li>{@code sager} must not hold nulls or the same sag twice (400 {@code SAGER_UGYLDIG}); TILKNYTTET_SAG
 *       with more than one sag, and INGEN_SAG with any sag, are also {@code SAGER_UGYLDIG}. Each sag must exist (404
 *       {@code SAG_UKENDT}) and be the same citizen's (422 {@code ANDEN_BORGER}, field {@code sager[i]}), read through
 *       the {@code Opslag} (ADR 0020).</li>
 *   <li>Marking it handled with SAG_OPRETTET and sager it was already handled with emits nothing: opening a sag from
 *       it already did so (UC1 step 6), and a client following the old flow is not refused.</li>
 *   <li>modtagetDato, afklaretDato and haandteretDato lie no further ahead than the tolerance of the record time (400
 *       {@code DATO_I_FREMTIDEN}).</li>
 *   <li>A begrundelse given with SAG_OPRETTET or TILKNYTTET_SAG is kept (encrypted) as a note.</li>
 *   <li>oensketIndsatsKode, when given, must be in the indsats catalogue (400 {@code UKENDT_INDSATS}).</li>
 *   <li>Anonymous citizens (3.c1) and citizens without CPR are plain {@link BorgerId}s here; the citizen
 *       register knows their kind, so nothing differs in this decider.</li>
 * </ul>
 * Free text (aarsag, diagnose, afklaring, begrundelse) is encrypted with the citizen's key.
 */
public final class HenvendelseDecider {

    private HenvendelseDecider() {
    }

    /** The events the command causes in the given state, or an {@link Afvisning}. */
    public static List<HenvendelseEvent> decide(HenvendelseState state, HenvendelseCommand command, Kontekst kontekst) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(kontekst, "kontekst");
        Afvisning.paakraevet(command.henvendelseId(), "henvendelseId");
        if (command instanceof ModtagHenvendelse modtag) {
            return List.of(modtag(state, modtag, kontekst));
        }
        if (command instanceof AfklarHenvendelse afklar) {
            return List.of(afklar(state, afklar, kontekst));
        }
        if (command instanceof HaandterHenvendelse haandter) {
            return haandter(state, haandter, kontekst);
        }
        throw new IllegalArgumentException("Ukendt kommando: " + command.getClass().getName());
    }

    /** The state after the event. Never refuses: events are facts. */
    public static HenvendelseState evolve(HenvendelseState state, HenvendelseEvent event) {
        if (event instanceof HenvendelseModtaget modtaget) {
            return new HenvendelseState(true, modtaget.borgerId(), modtaget.modtagetDato(), modtaget.henvisning(),
                    false, false, null, List.of());
        }
        if (event instanceof HenvendelseAfklaret) {
            return new HenvendelseState(state.findes(), state.borgerId(), state.modtagetDato(), state.henvisning(),
                    true, state.haandteret(), state.udfald(), state.sager());
        }
        if (event instanceof HenvendelseHaandteret haandteret) {
            return new HenvendelseState(state.findes(), state.borgerId(), state.modtagetDato(), state.henvisning(),
                    state.afklaret(), true, haandteret.udfald(), haandteret.sager());
        }
        throw new IllegalArgumentException("Ukendt hændelse: " + event.getClass().getName());
    }

    /** The state after all events, from {@link HenvendelseState#initial()}. */
    public static HenvendelseState replay(List<? extends HenvendelseEvent> events) {
        HenvendelseState state = HenvendelseState.initial();
        for (HenvendelseEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }

    private static HenvendelseModtaget modtag(HenvendelseState state, ModtagHenvendelse c, Kontekst kontekst) {
        if (state.findes()) {
            throw Afvisning.konflikt("HENVENDELSE_FINDES", null, "Henvendelsen " + c.henvendelseId() + " findes allerede");
        }
        BorgerId borgerId = Afvisning.paakraevet(c.borgerId(), "borgerId");
        String kildeKode = Afvisning.paakraevet(c.kildeKode(), "kildeKode");
        FsiiiKode kilde = kontekst.katalog().fsiii(kildeKode)
                .filter(kode -> kode.gruppe() == FsiiiGruppe.A)
                .orElseThrow(() -> Afvisning.ugyldig("UKENDT_FSIII_KODE", "kildeKode",
                        "'" + kildeKode + "' er ikke en FSIII-kode for henvendelse/henvisning fra (gruppe A)"));
        Afvisning.paakraevet(c.kanal(), "kanal");
        Tidsregler.ikkeIFremtiden(Afvisning.paakraevet(c.modtagetDato(), "modtagetDato"), "modtagetDato", kontekst);
        Afvisning.paakraevet(c.aarsag(), "aarsag");
        if (kilde.henvisning() && erBlank(c.diagnose())) {
            throw Afvisning.ugyldig("DIAGNOSE_PAAKRAEVET", "diagnose",
                    "En henvisning fra " + kilde.titel() + " kræver en lægeligt stillet diagnose");
        }
        String oensketIndsatsKode = erBlank(c.oensketIndsatsKode()) ? null : c.oensketIndsatsKode();
        if (oensketIndsatsKode != null && kontekst.katalog().indsats(oensketIndsatsKode).isEmpty()) {
            throw Afvisning.ugyldig("UKENDT_INDSATS", "oensketIndsatsKode",
                    "Indsatsen '" + oensketIndsatsKode + "' findes ikke i indsatskataloget");
        }
        return new HenvendelseModtaget(c.henvendelseId(), borgerId, kildeKode, c.kanal(), c.modtagetDato(),
                krypter(kontekst, borgerId, c.aarsag()), krypter(kontekst, borgerId, c.diagnose()),
                oensketIndsatsKode, kilde.henvisning(), kontekst.registrering());
    }

    private static HenvendelseAfklaret afklar(HenvendelseState state, AfklarHenvendelse c, Kontekst kontekst) {
        kraevAabenHenvendelse(state, c);
        LocalDate afklaretDato = Afvisning.paakraevet(c.afklaretDato(), "afklaretDato");
        ikkeFoerModtagelse(state, afklaretDato, "afklaretDato");
        Tidsregler.ikkeIFremtiden(afklaretDato, "afklaretDato", kontekst);
        Afvisning.paakraevet(c.afklaring(), "afklaring");
        return new HenvendelseAfklaret(c.henvendelseId(), afklaretDato,
                krypter(kontekst, state.borgerId(), c.afklaring()), kontekst.registrering());
    }

    private static List<HenvendelseEvent> haandter(HenvendelseState state, HaandterHenvendelse c, Kontekst kontekst) {
        if (alleredeHaandteretMedSamme(state, c)) {
            return List.of();
        }
        kraevAabenHenvendelse(state, c);
        Udfald udfald = Afvisning.paakraevet(c.udfald(), "udfald");
        List<SagId> sager = c.sager() == null ? List.of() : c.sager();
        if (sager.stream().anyMatch(Objects::isNull) || new HashSet<>(sager).size() != sager.size()) {
            throw Afvisning.ugyldig("SAGER_UGYLDIG", "sager", "Listen over sager må ikke indeholde tomme eller gentagne sager");
        }
        switch (udfald) {
            case SAG_OPRETTET -> {
                if (sager.isEmpty()) {
                    throw Afvisning.ugyldig("SAGER_PAAKRAEVET", "sager",
                            "Angiv den eller de sager, der er oprettet på baggrund af henvendelsen");
                }
            }
            case TILKNYTTET_SAG -> {
                if (sager.isEmpty()) {
                    throw Afvisning.ugyldig("SAGER_PAAKRAEVET", "sager",
                            "Angiv den eksisterende sag, henvendelsen er knyttet til");
                }
                if (sager.size() > 1) {
                    throw Afvisning.ugyldig("SAGER_UGYLDIG", "sager",
                            "En henvendelse knyttes til præcis én eksisterende sag, ikke " + sager.size());
                }
            }
            case INGEN_SAG -> {
                if (!sager.isEmpty()) {
                    throw Afvisning.ugyldig("SAGER_UGYLDIG", "sager",
                            "Når der ikke oprettes en sag, kan der ikke angives sager");
                }
                if (erBlank(c.begrundelse())) {
                    throw Afvisning.ugyldig("BEGRUNDELSE_PAAKRAEVET", "begrundelse",
                            "Angiv hvorfor der ikke oprettes en sag på baggrund af henvendelsen");
                }
            }
            default -> throw new IllegalArgumentException("Ukendt udfald: " + udfald);
        }
        LocalDate haandteretDato = Afvisning.paakraevet(c.haandteretDato(), "haandteretDato");
        ikkeFoerModtagelse(state, haandteretDato, "haandteretDato");
        Tidsregler.ikkeIFremtiden(haandteretDato, "haandteretDato", kontekst);
        for (int i = 0; i < sager.size(); i++) {
            SagId sagId = sager.get(i);
            String felt = "sager[" + i + "]";
            Sagsfakta sag = kontekst.opslag().sag(sagId)
                    .orElseThrow(() -> Afvisning.ikkeFundet("SAG_UKENDT", felt, "Sagen " + sagId + " findes ikke"));
            if (!sag.borgerId().equals(state.borgerId())) {
                throw Afvisning.regel("ANDEN_BORGER", felt,
                        "Sagen " + sagId + " handler om en anden borger end henvendelsen");
            }
        }
        return List.of(new HenvendelseHaandteret(c.henvendelseId(), udfald, sager,
                krypter(kontekst, state.borgerId(), c.begrundelse()), haandteretDato, kontekst.registrering()));
    }

    /**
     * Opening a sag from a henvendelse marks it handled (UC1 step 6). A client that then marks it handled with the
     * same sag(er), as it had to before, is told nothing new happened rather than refused.
     */
    private static boolean alleredeHaandteretMedSamme(HenvendelseState state, HaandterHenvendelse c) {
        return state.haandteret() && state.udfald() == Udfald.SAG_OPRETTET && c.udfald() == Udfald.SAG_OPRETTET
                && c.sager() != null && !c.sager().isEmpty() && state.sager().containsAll(c.sager());
    }

    private static void kraevAabenHenvendelse(HenvendelseState state, HenvendelseCommand c) {
        if (!state.findes()) {
            throw Afvisning.ikkeFundet("HENVENDELSE_UKENDT", null, "Henvendelsen " + c.henvendelseId() + " findes ikke");
        }
        if (state.haandteret()) {
            throw Afvisning.regel("HENVENDELSE_HAANDTERET", null,
                    "Henvendelsen er allerede håndteret (" + state.udfald() + ")");
        }
    }

    private static void ikkeFoerModtagelse(HenvendelseState state, LocalDate dato, String felt) {
        if (dato.isBefore(state.modtagetDato())) {
            throw Afvisning.ugyldig("DATO_FOER_MODTAGELSE", felt,
                    "Datoen " + dato + " ligger før henvendelsen blev modtaget (" + state.modtagetDato() + ")");
        }
    }

    private static KrypteretTekst krypter(Kontekst kontekst, BorgerId borgerId, String tekst) {
        return erBlank(tekst) ? null : kontekst.kryptering().krypter(borgerId, tekst);
    }

    private static boolean erBlank(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
