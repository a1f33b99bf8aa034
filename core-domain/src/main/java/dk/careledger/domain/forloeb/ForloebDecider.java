package dk.careledger.domain.forloeb;

import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Kontekst;
import dk.careledger.domain.felles.Sagsfakta;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.forloeb.command.AfslutForloeb;
import dk.careledger.domain.forloeb.command.ForloebCommand;
import dk.careledger.domain.forloeb.command.StartForloeb;
import dk.careledger.domain.forloeb.command.TilknytBevilling;
import dk.careledger.domain.forloeb.command.TilknytSag;
import dk.careledger.domain.forloeb.event.BevillingTilknyttetForloeb;
import dk.careledger.domain.forloeb.event.ForloebAfsluttet;
import dk.careledger.domain.forloeb.event.ForloebEvent;
import dk.careledger.domain.forloeb.event.ForloebStartet;
import dk.careledger.domain.forloeb.event.SagTilknyttetForloeb;
import dk.careledger.domain.katalog.Forloebstype;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The rules of a forløb (care pathway): started with a catalogue type, sager and bevillinger linked to it
 * (ids only), ended once. An ended forløb accepts nothing more (422 {@code FORLOEB_AFSLUTTET}); a new
 * pathway is a new forløb.
 *
 * <p>Checks run in this order: existence (404 {@code FORLOEB_UKENDT} / 409 {@code FORLOEB_FINDES}), then
 * state (422 {@code FORLOEB_AFSLUTTET}), then the command's fields in component order (400), each followed by
 * its duplicate check (409 {@code SAG_ALLEREDE_TILKNYTTET} / {@code BEVILLING_ALLEREDE_TILKNYTTET}).
 *
 * <p>Rules the spec leaves open, settled the way a caseworker would expect:
 * <ul>
 *   <li>Linking the same bevilling twice is refused like a sag (409 {@code BEVILLING_ALLEREDE_TILKNYTTET}).</li>
 *   <li>A slutdato before the startdato is a malformed period (400 {@code PERIODE_UGYLDIG}, field slutdato,
 *       the code the bevilling uses); ending on the start day is allowed.</li>
 *   <li>The aarsag for ending is mandatory (a pathway's end must be explained in the record) and encrypted
 *       with the citizen's key.</li>
 *   <li>A linked sag or bevilling must exist (404 {@code SAG_UKENDT} / {@code BEVILLING_UKENDT}) and concern the
 *       forløb's citizen (422 {@code ANDEN_BORGER}), read through {@link dk.careledger.domain.felles.Opslag}: a
 *       citizen never changes, so the check cannot race (ADR 0020).</li>
 *   <li>Anonymous citizens and citizens without CPR are plain {@link BorgerId}s here; nothing differs.</li>
 * </ul>
 */
public final class ForloebDecider {

    private ForloebDecider() {
    }

    /** The events the command causes in the given state, or an {@link Afvisning}. */
    public static List<ForloebEvent> decide(ForloebState state, ForloebCommand command, Kontekst kontekst) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(kontekst, "kontekst");
        Afvisning.paakraevet(command.forloebId(), "forloebId");
        if (command instanceof StartForloeb start) {
            return List.of(start(state, start, kontekst));
        }
        kraevAabentForloeb(state, command);
        if (command instanceof TilknytSag tilknyt) {
            return List.of(tilknytSag(state, tilknyt, kontekst));
        }
        if (command instanceof TilknytBevilling tilknyt) {
            return List.of(tilknytBevilling(state, tilknyt, kontekst));
        }
        if (command instanceof AfslutForloeb afslut) {
            return List.of(afslut(state, afslut, kontekst));
        }
        throw new IllegalArgumentException("Ukendt kommando: " + command.getClass().getName());
    }

    /** The state after the event. Never refuses: events are facts. */
    public static ForloebState evolve(ForloebState state, ForloebEvent event) {
        if (event instanceof ForloebStartet startet) {
            return new ForloebState(true, startet.borgerId(), startet.forloebstypeKode(), startet.startdato(),
                    Set.of(), Set.of(), null);
        }
        if (event instanceof SagTilknyttetForloeb tilknyttet) {
            Set<SagId> sager = new HashSet<>(state.sager());
            sager.add(tilknyttet.sagId());
            return new ForloebState(state.findes(), state.borgerId(), state.forloebstypeKode(), state.startdato(),
                    sager, state.bevillinger(), state.slutdato());
        }
        if (event instanceof BevillingTilknyttetForloeb tilknyttet) {
            Set<BevillingId> bevillinger = new HashSet<>(state.bevillinger());
            bevillinger.add(tilknyttet.bevillingId());
            return new ForloebState(state.findes(), state.borgerId(), state.forloebstypeKode(), state.startdato(),
                    state.sager(), bevillinger, state.slutdato());
        }
        if (event instanceof ForloebAfsluttet afsluttet) {
            return new ForloebState(state.findes(), state.borgerId(), state.forloebstypeKode(), state.startdato(),
                    state.sager(), state.bevillinger(), afsluttet.slutdato());
        }
        throw new IllegalArgumentException("Ukendt hændelse: " + event.getClass().getName());
    }

    /** The state after all events, from {@link ForloebState#initial()}. */
    public static ForloebState replay(List<? extends ForloebEvent> events) {
        ForloebState state = ForloebState.initial();
        for (ForloebEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }

    private static ForloebStartet start(ForloebState state, StartForloeb c, Kontekst kontekst) {
        if (state.findes()) {
            throw Afvisning.konflikt("FORLOEB_FINDES", null, "Forløbet " + c.forloebId() + " findes allerede");
        }
        BorgerId borgerId = Afvisning.paakraevet(c.borgerId(), "borgerId");
        String typeKode = Afvisning.paakraevet(c.forloebstypeKode(), "forloebstypeKode");
        Forloebstype type = kontekst.katalog().forloebstype(typeKode)
                .orElseThrow(() -> Afvisning.ugyldig("UKENDT_FORLOEBSTYPE", "forloebstypeKode",
                        "Forløbstypen '" + typeKode + "' findes ikke i kataloget"));
        LocalDate startdato = Afvisning.paakraevet(c.startdato(), "startdato");
        return new ForloebStartet(c.forloebId(), borgerId, typeKode, type.kleNummer(), startdato, kontekst.registrering());
    }

    private static SagTilknyttetForloeb tilknytSag(ForloebState state, TilknytSag c, Kontekst kontekst) {
        SagId sagId = Afvisning.paakraevet(c.sagId(), "sagId");
        if (state.sager().contains(sagId)) {
            throw Afvisning.konflikt("SAG_ALLEREDE_TILKNYTTET", "sagId",
                    "Sagen " + sagId + " er allerede knyttet til forløbet");
        }
        BorgerId sagensBorger = kontekst.opslag().sag(sagId).map(Sagsfakta::borgerId)
                .orElseThrow(() -> Afvisning.ikkeFundet("SAG_UKENDT", "sagId", "Sagen " + sagId + " findes ikke"));
        kraevSammeBorger(state, sagensBorger, "sagId", "Sagen " + sagId);
        return new SagTilknyttetForloeb(c.forloebId(), sagId, kontekst.registrering());
    }

    private static BevillingTilknyttetForloeb tilknytBevilling(ForloebState state, TilknytBevilling c, Kontekst kontekst) {
        BevillingId bevillingId = Afvisning.paakraevet(c.bevillingId(), "bevillingId");
        if (state.bevillinger().contains(bevillingId)) {
            throw Afvisning.konflikt("BEVILLING_ALLEREDE_TILKNYTTET", "bevillingId",
                    "Bevillingen " + bevillingId + " er allerede knyttet til forløbet");
        }
        BorgerId bevillingensBorger = kontekst.opslag().bevillingensBorger(bevillingId)
                .orElseThrow(() -> Afvisning.ikkeFundet("BEVILLING_UKENDT", "bevillingId", "Bevillingen " + bevillingId + " findes ikke"));
        kraevSammeBorger(state, bevillingensBorger, "bevillingId", "Bevillingen " + bevillingId);
        return new BevillingTilknyttetForloeb(c.forloebId(), bevillingId, kontekst.registrering());
    }

    private static ForloebAfsluttet afslut(ForloebState state, AfslutForloeb c, Kontekst kontekst) {
        LocalDate slutdato = Afvisning.paakraevet(c.slutdato(), "slutdato");
        if (slutdato.isBefore(state.startdato())) {
            throw Afvisning.ugyldig("PERIODE_UGYLDIG", "slutdato",
                    "Slutdatoen " + slutdato + " ligger før forløbets startdato " + state.startdato());
        }
        Afvisning.paakraevet(c.aarsag(), "aarsag");
        return new ForloebAfsluttet(c.forloebId(), slutdato, kontekst.kryptering().krypter(state.borgerId(), c.aarsag()),
                kontekst.registrering());
    }

    private static void kraevSammeBorger(ForloebState state, BorgerId borgerId, String felt, String hvad) {
        if (!borgerId.equals(state.borgerId())) {
            throw Afvisning.regel("ANDEN_BORGER", felt, hvad + " handler om en anden borger end forløbet");
        }
    }

    private static void kraevAabentForloeb(ForloebState state, ForloebCommand c) {
        if (!state.findes()) {
            throw Afvisning.ikkeFundet("FORLOEB_UKENDT", null, "Forløbet " + c.forloebId() + " findes ikke");
        }
        if (state.afsluttet()) {
            throw Afvisning.regel("FORLOEB_AFSLUTTET", null, "Forløbet er afsluttet " + state.slutdato());
        }
    }
}
