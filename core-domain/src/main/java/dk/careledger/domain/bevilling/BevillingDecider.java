package dk.careledger.domain.bevilling;

import dk.careledger.domain.felles.Tidszone;
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
import dk.careledger.domain.bevilling.event.OpfoelgningPlanlagt;
import dk.careledger.domain.bevilling.event.TilbagevirkningBegrundet;
import dk.careledger.domain.bevilling.event.UplanlagtLeveringRegistreret;
import dk.careledger.domain.bevilling.command.AnnullerLevering;
import dk.careledger.domain.bevilling.command.RetStartdato;
import dk.careledger.domain.bevilling.command.TilknytSagTilBevilling;
import dk.careledger.domain.bevilling.event.BevillingSagTilknyttet;
import dk.careledger.domain.bevilling.event.BevillingStartdatoRettet;
import dk.careledger.domain.bevilling.event.LeveringAnnulleret;
import dk.careledger.domain.felles.AfgoerelseId;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Kontekst;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Rolle;
import dk.careledger.domain.felles.Sagsfakta;
import dk.careledger.domain.felles.Tidsregler;
import dk.careledger.domain.katalog.FsiiiGruppe;
import dk.careledger.domain.katalog.FsiiiKode;
import dk.careledger.domain.katalog.Indsats;
import dk.careledger.domain.katalog.Ydelsestype;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The rules of a bevilling with its bestilling, leveringer and opfølgninger (UC3 afgørelse/bestilling, UC6
 * levering, UC8 ikke-planlagt levering). They live in one aggregate because "a levering needs a started,
 * not-ended bevilling" and "E3 ends the bevilling" are invariants of the bevilling.
 *
 * <p>Checks run in this order: existence (404 {@code BEVILLING_UKENDT} / 409 {@code BEVILLING_FINDES}), the
 * command's own fields (400), duplicate sub-entity ids (409 {@code LEVERING_FINDES}, {@code OPFOELGNING_FINDES}),
 * then the state of the bevilling (422), and last the fields measured against the state.
 *
 * <p>Rules the spec leaves open, settled the way a caseworker, leverandør or auditor would expect:
 * <ul>
 *   <li><b>Ophørt is final.</b> Once an ophør is registered, even with a future ophoersdato, the bevilling takes
 *       no bestilling, startdato, change, second ophør or opfølgning (422 {@code BEVILLING_OPHOERT}, field
 *       null): the decision to stop has been made, and a new need is a new afgørelse and a new bevilling.
 *       Leveringer and ikke-leveret registrations dated before the ophoersdato are still accepted, so the last
 *       weeks of help can be registered after the ophør was decided.</li>
 *   <li><b>The period of a levering</b> is the date of its moment ({@code leveret} or {@code planlagt}) in
 *       Europe/Copenhagen. On the venteliste every levering is refused (422 {@code BEVILLING_IKKE_STARTET}, field
 *       null, since no moment would do); before the startdato likewise, with the moment's field; on or after the
 *       ophoersdato, or after the slutdato, 422 {@code BEVILLING_OPHOERT} with the moment's field. The three
 *       kinds of levering share one id space: a leveringId is used once.</li>
 *   <li><b>No bestilling is needed for a levering.</b> Selvvisiterende enheder deliver what they grant, and UC8
 *       acute visits come before any paperwork.</li>
 *   <li><b>The frame.</b> A change (AendrBevilling, E2 with nytOmfang) must fit inside the granted ramme; when no
 *       ramme was granted the omfang as granted is the frame, so help can be reduced but not increased without
 *       a new afgørelse (422 {@code OMFANG_UDENFOR_RAMMEN}). When the bevilling has neither (a non-time ydelse)
 *       any omfang is accepted. At GivBevilling an omfang larger than its own ramme is a self-contradictory
 *       request (400 {@code OMFANG_UDENFOR_RAMMEN}). Omfang is compared exactly over a year of 52 weeks (see
 *       {@link Omfang#rummesI}). Minutter and gange must be positive (400 {@code OMFANG_UGYLDIG}).</li>
 *   <li><b>Sag.</b> An afgoerelseId without a sagId is refused (400 {@code SAG_PAAKRAEVET}): an afgørelse is
 *       always made on a sag. An indsats whose catalogue entry says kraeverSag needs a sag unless the actor acts
 *       as {@link Rolle#SELVVISITERENDE} (400 {@code SAG_PAAKRAEVET}).</li>
 *   <li><b>Money.</b> OEKONOMISK ydelser need a positive beloebOere (400 {@code FELT_PAAKRAEVET} when missing,
 *       {@code BELOEB_UGYLDIG} when not positive); other ydelser may not carry one (400 {@code BELOEB_UGYLDIG}),
 *       since what is paid is not what is delivered. egenbetalingOere, when given, is not negative (400
 *       {@code BELOEB_UGYLDIG}).</li>
 *   <li><b>Time</b> (ADR 0020). What is registered as having happened (bevilgetDato, bestiltDato, leveret, planlagt of
 *       a visit not delivered, gennemfoertDato) lies no further ahead than {@link Kontekst#fremtidstolerance()} of the
 *       record time (400 {@code DATO_I_FREMTIDEN}); planned dates (startdato, slutdato, ophoersdato, virkningFra,
 *       naesteOpfoelgning, foersteOpfoelgning) may lie ahead. A startdato before bevilgetDato is retroactive and needs
 *       a tilbagevirkningBegrundelse (400 {@code STARTDATO_FOER_BEVILLING}), which becomes
 *       {@link TilbagevirkningBegrundet}; a startdato set from the venteliste is never before bevilgetDato. The
 *       bevilgetDato is not before the afgørelse it rests on, nor before the sag arose (400 {@code DATO_FOER_GRUNDLAG});
 *       a first opfølgning given at the grant is not before it and becomes {@link OpfoelgningPlanlagt} (UC3 step 4).</li>
 *   <li><b>The sag and the afgørelse</b> (ADR 0020), read through {@link Kontekst#opslag()}: the sag exists (404
 *       {@code SAG_UKENDT}) and is the citizen's (422 {@code ANDEN_BORGER}, field borgerId); a named afgørelse was made
 *       on that sag (404 {@code AFGOERELSE_UKENDT}) and grants help (422 {@code AFGOERELSE_ER_AFSLAG}).</li>
 *   <li><b>One visit, one levering.</b> A levering at the same moment of the same bevilling as an earlier one, under
 *       another leveringId, is a double registration (409 {@code LEVERING_DOBBELT}) and is not counted twice.</li>
 *   <li><b>Bestilling</b> may be repeated: the latest names the current leverandør (frit valg, change of
 *       leverandør). leverandoerKommune marks a leverandør in another kommune (UC3 5.a1); the myndighed stays.</li>
 *   <li><b>Ikke leveret</b> with aarsag ANDET needs a bemaerkning (400 {@code FELT_PAAKRAEVET}); an unplanned
 *       levering needs its anledning (400 {@code FELT_PAAKRAEVET}): an auditor must see why a visit happened
 *       outside the plan. Varighed of delivered visits is positive (400 {@code VARIGHED_UGYLDIG}).</li>
 *   <li><b>Opfølgning.</b> resultatKode must be an FSIII E code (400 {@code UKENDT_FSIII_KODE}); naesteOpfoelgning
 *       is required for E1, E2 and E4 (400 {@code FELT_PAAKRAEVET}), must lie after gennemfoertDato (400
 *       {@code PERIODE_UGYLDIG}) and is not allowed with E3, nor nytOmfang with anything but E2 (400
 *       {@code FELT_IKKE_TILLADT}): a follow-up date on an ended bevilling, or a new omfang that is not applied,
 *       would mislead the reader. E2 without nytOmfang is a change of content only (no BevillingAendret). E2 with
 *       nytOmfang emits BevillingAendret with virkningFra = gennemfoertDato and an aarsag naming the opfølgning
 *       (and its notat). E3 emits BevillingOphoert(OPFOELGNING, gennemfoertDato + 1 day): the bevilling ends with the
 *       day of the follow-up (ophoersdato is the first day without the ydelse, to-exclusive as in the indexes), so
 *       that day's visits, possibly registered after the opfølgning, still count. An opfølgning does not need
 *       a started bevilling: the myndighed may follow up on a citizen on the venteliste.</li>
 *   <li><b>Revisitation.</b> E4 sets {@link BevillingState#revisitationPaagaar()}; the command side starts the
 *       revisitation on the sag. The bevilling keeps running meanwhile (help does not stop while it is
 *       reassessed). A later opfølgning with E1, E2 or E3 concludes it and clears the flag; another E4 keeps it;
 *       an ophør (typically NY_AFGOERELSE after the revisitation) clears it. A change within the frame does not
 *       touch it.</li>
 * </ul>
 * <p><b>Corrections</b> (issue 15, ADR 0022) are new facts with a begrundelse, never edits: {@link LeveringAnnulleret},
 * {@link BevillingStartdatoRettet} and {@link BevillingSagTilknyttet}. Each names the wrong value and the right one.
 *
 * Free text (handlingsanvisning, aarsag, bemaerkning, anledning, notat, begrundelse) is encrypted with the key of the
 * bevilling's borger. leverandoer (an organisation) and udfoertAf (a staff user id) are not citizen data and stay
 * plaintext.
 */
public final class BevillingDecider {

    /** The zone whose calendar decides which day a levering belongs to. */

    private static final String AENDRES = "E2";
    private static final String AFSLUTTES = "E3";
    private static final String REVISITATION = "E4";

    private BevillingDecider() {
    }

    /** The events the command causes in the given state, or an {@link Afvisning}. */
    public static List<BevillingEvent> decide(BevillingState state, BevillingCommand command, Kontekst kontekst) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(kontekst, "kontekst");
        Afvisning.paakraevet(command.bevillingId(), "bevillingId");
        if (command instanceof GivBevilling giv) {
            return giv(state, giv, kontekst);
        }
        if (command instanceof BestilBevilling bestil) {
            return List.of(bestil(state, bestil, kontekst));
        }
        if (command instanceof FastsaetStartdato fastsaet) {
            return List.of(fastsaetStartdato(state, fastsaet, kontekst));
        }
        if (command instanceof AendrBevilling aendr) {
            return List.of(aendr(state, aendr, kontekst));
        }
        if (command instanceof OphoerBevilling ophoer) {
            return List.of(ophoer(state, ophoer, kontekst));
        }
        if (command instanceof RegistrerLevering levering) {
            return List.of(registrerLevering(state, levering, kontekst));
        }
        if (command instanceof RegistrerIkkeLeveret ikkeLeveret) {
            return List.of(registrerIkkeLeveret(state, ikkeLeveret, kontekst));
        }
        if (command instanceof RegistrerUplanlagtLevering uplanlagt) {
            return List.of(registrerUplanlagtLevering(state, uplanlagt, kontekst));
        }
        if (command instanceof GennemfoerOpfoelgning opfoelgning) {
            return gennemfoerOpfoelgning(state, opfoelgning, kontekst);
        }
        if (command instanceof AnnullerLevering annuller) {
            return List.of(annullerLevering(state, annuller, kontekst));
        }
        if (command instanceof RetStartdato ret) {
            return retStartdato(state, ret, kontekst);
        }
        if (command instanceof TilknytSagTilBevilling tilknyt) {
            return tilknytSag(state, tilknyt, kontekst);
        }
        throw new IllegalArgumentException("Ukendt kommando: " + command.getClass().getName());
    }

    /** The state after the event. Never refuses: events are facts. */
    public static BevillingState evolve(BevillingState state, BevillingEvent event) {
        if (event instanceof BevillingGivet givet) {
            return new BevillingState(true, givet.bevillingId(), givet.borgerId(), givet.sagId(), givet.indsatsKode(),
                    givet.ydelsestype(), givet.bevilgetDato(), givet.startdato(), givet.slutdato(), givet.omfang(),
                    givet.omfang(), givet.ramme(), false, null, null, null, null, IdKort.tom(), IdSaet.tom(), null,
                    false, IdKort.tom());
        }
        if (event instanceof TilbagevirkningBegrundet) {
            return state;
        }
        if (event instanceof OpfoelgningPlanlagt planlagt) {
            return state.medPlanlagtOpfoelgning(planlagt.opfoelgningsdato());
        }
        if (event instanceof BevillingBestilt bestilt) {
            return state.medBestilling(bestilt.leverandoer(), bestilt.leverandoerKommune());
        }
        if (event instanceof BevillingStartdatoFastsat fastsat) {
            return state.medStartdato(fastsat.startdato());
        }
        if (event instanceof BevillingAendret aendret) {
            return state.medOmfang(aendret.omfang());
        }
        if (event instanceof BevillingOphoert ophoert) {
            return state.medOphoer(ophoert.ophoersdato(), ophoert.aarsag());
        }
        if (event instanceof LeveringUdfoert udfoert) {
            return state.medLevering(udfoert.leveringId(), new Levering(Leveringsart.UDFOERT, udfoert.leveret(),
                    udfoert.varighedMinutter(), null, false, rolle(udfoert), false));
        }
        if (event instanceof LeveringIkkeUdfoert ikkeUdfoert) {
            return state.medLevering(ikkeUdfoert.leveringId(), new Levering(Leveringsart.IKKE_UDFOERT,
                    ikkeUdfoert.planlagt(), null, ikkeUdfoert.aarsag(), ikkeUdfoert.erstatningTilbudt(), rolle(ikkeUdfoert), false));
        }
        if (event instanceof UplanlagtLeveringRegistreret uplanlagt) {
            return state.medLevering(uplanlagt.leveringId(), new Levering(Leveringsart.UPLANLAGT, uplanlagt.leveret(),
                    uplanlagt.varighedMinutter(), null, false, rolle(uplanlagt), false));
        }
        if (event instanceof LeveringAnnulleret annulleret) {
            return state.medAnnulleretLevering(annulleret.leveringId());
        }
        if (event instanceof BevillingStartdatoRettet rettet) {
            return state.medStartdato(rettet.startdato());
        }
        if (event instanceof BevillingSagTilknyttet tilknyttet) {
            return state.medSag(tilknyttet.sagId());
        }
        if (event instanceof OpfoelgningGennemfoert opfoelgning) {
            return state.medOpfoelgning(opfoelgning.opfoelgningId(), opfoelgning.naesteOpfoelgning(),
                    REVISITATION.equals(opfoelgning.resultatKode()));
        }
        throw new IllegalArgumentException("Ukendt hændelse: " + event.getClass().getName());
    }

    /** The state after all events, from {@link BevillingState#initial()}. */
    public static BevillingState replay(List<? extends BevillingEvent> events) {
        BevillingState state = BevillingState.initial();
        for (BevillingEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }

    private static List<BevillingEvent> giv(BevillingState state, GivBevilling c, Kontekst kontekst) {
        if (state.findes()) {
            throw Afvisning.konflikt("BEVILLING_FINDES", null, "Bevillingen " + c.bevillingId() + " findes allerede");
        }
        Afvisning.paakraevet(c.borgerId(), "borgerId");
        String indsatsKode = Afvisning.paakraevet(c.indsatsKode(), "indsatsKode");
        Indsats indsats = kontekst.katalog().indsats(indsatsKode)
                .orElseThrow(() -> Afvisning.ugyldig("UKENDT_INDSATS", "indsatsKode",
                        "Indsatsen '" + indsatsKode + "' findes ikke i indsatskataloget"));
        LocalDate bevilgetDato = Tidsregler.ikkeIFremtiden(Afvisning.paakraevet(c.bevilgetDato(), "bevilgetDato"),
                "bevilgetDato", kontekst);
        if (c.sagId() == null && c.afgoerelseId() != null) {
            throw Afvisning.ugyldig("SAG_PAAKRAEVET", "sagId",
                    "En afgørelse er truffet på en sag: angiv sagen, afgørelsen " + c.afgoerelseId() + " hører til");
        }
        if (c.sagId() == null && indsats.kraeverSag()
                && kontekst.registrering().aktoer().rolle() != Rolle.SELVVISITERENDE) {
            throw Afvisning.ugyldig("SAG_PAAKRAEVET", "sagId",
                    indsats.navn() + " (" + indsats.hjemmel() + ") bevilges på en sag; kun selvvisiterende enheder"
                            + " kan bevilge uden sag");
        }
        if (c.startdato() != null && c.slutdato() != null && c.slutdato().isBefore(c.startdato())) {
            throw Afvisning.ugyldig("PERIODE_UGYLDIG", "slutdato", "Slutdatoen ligger før startdatoen");
        }
        boolean tilbagevirkende = c.startdato() != null && c.startdato().isBefore(bevilgetDato);
        kraevTilbagevirkningBegrundet(tilbagevirkende, c.tilbagevirkningBegrundelse(), c.startdato(), bevilgetDato);
        Tidsregler.ikkeFoer(c.foersteOpfoelgning(), bevilgetDato, "foersteOpfoelgning", "bevillingen blev givet");
        if (indsats.ydelsestype() == Ydelsestype.TID && c.omfang() == null) {
            throw Afvisning.ugyldig("FELT_PAAKRAEVET", "omfang",
                    indsats.navn() + " er en tidsydelse: angiv omfanget (minutter og gange pr. periode)");
        }
        kraevGyldigtOmfang(c.omfang(), "omfang");
        kraevGyldigtOmfang(c.ramme(), "ramme");
        if (c.omfang() != null && c.ramme() != null && !c.omfang().rummesI(c.ramme())) {
            throw Afvisning.ugyldig("OMFANG_UDENFOR_RAMMEN", "omfang", "Omfanget er større end den bevilgede ramme");
        }
        kraevBeloeb(indsats, c.beloebOere());
        if (c.egenbetalingOere() != null && c.egenbetalingOere() < 0) {
            throw Afvisning.ugyldig("BELOEB_UGYLDIG", "egenbetalingOere", "Egenbetalingen kan ikke være negativ");
        }
        if (c.sagId() != null) {
            kraevSagensAfgoerelse(c, bevilgetDato, kontekst);
        }
        List<BevillingEvent> events = new ArrayList<>(3);
        events.add(new BevillingGivet(c.bevillingId(), c.borgerId(), c.sagId(), c.afgoerelseId(), indsats.kode(),
                indsats.kleNummer(), indsats.hjemmel(), indsats.ydelsestype(), c.startdato(), c.slutdato(), c.omfang(),
                c.ramme(), c.egenbetalingOere(), c.beloebOere(), bevilgetDato, kontekst.registrering()));
        if (tilbagevirkende) {
            events.add(new TilbagevirkningBegrundet(c.bevillingId(), c.startdato(), bevilgetDato,
                    krypter(kontekst, c.borgerId(), c.tilbagevirkningBegrundelse()), kontekst.registrering()));
        }
        if (c.foersteOpfoelgning() != null) {
            events.add(new OpfoelgningPlanlagt(c.bevillingId(), c.foersteOpfoelgning(), kontekst.registrering()));
        }
        return List.copyOf(events);
    }

    /**
     * The sag is the citizen's, and the afgørelse, when named, was made on it, grants help and was made no later than
     * the bevilling (ADR 0020). Read through {@link Kontekst#opslag()}: these facts never change once recorded, so no
     * command running at the same time can make the check wrong.
     */
    private static void kraevSagensAfgoerelse(GivBevilling c, LocalDate bevilgetDato, Kontekst kontekst) {
        Sagsfakta sag = kraevBorgerensSag(c.sagId(), c.borgerId(), kontekst);
        if (c.afgoerelseId() == null) {
            Tidsregler.ikkeFoer(bevilgetDato, sag.opstaaetDato(), "bevilgetDato", "sagen opstod");
            return;
        }
        Sagsfakta.Afgoerelsesfakta afgoerelse = kraevBevilgendeAfgoerelse(sag, c.sagId(), c.afgoerelseId());
        Tidsregler.ikkeFoer(bevilgetDato, afgoerelse.truffetDato(), "bevilgetDato", "afgørelsen blev truffet");
    }

    /** The sag exists (404 {@code SAG_UKENDT}) and is the citizen's (422 {@code ANDEN_BORGER}, field borgerId). */
    private static Sagsfakta kraevBorgerensSag(SagId sagId, BorgerId borgerId, Kontekst kontekst) {
        Sagsfakta sag = kontekst.opslag().sag(sagId)
                .orElseThrow(() -> Afvisning.ikkeFundet("SAG_UKENDT", "sagId", "Sagen " + sagId + " findes ikke"));
        if (!sag.borgerId().equals(borgerId)) {
            throw Afvisning.regel("ANDEN_BORGER", "borgerId", "Sagen " + sagId + " handler om en anden borger end bevillingen");
        }
        return sag;
    }

    /**
     * The afgørelse was made on the sag (404 {@code AFGOERELSE_UKENDT}), grants help (422 {@code AFGOERELSE_ER_AFSLAG})
     * and has not been omgjort (422 {@code AFGOERELSE_OMGJORT}, ADR 0022).
     */
    private static Sagsfakta.Afgoerelsesfakta kraevBevilgendeAfgoerelse(Sagsfakta sag, SagId sagId, AfgoerelseId afgoerelseId) {
        Sagsfakta.Afgoerelsesfakta afgoerelse = sag.afgoerelse(afgoerelseId)
                .orElseThrow(() -> Afvisning.ikkeFundet("AFGOERELSE_UKENDT", "afgoerelseId",
                        "Afgørelsen " + afgoerelseId + " er ikke truffet på sagen " + sagId));
        if (!afgoerelse.bevilger()) {
            throw Afvisning.regel("AFGOERELSE_ER_AFSLAG", "afgoerelseId",
                    "Afgørelsen " + afgoerelseId + " er et afslag; en bevilling hviler på en bevilling eller delvis bevilling");
        }
        if (afgoerelse.omgjort()) {
            throw Afvisning.regel("AFGOERELSE_OMGJORT", "afgoerelseId",
                    "Afgørelsen " + afgoerelseId + " er omgjort; en bevilling hviler på en afgørelse, der står ved magt");
        }
        return afgoerelse;
    }

    private static BevillingBestilt bestil(BevillingState state, BestilBevilling c, Kontekst kontekst) {
        kraevBevilling(state, c);
        String leverandoer = Afvisning.paakraevet(c.leverandoer(), "leverandoer");
        Tidsregler.ikkeIFremtiden(Afvisning.paakraevet(c.bestiltDato(), "bestiltDato"), "bestiltDato", kontekst);
        kraevIkkeOphoert(state, "Der kan ikke bestilles på en ophørt bevilling");
        return new BevillingBestilt(c.bevillingId(), leverandoer, c.leverandoerKommune(), c.bestiltDato(),
                krypter(kontekst, state.borgerId(), c.handlingsanvisning()), kontekst.registrering());
    }

    private static BevillingStartdatoFastsat fastsaetStartdato(BevillingState state, FastsaetStartdato c,
            Kontekst kontekst) {
        kraevBevilling(state, c);
        LocalDate startdato = Afvisning.paakraevet(c.startdato(), "startdato");
        kraevIkkeOphoert(state, "En ophørt bevilling kan ikke få en startdato");
        if (state.startdato() != null) {
            throw Afvisning.regel("STARTDATO_ALLEREDE_FASTSAT", "startdato",
                    "Bevillingen har allerede startdato " + state.startdato());
        }
        if (state.slutdato() != null && startdato.isAfter(state.slutdato())) {
            throw Afvisning.ugyldig("PERIODE_UGYLDIG", "startdato",
                    "Startdatoen ligger efter bevillingens slutdato " + state.slutdato());
        }
        if (startdato.isBefore(state.bevilgetDato())) {
            throw Afvisning.ugyldig("STARTDATO_FOER_BEVILLING", "startdato", "Startdatoen " + startdato
                    + " ligger før bevillingen blev givet (" + state.bevilgetDato() + "); en borger på venteliste starter"
                    + " tidligst den dag, bevillingen blev givet");
        }
        return new BevillingStartdatoFastsat(c.bevillingId(), startdato, kontekst.registrering());
    }

    private static BevillingAendret aendr(BevillingState state, AendrBevilling c, Kontekst kontekst) {
        kraevBevilling(state, c);
        Omfang omfang = Afvisning.paakraevet(c.omfang(), "omfang");
        kraevGyldigtOmfang(omfang, "omfang");
        Afvisning.paakraevet(c.virkningFra(), "virkningFra");
        Afvisning.paakraevet(c.aarsag(), "aarsag");
        kraevIkkeOphoert(state, "En ophørt bevilling kan ikke ændres");
        kraevIndenForRammen(state, omfang, "omfang");
        return new BevillingAendret(c.bevillingId(), omfang, c.virkningFra(),
                krypter(kontekst, state.borgerId(), c.aarsag()), kontekst.registrering());
    }

    private static BevillingOphoert ophoer(BevillingState state, OphoerBevilling c, Kontekst kontekst) {
        kraevBevilling(state, c);
        Afvisning.paakraevet(c.ophoersdato(), "ophoersdato");
        Afvisning.paakraevet(c.aarsag(), "aarsag");
        kraevIkkeOphoert(state, "Bevillingen er allerede ophørt pr. " + state.ophoersdato());
        return new BevillingOphoert(c.bevillingId(), c.ophoersdato(), c.aarsag(), kontekst.registrering());
    }

    private static LeveringUdfoert registrerLevering(BevillingState state, RegistrerLevering c, Kontekst kontekst) {
        kraevBevilling(state, c);
        UUID leveringId = Afvisning.paakraevet(c.leveringId(), "leveringId");
        Instant leveret = Tidsregler.ikkeIFremtiden(Afvisning.paakraevet(c.leveret(), "leveret"), "leveret", kontekst);
        String udfoertAf = Afvisning.paakraevet(c.udfoertAf(), "udfoertAf");
        kraevPositivVarighed(c.varighedMinutter());
        kraevNyLevering(state, leveringId, leveret, "leveret");
        kraevLoebendeBevilling(state, leveret, "leveret");
        return new LeveringUdfoert(c.bevillingId(), leveringId, leveret, udfoertAf, c.varighedMinutter(),
                kontekst.registrering());
    }

    private static LeveringIkkeUdfoert registrerIkkeLeveret(BevillingState state, RegistrerIkkeLeveret c,
            Kontekst kontekst) {
        kraevBevilling(state, c);
        UUID leveringId = Afvisning.paakraevet(c.leveringId(), "leveringId");
        Instant planlagt = Tidsregler.ikkeIFremtiden(Afvisning.paakraevet(c.planlagt(), "planlagt"), "planlagt", kontekst);
        IkkeLeveretAarsag aarsag = Afvisning.paakraevet(c.aarsag(), "aarsag");
        if (aarsag == IkkeLeveretAarsag.ANDET && erBlank(c.bemaerkning())) {
            throw Afvisning.ugyldig("FELT_PAAKRAEVET", "bemaerkning",
                    "Når årsagen er 'andet', skal det beskrives i bemærkningen, hvorfor besøget ikke blev gennemført");
        }
        kraevNyLevering(state, leveringId, planlagt, "planlagt");
        kraevLoebendeBevilling(state, planlagt, "planlagt");
        return new LeveringIkkeUdfoert(c.bevillingId(), leveringId, planlagt, aarsag, c.erstatningTilbudt(),
                krypter(kontekst, state.borgerId(), c.bemaerkning()), kontekst.registrering());
    }

    private static UplanlagtLeveringRegistreret registrerUplanlagtLevering(BevillingState state,
            RegistrerUplanlagtLevering c, Kontekst kontekst) {
        kraevBevilling(state, c);
        UUID leveringId = Afvisning.paakraevet(c.leveringId(), "leveringId");
        Instant leveret = Tidsregler.ikkeIFremtiden(Afvisning.paakraevet(c.leveret(), "leveret"), "leveret", kontekst);
        String udfoertAf = Afvisning.paakraevet(c.udfoertAf(), "udfoertAf");
        kraevPositivVarighed(c.varighedMinutter());
        Afvisning.paakraevet(c.anledning(), "anledning");
        kraevNyLevering(state, leveringId, leveret, "leveret");
        kraevLoebendeBevilling(state, leveret, "leveret");
        return new UplanlagtLeveringRegistreret(c.bevillingId(), leveringId, leveret, udfoertAf,
                c.varighedMinutter(), krypter(kontekst, state.borgerId(), c.anledning()), kontekst.registrering());
    }

    private static List<BevillingEvent> gennemfoerOpfoelgning(BevillingState state, GennemfoerOpfoelgning c,
            Kontekst kontekst) {
        kraevBevilling(state, c);
        UUID opfoelgningId = Afvisning.paakraevet(c.opfoelgningId(), "opfoelgningId");
        String resultatKode = Afvisning.paakraevet(c.resultatKode(), "resultatKode");
        FsiiiKode resultat = kontekst.katalog().fsiii(resultatKode)
                .filter(kode -> kode.gruppe() == FsiiiGruppe.E)
                .orElseThrow(() -> Afvisning.ugyldig("UKENDT_FSIII_KODE", "resultatKode",
                        "'" + resultatKode + "' er ikke en FSIII-kode for resultat af opfølgning (E1–E4)"));
        LocalDate gennemfoertDato = Tidsregler.ikkeIFremtiden(Afvisning.paakraevet(c.gennemfoertDato(), "gennemfoertDato"),
                "gennemfoertDato", kontekst);
        if (AFSLUTTES.equals(resultatKode)) {
            if (c.naesteOpfoelgning() != null) {
                throw Afvisning.ugyldig("FELT_IKKE_TILLADT", "naesteOpfoelgning",
                        "E3 Afsluttes afslutter bevillingen: der planlægges ingen næste opfølgning");
            }
        } else {
            LocalDate naeste = Afvisning.paakraevet(c.naesteOpfoelgning(), "naesteOpfoelgning");
            if (!naeste.isAfter(gennemfoertDato)) {
                throw Afvisning.ugyldig("PERIODE_UGYLDIG", "naesteOpfoelgning",
                        "Næste opfølgning skal ligge efter denne opfølgning (" + gennemfoertDato + ")");
            }
        }
        if (c.nytOmfang() != null && !AENDRES.equals(resultatKode)) {
            throw Afvisning.ugyldig("FELT_IKKE_TILLADT", "nytOmfang",
                    "Et nyt omfang hører kun til resultatet E2 Ændres inden for rammen");
        }
        kraevGyldigtOmfang(c.nytOmfang(), "nytOmfang");
        if (state.opfoelgningIds().contains(opfoelgningId)) {
            throw Afvisning.konflikt("OPFOELGNING_FINDES", "opfoelgningId",
                    "Opfølgningen " + opfoelgningId + " er allerede registreret");
        }
        kraevIkkeOphoert(state, "Der følges ikke op på en ophørt bevilling");
        if (c.nytOmfang() != null) {
            kraevIndenForRammen(state, c.nytOmfang(), "nytOmfang");
        }

        List<BevillingEvent> events = new ArrayList<>(2);
        events.add(new OpfoelgningGennemfoert(c.bevillingId(), opfoelgningId, resultatKode, gennemfoertDato,
                c.naesteOpfoelgning(), c.nytOmfang(), krypter(kontekst, state.borgerId(), c.notat()),
                kontekst.registrering()));
        if (c.nytOmfang() != null) {
            String aarsag = "Opfølgning " + resultat.kode() + " " + resultat.titel()
                    + (erBlank(c.notat()) ? "" : ": " + c.notat());
            events.add(new BevillingAendret(c.bevillingId(), c.nytOmfang(), gennemfoertDato,
                    krypter(kontekst, state.borgerId(), aarsag), kontekst.registrering()));
        }
        if (AFSLUTTES.equals(resultatKode)) {
            events.add(new BevillingOphoert(c.bevillingId(), gennemfoertDato.plusDays(1), OphoersAarsag.OPFOELGNING,
                    kontekst.registrering()));
        }
        return List.copyOf(events);
    }

    private static Rolle rolle(BevillingEvent event) {
        return event.registrering().aktoer().rolle();
    }

    /**
     * Annul a levering registered in error (ADR 0022): it was registered on this bevilling (404 {@code LEVERING_UKENDT})
     * and is not annulled already (409 {@code LEVERING_ANNULLERET}); a leverandør's udfører annuls only what a udfører
     * registered (422 {@code LEVERING_IKKE_EGEN}), the myndighed any. Allowed on an ophørt bevilling: a wrong count is
     * wrong also after the help stopped. The moment is free again, so the visit can be registered rightly.
     */
    private static LeveringAnnulleret annullerLevering(BevillingState state, AnnullerLevering c, Kontekst kontekst) {
        kraevBevilling(state, c);
        UUID leveringId = Afvisning.paakraevet(c.leveringId(), "leveringId");
        String begrundelse = Afvisning.paakraevet(c.begrundelse(), "begrundelse");
        Levering levering = state.leveringer().get(leveringId);
        if (levering == null) {
            throw Afvisning.ikkeFundet("LEVERING_UKENDT", "leveringId",
                    "Leveringen " + leveringId + " er ikke registreret på bevillingen");
        }
        if (levering.annulleret()) {
            throw Afvisning.konflikt("LEVERING_ANNULLERET", "leveringId", "Leveringen " + leveringId + " er allerede annulleret");
        }
        if (kontekst.registrering().aktoer().rolle() == Rolle.UDFOERER && levering.registreretAf() != Rolle.UDFOERER) {
            throw Afvisning.regel("LEVERING_IKKE_EGEN", "leveringId", "Leveringen " + leveringId
                    + " er registreret af myndigheden; en leverandør annullerer kun leverandørens egne registreringer");
        }
        return new LeveringAnnulleret(c.bevillingId(), leveringId, levering.art(), levering.tidspunkt(),
                levering.varighedMinutter(), levering.aarsag(), levering.erstatningTilbudt(),
                krypter(kontekst, state.borgerId(), begrundelse), kontekst.registrering());
    }

    /**
     * Correct the startdato on record (ADR 0022), with the rules of the grant (ADR 0020): the bevilling has a startdato
     * (422 {@code BEVILLING_IKKE_STARTET}: set one with FastsaetStartdato), the new one lies within the slutdato and before
     * an ophør (400 {@code PERIODE_UGYLDIG}), before the grant only with a tilbagevirkningBegrundelse (400
     * {@code STARTDATO_FOER_BEVILLING}), and not after a levering that still counts (422 {@code LEVERING_FOER_STARTDATO}:
     * annul it first). The startdato on record records nothing.
     */
    private static List<BevillingEvent> retStartdato(BevillingState state, RetStartdato c, Kontekst kontekst) {
        kraevBevilling(state, c);
        LocalDate startdato = Afvisning.paakraevet(c.startdato(), "startdato");
        String begrundelse = Afvisning.paakraevet(c.begrundelse(), "begrundelse");
        if (state.startdato() == null) {
            throw Afvisning.regel("BEVILLING_IKKE_STARTET", "startdato",
                    "Borgeren står på venteliste: der er ingen startdato at rette; fastsæt den");
        }
        if (startdato.equals(state.startdato())) {
            return List.of();
        }
        if (state.slutdato() != null && startdato.isAfter(state.slutdato())) {
            throw Afvisning.ugyldig("PERIODE_UGYLDIG", "startdato",
                    "Startdatoen ligger efter bevillingens slutdato " + state.slutdato());
        }
        if (state.ophoersdato() != null && !startdato.isBefore(state.ophoersdato())) {
            throw Afvisning.ugyldig("PERIODE_UGYLDIG", "startdato",
                    "Startdatoen ligger ikke før bevillingens ophør pr. " + state.ophoersdato());
        }
        boolean tilbagevirkende = startdato.isBefore(state.bevilgetDato());
        kraevTilbagevirkningBegrundet(tilbagevirkende, c.tilbagevirkningBegrundelse(), startdato, state.bevilgetDato());
        state.leveringer().values().stream()
                .filter(levering -> !levering.annulleret())
                .map(levering -> levering.tidspunkt().atZone(Tidszone.DANMARK).toLocalDate())
                .filter(dato -> dato.isBefore(startdato)).min(LocalDate::compareTo)
                .ifPresent(dato -> {
                    throw Afvisning.regel("LEVERING_FOER_STARTDATO", "startdato", "Der er registreret en levering " + dato
                            + ", før den nye startdato " + startdato + "; annullér den først, hvis den er forkert");
                });
        List<BevillingEvent> events = new ArrayList<>(2);
        events.add(new BevillingStartdatoRettet(c.bevillingId(), state.startdato(), startdato,
                krypter(kontekst, state.borgerId(), begrundelse), kontekst.registrering()));
        if (tilbagevirkende) {
            events.add(new TilbagevirkningBegrundet(c.bevillingId(), startdato, state.bevilgetDato(),
                    krypter(kontekst, state.borgerId(), c.tilbagevirkningBegrundelse()), kontekst.registrering()));
        }
        return List.copyOf(events);
    }

    /**
     * Join a bevilling granted without a sag to one (ADR 0022): the sag exists and is the citizen's, a named afgørelse was
     * made on it, grants help and stands (ADR 0020). The same sag again records nothing; another sag is 409
     * {@code BEVILLING_HAR_SAG}. No date rule: help granted acutely may come before the sag that holds it.
     */
    private static List<BevillingEvent> tilknytSag(BevillingState state, TilknytSagTilBevilling c, Kontekst kontekst) {
        kraevBevilling(state, c);
        SagId sagId = Afvisning.paakraevet(c.sagId(), "sagId");
        if (sagId.equals(state.sagId())) {
            return List.of();
        }
        if (state.sagId() != null) {
            throw Afvisning.konflikt("BEVILLING_HAR_SAG", "sagId",
                    "Bevillingen hører allerede til sagen " + state.sagId());
        }
        Sagsfakta sag = kraevBorgerensSag(sagId, state.borgerId(), kontekst);
        if (c.afgoerelseId() != null) {
            kraevBevilgendeAfgoerelse(sag, sagId, c.afgoerelseId());
        }
        return List.of(new BevillingSagTilknyttet(c.bevillingId(), sagId, c.afgoerelseId(),
                krypter(kontekst, state.borgerId(), c.begrundelse()), kontekst.registrering()));
    }

    private static void kraevTilbagevirkningBegrundet(boolean tilbagevirkende, String begrundelse, LocalDate startdato,
            LocalDate bevilgetDato) {
        if (tilbagevirkende && erBlank(begrundelse)) {
            throw Afvisning.ugyldig("STARTDATO_FOER_BEVILLING", "startdato", "Startdatoen " + startdato
                    + " ligger før bevillingen blev givet (" + bevilgetDato + "); angiv tilbagevirkningBegrundelse, hvis den"
                    + " skal virke fra før afgørelsen");
        }
        if (!tilbagevirkende && !erBlank(begrundelse)) {
            throw Afvisning.ugyldig("FELT_IKKE_TILLADT", "tilbagevirkningBegrundelse",
                    "Bevillingen virker ikke fra før den blev givet; der er ingen tilbagevirkning at begrunde");
        }
    }

    private static void kraevBevilling(BevillingState state, BevillingCommand c) {
        if (!state.findes()) {
            throw Afvisning.ikkeFundet("BEVILLING_UKENDT", null, "Bevillingen " + c.bevillingId() + " findes ikke");
        }
    }

    private static void kraevIkkeOphoert(BevillingState state, String besked) {
        if (state.erOphoert()) {
            throw Afvisning.regel("BEVILLING_OPHOERT", null,
                    besked + " (ophørt pr. " + state.ophoersdato() + ", " + state.ophoersAarsag() + ")");
        }
    }

    /** The levering's date in Europe/Copenhagen lies on or after the startdato and before the end. */
    private static void kraevLoebendeBevilling(BevillingState state, Instant tidspunkt, String felt) {
        LocalDate dato = tidspunkt.atZone(Tidszone.DANMARK).toLocalDate();
        if (state.startdato() == null) {
            throw Afvisning.regel("BEVILLING_IKKE_STARTET", null,
                    "Borgeren står på venteliste: bevillingen har ingen startdato endnu");
        }
        if (dato.isBefore(state.startdato())) {
            throw Afvisning.regel("BEVILLING_IKKE_STARTET", felt,
                    "Bevillingen starter først " + state.startdato() + ", leveringen er " + dato);
        }
        if (state.ophoersdato() != null && !dato.isBefore(state.ophoersdato())) {
            throw Afvisning.regel("BEVILLING_OPHOERT", felt,
                    "Bevillingen er ophørt pr. " + state.ophoersdato() + ", leveringen er " + dato);
        }
        if (state.slutdato() != null && dato.isAfter(state.slutdato())) {
            throw Afvisning.regel("BEVILLING_OPHOERT", felt,
                    "Bevillingen sluttede " + state.slutdato() + ", leveringen er " + dato);
        }
    }

    /**
     * A leveringId is used once, and so is a moment: one visit of one bevilling at one time is one levering, whatever
     * id a second click or a retrying device gives it (409 {@code LEVERING_DOBBELT}).
     */
    private static void kraevNyLevering(BevillingState state, UUID leveringId, Instant tidspunkt, String felt) {
        if (state.leveringIds().contains(leveringId)) {
            throw Afvisning.konflikt("LEVERING_FINDES", "leveringId",
                    "Leveringen " + leveringId + " er allerede registreret");
        }
        if (state.harLeveringPaa(tidspunkt)) {
            throw Afvisning.konflikt("LEVERING_DOBBELT", felt, "Der er allerede registreret en levering på bevillingen "
                    + tidspunkt + "; det samme besøg registreres kun én gang");
        }
    }

    private static void kraevPositivVarighed(int varighedMinutter) {
        if (varighedMinutter <= 0) {
            throw Afvisning.ugyldig("VARIGHED_UGYLDIG", "varighedMinutter",
                    "Varigheden skal være mindst ét minut, fik " + varighedMinutter);
        }
    }

    private static void kraevGyldigtOmfang(Omfang omfang, String felt) {
        if (omfang != null && !omfang.erGyldigt()) {
            throw Afvisning.ugyldig("OMFANG_UGYLDIG", felt,
                    "Minutter og gange skal være positive, fik " + omfang.gange() + " × " + omfang.minutter()
                            + " minutter " + omfang.periode());
        }
    }

    private static void kraevIndenForRammen(BevillingState state, Omfang omfang, String felt) {
        Omfang ramme = state.gaeldendeRamme();
        if (ramme != null && !omfang.rummesI(ramme)) {
            throw Afvisning.regel("OMFANG_UDENFOR_RAMMEN", felt,
                    "Det nye omfang (" + omfang.minutterPrUge() + " min./uge) ligger uden for rammen ("
                            + ramme.minutterPrUge() + " min./uge): det kræver en ny afgørelse");
        }
    }

    private static void kraevBeloeb(Indsats indsats, Long beloebOere) {
        if (indsats.ydelsestype() == Ydelsestype.OEKONOMISK) {
            if (beloebOere == null) {
                throw Afvisning.ugyldig("FELT_PAAKRAEVET", "beloebOere",
                        indsats.navn() + " er en økonomisk ydelse: angiv beløbet pr. måned");
            }
            if (beloebOere <= 0) {
                throw Afvisning.ugyldig("BELOEB_UGYLDIG", "beloebOere", "Beløbet skal være positivt");
            }
        } else if (beloebOere != null) {
            throw Afvisning.ugyldig("BELOEB_UGYLDIG", "beloebOere",
                    indsats.navn() + " er ikke en økonomisk ydelse og har intet beløb");
        }
    }

    private static KrypteretTekst krypter(Kontekst kontekst, BorgerId borgerId, String tekst) {
        return erBlank(tekst) ? null : kontekst.kryptering().krypter(borgerId, tekst);
    }

    private static boolean erBlank(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
