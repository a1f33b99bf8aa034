package dk.careledger.domain.indstilling;

import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Kontekst;
import dk.careledger.domain.indstilling.KommuneindstillingState.Borgerbliksvalg;
import dk.careledger.domain.indstilling.command.FastsaetBorgerblik;
import dk.careledger.domain.indstilling.command.FastsaetPolitik;
import dk.careledger.domain.indstilling.command.FastsaetSagsbehandlingsfrist;
import dk.careledger.domain.indstilling.command.KommuneindstillingCommand;
import dk.careledger.domain.indstilling.event.AfslutningspolitikFastsat;
import dk.careledger.domain.indstilling.event.BorgerblikFastsat;
import dk.careledger.domain.indstilling.event.KommuneindstillingEvent;
import dk.careledger.domain.indstilling.event.SagsbegrebFastsat;
import dk.careledger.domain.indstilling.event.SagsbehandlingsfristFastsat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rules of a kommune's settings (ADR 0021): one aggregate per kommune, its CVR the id. Every change is a fact with
 * who and when (the registrering) and from which day it holds ({@code gyldigFra}); nothing is ever overwritten, a later
 * fact for the same KLE prefix and day corrects an earlier one. Which fact applies to a sag on a day (the longest
 * prefix, then the latest {@code gyldigFra}, then the latest registered) is the read models' business.
 *
 * <p>Refusals (400, the field named): {@code FELT_PAAKRAEVET} for a missing required field (for the policy: neither
 * {@code politik} nor {@code sagsbegreb}); {@code UKENDT_KLE} for a KLE prefix that is not a hovedgruppe, gruppe or emne
 * (for a frist and Borgerblik: of the catalogue, as before they were facts); {@code UKENDT_INDSATS}; {@code FRIST_UGYLDIG} for a frist outside 1 to {@value #MAKS_FRIST_DAGE} days.
 *
 * <p><b>Idempotent:</b> setting the value that is already the latest one for the same prefix and day (and indsats)
 * writes nothing; the command is answered with no events.
 */
public final class KommuneindstillingDecider {
    /** The longest sagsbehandlingsfrist accepted: ten years. */
    public static final int MAKS_FRIST_DAGE = 3650;

    private KommuneindstillingDecider() {
    }

    /** The events the command causes in the given state (possibly none), or an {@link Afvisning}. */
    public static List<KommuneindstillingEvent> decide(KommuneindstillingState state, KommuneindstillingCommand command, Kontekst kontekst) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(kontekst, "kontekst");
        Afvisning.paakraevet(command.kommune(), "kommune");
        if (command instanceof FastsaetPolitik c) {
            return politik(state, c, kontekst);
        }
        if (command instanceof FastsaetSagsbehandlingsfrist c) {
            return frist(state, c, kontekst);
        }
        if (command instanceof FastsaetBorgerblik c) {
            return borgerblik(state, c, kontekst);
        }
        throw new IllegalArgumentException("Ukendt kommando: " + command.getClass().getName());
    }

    /** The state after the event. Never refuses: events are facts. */
    public static KommuneindstillingState evolve(KommuneindstillingState state, KommuneindstillingEvent event) {
        if (event instanceof AfslutningspolitikFastsat e) {
            return state.medPolitik(KommuneindstillingState.noegle(e.klePraefiks(), e.gyldigFra(), null), e.politik());
        }
        if (event instanceof SagsbegrebFastsat e) {
            return state.medSagsbegreb(KommuneindstillingState.noegle(e.klePraefiks(), e.gyldigFra(), null), e.sagsbegreb());
        }
        if (event instanceof SagsbehandlingsfristFastsat e) {
            return state.medFrist(KommuneindstillingState.noegle(e.klePraefiks(), e.gyldigFra(), e.indsatsKode()), e.fristDage());
        }
        if (event instanceof BorgerblikFastsat e) {
            return state.medBorgerblik(KommuneindstillingState.noegle(e.klePraefiks(), e.gyldigFra(), null), Borgerbliksvalg.af(e));
        }
        throw new IllegalArgumentException("Ukendt hændelse: " + event.getClass().getName());
    }

    /** The state after all events, from {@link KommuneindstillingState#initial()}. */
    public static KommuneindstillingState replay(List<? extends KommuneindstillingEvent> events) {
        KommuneindstillingState state = KommuneindstillingState.initial();
        for (KommuneindstillingEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }

    private static List<KommuneindstillingEvent> politik(KommuneindstillingState state, FastsaetPolitik c, Kontekst kontekst) {
        // any well-formed prefix: a policy may be set for a KLE group before the shipped catalogue has an emne of it
        String praefiks = KlePraefiks.kontroller(null, c.klePraefiks(), true, "klePraefiks");
        if (c.politik() == null && c.sagsbegreb() == null) {
            throw Afvisning.ugyldig("FELT_PAAKRAEVET", "politik", "Angiv politik og/eller sagsbegreb");
        }
        LocalDate gyldigFra = Afvisning.paakraevet(c.gyldigFra(), "gyldigFra");
        String noegle = KommuneindstillingState.noegle(praefiks, gyldigFra, null);
        List<KommuneindstillingEvent> ud = new ArrayList<>();
        if (c.politik() != null && c.politik() != state.politikker().get(noegle)) {
            ud.add(new AfslutningspolitikFastsat(c.kommune(), praefiks, c.politik(), gyldigFra, kontekst.registrering()));
        }
        if (c.sagsbegreb() != null && c.sagsbegreb() != state.sagsbegreber().get(noegle)) {
            ud.add(new SagsbegrebFastsat(c.kommune(), praefiks, c.sagsbegreb(), gyldigFra, kontekst.registrering()));
        }
        return ud;
    }

    private static List<KommuneindstillingEvent> frist(KommuneindstillingState state, FastsaetSagsbehandlingsfrist c, Kontekst kontekst) {
        String praefiks = KlePraefiks.kontroller(kontekst.katalog(), c.klePraefiks(), false, "klePraefiks");
        String indsats = c.indsatsKode() == null || c.indsatsKode().isBlank() ? null : c.indsatsKode().trim();
        if (indsats != null && kontekst.katalog().indsats(indsats).isEmpty()) {
            throw Afvisning.ugyldig("UKENDT_INDSATS", "indsatsKode", "Ukendt indsats '" + indsats + "'");
        }
        int dage = Afvisning.paakraevet(c.fristDage(), "fristDage");
        if (dage < 1 || dage > MAKS_FRIST_DAGE) {
            throw Afvisning.ugyldig("FRIST_UGYLDIG", "fristDage", "En frist er 1 til " + MAKS_FRIST_DAGE + " dage, fik " + dage);
        }
        LocalDate gyldigFra = Afvisning.paakraevet(c.gyldigFra(), "gyldigFra");
        if (Integer.valueOf(dage).equals(state.frister().get(KommuneindstillingState.noegle(praefiks, gyldigFra, indsats)))) {
            return List.of();
        }
        return List.of(new SagsbehandlingsfristFastsat(c.kommune(), praefiks, indsats, dage, gyldigFra, kontekst.registrering()));
    }

    private static List<KommuneindstillingEvent> borgerblik(KommuneindstillingState state, FastsaetBorgerblik c, Kontekst kontekst) {
        String praefiks = KlePraefiks.kontroller(kontekst.katalog(), c.klePraefiks(), true, "klePraefiks");
        LocalDate gyldigFra = Afvisning.paakraevet(c.gyldigFra(), "gyldigFra");
        BorgerblikFastsat e = new BorgerblikFastsat(c.kommune(), praefiks, gyldigFra, Afvisning.paakraevet(c.titelKilde(), "titelKilde"),
                Afvisning.paakraevet(c.dokumenttitler(), "dokumenttitler"), c.fradato(), Boolean.TRUE.equals(c.visAeldreAktive()),
                Afvisning.paakraevet(c.niveau2(), "niveau2"), Afvisning.paakraevet(c.skjulForBorger(), "skjulForBorger"), kontekst.registrering());
        if (Borgerbliksvalg.af(e).equals(state.borgerblik().get(KommuneindstillingState.noegle(praefiks, gyldigFra, null)))) {
            return List.of();
        }
        return List.of(e);
    }
}
