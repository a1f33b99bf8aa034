package dk.careledger.domain.sag;

import dk.careledger.domain.felles.AfgoerelseId;
import dk.careledger.domain.sag.command.OmgoerAfgoerelse;
import dk.careledger.domain.sag.command.OmklassificerSag;
import dk.careledger.domain.sag.command.RetAfgoerelsensSendtDato;
import dk.careledger.domain.sag.event.AfgoerelseOmgjort;
import dk.careledger.domain.sag.event.AfgoerelseSendtDatoRettet;
import dk.careledger.domain.sag.event.SagOmklassificeret;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.HenvendelseId;
import dk.careledger.domain.felles.Kontekst;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Tidsregler;
import dk.careledger.domain.katalog.FsiiiGruppe;
import dk.careledger.domain.katalog.FsiiiKode;
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
import dk.careledger.domain.sag.command.TilknytBevillingTilSag;
import dk.careledger.domain.sag.command.TraefAfgoerelse;
import dk.careledger.domain.sag.command.VurderTilstand;
import dk.careledger.domain.sag.event.AfgoerelseTruffet;
import dk.careledger.domain.sag.event.BevillingTilknyttetSag;
import dk.careledger.domain.sag.event.BevillingerFortsatEfterAfslutning;
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
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The rules of a sag (UC1 Åbne sag, UC2 Sagsoplysning, UC3 Afgørelse): opened {@code OPSTAAET}, informed with
 * samtykke, tilstande, anmodninger om oplysninger (possibly i bero) and partshøringer until {@code OPLYST},
 * decided ({@code AFGJORT}), possibly revisited and decided again, and finally {@code AFSLUTTET}, with or
 * without an afgørelse. A klage can arrive at any time after an afgørelse, also after closure.
 *
 * <p>Checks run in this order: existence (404 {@code SAG_UKENDT} / 409 {@code SAG_FINDES}), closure
 * (422 {@code SAG_AFSLUTTET}, except for {@link ModtagKlage}), then the command's fields in component order
 * (400), then duplicate or unknown sub-entities (409 {@code <X>_FINDES} / 404), then the case process (422).
 * A refused command emits nothing.
 *
 * <p>Rules the spec leaves open, settled the way a caseworker or auditor would expect:
 * <ul>
 *   <li>{@code henvendelser} on OpretSag is optional (a sag the kommune opens itself has none) but must not
 *       hold nulls or the same henvendelse twice (400 {@code HENVENDELSER_UGYLDIG}).</li>
 *   <li>A samtykke needs at least one formål; a given samtykke needs its omfang (UC2 2.a1 "hvad samtykket
 *       omfatter"); a refusal (2.b1) may omit it. A later samtykke supersedes an earlier one; nothing is
 *       withdrawn by this decider.</li>
 *   <li>An I tilstand (not scored) takes neither niveau nor forventetNiveau (400 {@code NIVEAU_UGYLDIG}).</li>
 *   <li>An anmodning om oplysninger is not refused for lack of samtykke: the law has exceptions (RSL § 11a,
 *       FVL § 29) that are the caseworker's judgement; the samtykker are on record for the auditor.</li>
 *   <li>Asking to put the sag i bero when it is already i bero emits only {@link OplysningerAnmodet}: the
 *       sag stays i bero from the first date. Putting a sag i bero that is afgjort and not under revisitation
 *       is refused (422 {@code SAG_ALLEREDE_AFGJORT}, field saetIBero): there is no afgørelse to wait for.</li>
 *   <li>Dates inside one command must be in order (400 {@code DATO_UGYLDIG}): svarfrist not before the
 *       anmodning or partshøring was sent, sendtDato not before truffetDato, genoptagetDato not before the
 *       sag was put i bero.</li>
 *   <li>Marking a sag oplyst twice is refused (422 {@code SAG_ALLEREDE_OPLYST}), as is marking an afgjort sag
 *       oplyst without a revisitation (422 {@code SAG_ALLEREDE_AFGJORT}).</li>
 *   <li>A partshøring needs a svarfrist (FVL § 19 gives the party time to answer). An unanswered partshøring
 *       does not block an afgørelse: the party may waive it, and whether the frist was respected is for the
 *       read side to show.</li>
 *   <li>Begrundelse and klagevejledning missing on a delvis bevilling or afslag are 400 (like a missing
 *       diagnose on a henvisning): the afgørelse is incomplete, not out of turn.</li>
 *   <li>A revisitation needs an aarsag and cannot be started twice before the new afgørelse
 *       (422 {@code REVISITATION_I_GANG}). After it, the sag must be oplyst again (or the afgørelse carry an
 *       uoplystBegrundelse).</li>
 *   <li>Closing without afgørelse for reason ANDET needs a bemaerkning saying why (400 {@code FELT_PAAKRAEVET}).
 *       Closing is allowed while i bero or under revisitation (e.g. the citizen died); closure ends i bero.</li>
 *   <li>A klage may concern any afgørelse on the sag, also a full bevilling, and is registered even when it
 *       arrives after the klagefrist: whether to dispense is a decision, not a registration rule.</li>
 *   <li><b>Time</b> (ADR 0020): dates of what has happened (opstaaetDato, samtykke, vurdering, anmodning, genoptagelse,
 *       oplyst, partshøring sendt and besvaret, afgørelse truffet and sendt, klage modtaget, revisitation startet,
 *       afsluttet) lie no further ahead than the tolerance of the record time (400 {@code DATO_I_FREMTIDEN}); planned
 *       ones (svarfrist, virkningsdato, sagsbehandler fra) may. An afgørelse is not truffet before the sag arose (400
 *       {@code DATO_FOER_GRUNDLAG}).</li>
 *   <li><b>Closing with bevillinger</b> (UC3, ADR 0020): a sag knows the bevillinger granted on it
 *       ({@link BevillingTilknyttetSag}, recorded in each bevilling's transaction; a closed sag takes none). Closing it,
 *       with or without afgørelse, while any of them still runs or waits on the venteliste after the closing day needs
 *       the explicit decision {@code bevillingerFortsaetter} (422 {@code BEVILLINGER_AABNE}), which is recorded as
 *       {@link BevillingerFortsatEfterAfslutning}: the help may outlive the sag (solution C), but not silently.</li>
 *   <li><b>Henvendelser</b> a sag is opened from exist (404 {@code HENVENDELSE_UKENDT}) and concern its primær part
 *       (422 {@code ANDEN_BORGER}, field {@code henvendelser[i]}), read through the {@code Opslag} (ADR 0020); the command
 *       side then marks them handled in the same transaction (UC1 step 6).</li>
 * </ul>
 * <p><b>Corrections</b> (issue 15, ADR 0022) are new facts with a begrundelse: {@link SagOmklassificeret} (also on a
 * closed sag), {@link AfgoerelseSendtDatoRettet} (also on a closed sag) and {@link AfgoerelseOmgjort} (on an open sag;
 * the sag is then open for a new afgørelse, as after a revisitation). Correcting to the value on record records nothing.
 *
 * Free text (titel, omfang, borgerensVurdering, hvad, emne, svar, begrundelse, uoplystBegrundelse, aarsag,
 * bemaerkning) is encrypted with the key of the sag's primær part.
 */
public final class SagDecider {

    private static final Set<Integer> NIVEAUER = Set.of(0, 1, 2, 3, 4, 9);

    private SagDecider() {
    }

    /** The events the command causes in the given state, or an {@link Afvisning}. */
    public static List<SagEvent> decide(SagState state, SagCommand command, Kontekst kontekst) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(kontekst, "kontekst");
        Afvisning.paakraevet(command.sagId(), "sagId");
        if (command instanceof OpretSag opret) {
            return List.of(opretSag(state, opret, kontekst));
        }
        kraevSag(state, command);
        if (command instanceof ModtagKlage klage) {
            return List.of(modtagKlage(state, klage, kontekst));
        }
        if (command instanceof OmklassificerSag omklassificer) {
            return omklassificer(state, omklassificer, kontekst);
        }
        if (command instanceof RetAfgoerelsensSendtDato ret) {
            return retSendtDato(state, ret, kontekst);
        }
        kraevAabenSag(state);
        if (command instanceof OmgoerAfgoerelse omgoer) {
            return List.of(omgoer(state, omgoer, kontekst));
        }
        if (command instanceof TildelSagsbehandler tildel) {
            return List.of(tildelSagsbehandler(tildel, kontekst));
        }
        if (command instanceof RegistrerSamtykke samtykke) {
            return List.of(registrerSamtykke(state, samtykke, kontekst));
        }
        if (command instanceof VurderTilstand vurder) {
            return List.of(vurderTilstand(state, vurder, kontekst));
        }
        if (command instanceof AnmodOmOplysninger anmod) {
            return anmodOmOplysninger(state, anmod, kontekst);
        }
        if (command instanceof GenoptagSag genoptag) {
            return List.of(genoptagSag(state, genoptag, kontekst));
        }
        if (command instanceof MarkerSagOplyst oplyst) {
            return List.of(markerSagOplyst(state, oplyst, kontekst));
        }
        if (command instanceof SendPartshoering send) {
            return List.of(sendPartshoering(state, send, kontekst));
        }
        if (command instanceof BesvarPartshoering besvar) {
            return List.of(besvarPartshoering(state, besvar, kontekst));
        }
        if (command instanceof TraefAfgoerelse afgoerelse) {
            return List.of(traefAfgoerelse(state, afgoerelse, kontekst));
        }
        if (command instanceof StartRevisitation revisitation) {
            return List.of(startRevisitation(state, revisitation, kontekst));
        }
        if (command instanceof AfslutSagUdenAfgoerelse afslutUden) {
            return afslutSagUdenAfgoerelse(state, afslutUden, kontekst);
        }
        if (command instanceof AfslutSag afslut) {
            return afslutSag(state, afslut, kontekst);
        }
        if (command instanceof TilknytBevillingTilSag tilknyt) {
            return tilknytBevilling(state, tilknyt, kontekst);
        }
        throw new IllegalArgumentException("Ukendt kommando: " + command.getClass().getName());
    }

    /** The state after the event. Never refuses: events are facts. */
    public static SagState evolve(SagState state, SagEvent event) {
        if (event instanceof SagOprettet oprettet) {
            return SagState.oprettet(oprettet.sagId(), oprettet.borgerId(), oprettet.ejer(), oprettet.opstaaetDato(),
                    new Sagsklassifikation(oprettet.kleNummer(), oprettet.handlingsfacet(), oprettet.ansvarligEnhed(),
                            oprettet.foelsomhed(), oprettet.titel()));
        }
        if (event instanceof SagsbehandlerTildelt || event instanceof TilstandVurderet) {
            return state;
        }
        if (event instanceof SamtykkeRegistreret samtykke) {
            return state.medSamtykke(samtykke.samtykkeId());
        }
        if (event instanceof OplysningerAnmodet anmodet) {
            return state.medAnmodning(anmodet.anmodningId());
        }
        if (event instanceof SagSatIBero iBero) {
            return state.medIBero(true, iBero.iBeroFra());
        }
        if (event instanceof SagGenoptaget) {
            return state.medIBero(false, null);
        }
        if (event instanceof SagOplyst) {
            return state.medFremdrift(Fremdrift.OPLYST);
        }
        if (event instanceof PartshoeringSendt sendt) {
            return state.medPartshoering(sendt.partshoeringId(), false);
        }
        if (event instanceof PartshoeringBesvaret besvaret) {
            return state.medPartshoering(besvaret.partshoeringId(), true);
        }
        if (event instanceof AfgoerelseTruffet truffet) {
            return state.medAfgoerelse(truffet.afgoerelseId(), truffet.type(), truffet.truffetDato(), truffet.sendtDato());
        }
        if (event instanceof AfgoerelseSendtDatoRettet rettet) {
            return state.medSendtDato(rettet.afgoerelseId(), rettet.sendtDato());
        }
        if (event instanceof SagOmklassificeret omklassificeret) {
            return state.medKlassifikation(omklassificeret.ny());
        }
        if (event instanceof AfgoerelseOmgjort omgjort) {
            return state.medOmgjortAfgoerelse(omgjort.afgoerelseId());
        }
        if (event instanceof KlageModtaget klage) {
            return state.medKlage(klage.klageId());
        }
        if (event instanceof RevisitationStartet) {
            return state.medRevisitation(true);
        }
        if (event instanceof BevillingTilknyttetSag tilknyttet) {
            return state.medBevilling(tilknyttet.bevillingId());
        }
        if (event instanceof BevillingerFortsatEfterAfslutning) {
            return state;
        }
        if (event instanceof SagAfsluttetUdenAfgoerelse || event instanceof SagAfsluttet) {
            return state.medIBero(false, null).medFremdrift(Fremdrift.AFSLUTTET);
        }
        throw new IllegalArgumentException("Ukendt hændelse: " + event.getClass().getName());
    }

    /** The state after all events, from {@link SagState#initial()}. */
    public static SagState replay(List<? extends SagEvent> events) {
        SagState state = SagState.initial();
        for (SagEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }

    private static SagOprettet opretSag(SagState state, OpretSag c, Kontekst kontekst) {
        if (state.findes()) {
            throw Afvisning.konflikt("SAG_FINDES", null, "Sagen " + c.sagId() + " findes allerede");
        }
        // the index's Brugervendtnøgle/Sagsnummer is at most 50 characters; units and caseworker ids are bounded too
        String sagsnummer = Afvisning.hoejst(Afvisning.paakraevet(c.sagsnummer(), "sagsnummer"), 50, "sagsnummer");
        Afvisning.hoejst(c.ansvarligEnhed(), 255, "ansvarligEnhed");
        Afvisning.hoejst(c.sagsbehandler(), 255, "sagsbehandler");
        BorgerId borgerId = Afvisning.paakraevet(c.borgerId(), "borgerId");
        Afvisning.paakraevet(c.ejer(), "ejer");
        String ansvarligEnhed = Afvisning.paakraevet(c.ansvarligEnhed(), "ansvarligEnhed");
        String kleNummer = Afvisning.paakraevet(c.kleNummer(), "kleNummer");
        if (kontekst.katalog().kleEmne(kleNummer).isEmpty()) {
            throw Afvisning.ugyldig("UKENDT_KLE", "kleNummer", "KLE-emnet '" + kleNummer + "' findes ikke i KLE");
        }
        String handlingsfacet = Afvisning.paakraevet(c.handlingsfacet(), "handlingsfacet");
        if (kontekst.katalog().handlingsfacet(handlingsfacet).isEmpty()) {
            throw Afvisning.ugyldig("UKENDT_HANDLINGSFACET", "handlingsfacet",
                    "Handlingsfacetten '" + handlingsfacet + "' findes ikke i KLE");
        }
        Afvisning.paakraevet(c.foelsomhed(), "foelsomhed");
        Afvisning.paakraevet(c.titel(), "titel");
        Tidsregler.ikkeIFremtiden(Afvisning.paakraevet(c.opstaaetDato(), "opstaaetDato"), "opstaaetDato", kontekst);
        List<HenvendelseId> henvendelser = c.henvendelser() == null ? List.of() : c.henvendelser();
        if (henvendelser.stream().anyMatch(Objects::isNull)
                || new HashSet<>(henvendelser).size() != henvendelser.size()) {
            throw Afvisning.ugyldig("HENVENDELSER_UGYLDIG", "henvendelser",
                    "Listen over henvendelser må ikke indeholde tomme eller gentagne henvendelser");
        }
        for (int i = 0; i < henvendelser.size(); i++) {
            HenvendelseId henvendelseId = henvendelser.get(i);
            String felt = "henvendelser[" + i + "]";
            BorgerId henvendelsensBorger = kontekst.opslag().henvendelsensBorger(henvendelseId)
                    .orElseThrow(() -> Afvisning.ikkeFundet("HENVENDELSE_UKENDT", felt, "Henvendelsen " + henvendelseId + " findes ikke"));
            if (!henvendelsensBorger.equals(borgerId)) {
                throw Afvisning.regel("ANDEN_BORGER", felt,
                        "Henvendelsen " + henvendelseId + " handler om en anden borger end sagens primære part");
            }
        }
        return new SagOprettet(c.sagId(), sagsnummer, borgerId, c.ejer(), ansvarligEnhed, kleNummer, handlingsfacet,
                c.foelsomhed(), krypter(kontekst, borgerId, c.titel()), c.opstaaetDato(), henvendelser,
                blankSomNull(c.sagsbehandler()), kontekst.registrering());
    }

    private static SagsbehandlerTildelt tildelSagsbehandler(TildelSagsbehandler c, Kontekst kontekst) {
        String sagsbehandler = Afvisning.hoejst(Afvisning.paakraevet(c.sagsbehandler(), "sagsbehandler"), 255, "sagsbehandler");
        LocalDate fra = Afvisning.paakraevet(c.fra(), "fra");
        return new SagsbehandlerTildelt(c.sagId(), sagsbehandler, fra, kontekst.registrering());
    }

    private static SamtykkeRegistreret registrerSamtykke(SagState state, RegistrerSamtykke c, Kontekst kontekst) {
        Afvisning.paakraevet(c.samtykkeId(), "samtykkeId");
        SamtykkeSvar svar = Afvisning.paakraevet(c.svar(), "svar");
        Afvisning.paakraevet(c.form(), "form");
        Set<SamtykkeFormaal> formaal = formaal(c.formaal());
        if (svar == SamtykkeSvar.GIVET) {
            Afvisning.paakraevet(c.omfang(), "omfang");
        }
        Tidsregler.ikkeIFremtiden(Afvisning.paakraevet(c.dato(), "dato"), "dato", kontekst);
        if (state.samtykker().contains(c.samtykkeId())) {
            throw Afvisning.konflikt("SAMTYKKE_FINDES", "samtykkeId",
                    "Samtykket " + c.samtykkeId() + " er allerede registreret på sagen");
        }
        return new SamtykkeRegistreret(c.sagId(), c.samtykkeId(), svar, c.form(), formaal,
                krypter(kontekst, state.borgerId(), c.omfang()), c.dato(), kontekst.registrering());
    }

    private static TilstandVurderet vurderTilstand(SagState state, VurderTilstand c, Kontekst kontekst) {
        String fsiiiKode = Afvisning.paakraevet(c.fsiiiKode(), "fsiiiKode");
        FsiiiKode tilstand = fsiii(kontekst, fsiiiKode, "fsiiiKode", EnumSet.of(FsiiiGruppe.J, FsiiiGruppe.I),
                "en funktionsevnetilstand (J) eller helbredstilstand (I)");
        if (tilstand.scoret()) {
            Integer niveau = Afvisning.paakraevet(c.niveau(), "niveau");
            kraevNiveau(niveau, "niveau");
            if (c.forventetNiveau() != null) {
                kraevNiveau(c.forventetNiveau(), "forventetNiveau");
            }
        } else {
            ingenNiveau(c.niveau(), tilstand, "niveau");
            ingenNiveau(c.forventetNiveau(), tilstand, "forventetNiveau");
        }
        String udfoerelseKode = blankSomNull(c.udfoerelseKode());
        if (udfoerelseKode != null) {
            fsiii(kontekst, udfoerelseKode, "udfoerelseKode", EnumSet.of(FsiiiGruppe.C), "en udførelseskode (C)");
        }
        String betydningKode = blankSomNull(c.betydningKode());
        if (betydningKode != null) {
            fsiii(kontekst, betydningKode, "betydningKode", EnumSet.of(FsiiiGruppe.D), "en betydningskode (D)");
        }
        LocalDate vurderetDato = Tidsregler.ikkeIFremtiden(Afvisning.paakraevet(c.vurderetDato(), "vurderetDato"),
                "vurderetDato", kontekst);
        return new TilstandVurderet(c.sagId(), fsiiiKode, c.niveau(), c.forventetNiveau(), udfoerelseKode,
                betydningKode, krypter(kontekst, state.borgerId(), c.borgerensVurdering()), vurderetDato,
                kontekst.registrering());
    }

    private static List<SagEvent> anmodOmOplysninger(SagState state, AnmodOmOplysninger c, Kontekst kontekst) {
        Afvisning.paakraevet(c.anmodningId(), "anmodningId");
        String tredjepartKode = Afvisning.paakraevet(c.tredjepartKode(), "tredjepartKode");
        fsiii(kontekst, tredjepartKode, "tredjepartKode", EnumSet.of(FsiiiGruppe.A),
                "en kode for henvendelse/henvisning fra (A)");
        Afvisning.paakraevet(c.hvad(), "hvad");
        LocalDate anmodetDato = Tidsregler.ikkeIFremtiden(Afvisning.paakraevet(c.anmodetDato(), "anmodetDato"),
                "anmodetDato", kontekst);
        if (c.svarfrist() != null) {
            ikkeFoer(c.svarfrist(), anmodetDato, "svarfrist", "anmodningen blev sendt");
        }
        if (state.anmodninger().contains(c.anmodningId())) {
            throw Afvisning.konflikt("ANMODNING_FINDES", "anmodningId",
                    "Anmodningen " + c.anmodningId() + " er allerede registreret på sagen");
        }
        if (c.saetIBero() && state.afgjortUdenRevisitation()) {
            throw Afvisning.regel("SAG_ALLEREDE_AFGJORT", "saetIBero",
                    "Sagen er afgjort; der er ingen afgørelse at sætte i bero for");
        }
        OplysningerAnmodet anmodet = new OplysningerAnmodet(c.sagId(), c.anmodningId(), tredjepartKode,
                krypter(kontekst, state.borgerId(), c.hvad()), anmodetDato, c.svarfrist(), kontekst.registrering());
        if (!c.saetIBero() || state.iBero()) {
            return List.of(anmodet);
        }
        return List.of(anmodet, new SagSatIBero(c.sagId(), c.anmodningId(), anmodetDato, kontekst.registrering()));
    }

    private static SagGenoptaget genoptagSag(SagState state, GenoptagSag c, Kontekst kontekst) {
        LocalDate genoptagetDato = Tidsregler.ikkeIFremtiden(Afvisning.paakraevet(c.genoptagetDato(), "genoptagetDato"),
                "genoptagetDato", kontekst);
        if (!state.iBero()) {
            throw Afvisning.regel("SAG_IKKE_I_BERO", null, "Sagen er ikke i bero og kan ikke genoptages");
        }
        ikkeFoer(genoptagetDato, state.iBeroFra(), "genoptagetDato", "sagen blev sat i bero");
        return new SagGenoptaget(c.sagId(), genoptagetDato, kontekst.registrering());
    }

    private static SagOplyst markerSagOplyst(SagState state, MarkerSagOplyst c, Kontekst kontekst) {
        LocalDate oplystDato = Tidsregler.ikkeIFremtiden(Afvisning.paakraevet(c.oplystDato(), "oplystDato"),
                "oplystDato", kontekst);
        kraevIkkeIBero(state);
        if (state.fremdrift() == Fremdrift.OPLYST) {
            throw Afvisning.regel("SAG_ALLEREDE_OPLYST", null, "Sagen er allerede oplyst");
        }
        kraevIkkeAfgjort(state);
        return new SagOplyst(c.sagId(), oplystDato, kontekst.registrering());
    }

    private static PartshoeringSendt sendPartshoering(SagState state, SendPartshoering c, Kontekst kontekst) {
        Afvisning.paakraevet(c.partshoeringId(), "partshoeringId");
        LocalDate sendtDato = Tidsregler.ikkeIFremtiden(Afvisning.paakraevet(c.sendtDato(), "sendtDato"), "sendtDato",
                kontekst);
        LocalDate svarfrist = Afvisning.paakraevet(c.svarfrist(), "svarfrist");
        ikkeFoer(svarfrist, sendtDato, "svarfrist", "partshøringen blev sendt");
        Afvisning.paakraevet(c.emne(), "emne");
        if (state.harPartshoering(c.partshoeringId())) {
            throw Afvisning.konflikt("PARTSHOERING_FINDES", "partshoeringId",
                    "Partshøringen " + c.partshoeringId() + " er allerede sendt");
        }
        return new PartshoeringSendt(c.sagId(), c.partshoeringId(), sendtDato, svarfrist,
                krypter(kontekst, state.borgerId(), c.emne()), kontekst.registrering());
    }

    private static PartshoeringBesvaret besvarPartshoering(SagState state, BesvarPartshoering c, Kontekst kontekst) {
        Afvisning.paakraevet(c.partshoeringId(), "partshoeringId");
        LocalDate besvaretDato = Tidsregler.ikkeIFremtiden(Afvisning.paakraevet(c.besvaretDato(), "besvaretDato"),
                "besvaretDato", kontekst);
        Afvisning.paakraevet(c.svar(), "svar");
        if (!state.harPartshoering(c.partshoeringId())) {
            throw Afvisning.ikkeFundet("PARTSHOERING_UKENDT", "partshoeringId",
                    "Partshøringen " + c.partshoeringId() + " er ikke sendt på denne sag");
        }
        if (state.partshoeringBesvaret(c.partshoeringId())) {
            throw Afvisning.konflikt("PARTSHOERING_BESVARET", "partshoeringId",
                    "Partshøringen " + c.partshoeringId() + " er allerede besvaret");
        }
        return new PartshoeringBesvaret(c.sagId(), c.partshoeringId(), besvaretDato,
                krypter(kontekst, state.borgerId(), c.svar()), kontekst.registrering());
    }

    private static AfgoerelseTruffet traefAfgoerelse(SagState state, TraefAfgoerelse c, Kontekst kontekst) {
        Afvisning.paakraevet(c.afgoerelseId(), "afgoerelseId");
        Afgoerelsestype type = Afvisning.paakraevet(c.type(), "type");
        String hjemmel = Afvisning.paakraevet(c.hjemmel(), "hjemmel");
        if (type.ikkeFuldtMedhold() && erBlank(c.begrundelse())) {
            throw Afvisning.ugyldig("BEGRUNDELSE_PAAKRAEVET", "begrundelse",
                    "En afgørelse, der ikke giver fuldt medhold, skal begrundes (forvaltningsloven § 22)");
        }
        if (type.ikkeFuldtMedhold() && !c.klagevejledningGivet()) {
            throw Afvisning.ugyldig("KLAGEVEJLEDNING_PAAKRAEVET", "klagevejledningGivet",
                    "En afgørelse, der ikke giver fuldt medhold, skal have klagevejledning (forvaltningsloven § 25)");
        }
        LocalDate truffetDato = Tidsregler.ikkeIFremtiden(Afvisning.paakraevet(c.truffetDato(), "truffetDato"),
                "truffetDato", kontekst);
        Tidsregler.ikkeFoer(truffetDato, state.opstaaetDato(), "truffetDato", "sagen opstod");
        if (c.sendtDato() != null) {
            ikkeFoer(c.sendtDato(), truffetDato, "sendtDato", "afgørelsen blev truffet");
            Tidsregler.ikkeIFremtiden(c.sendtDato(), "sendtDato", kontekst);
        }
        if (state.harAfgoerelse(c.afgoerelseId())) {
            throw Afvisning.konflikt("AFGOERELSE_FINDES", "afgoerelseId",
                    "Afgørelsen " + c.afgoerelseId() + " er allerede truffet");
        }
        kraevIkkeIBero(state);
        kraevIkkeAfgjort(state);
        if (state.fremdrift() != Fremdrift.OPLYST && erBlank(c.uoplystBegrundelse())) {
            throw Afvisning.regel("SAG_IKKE_OPLYST", "uoplystBegrundelse",
                    "Sagen er ikke oplyst; marker den oplyst eller begrund, hvorfor der træffes afgørelse alligevel");
        }
        BorgerId borgerId = state.borgerId();
        return new AfgoerelseTruffet(c.sagId(), c.afgoerelseId(), type, hjemmel,
                krypter(kontekst, borgerId, c.begrundelse()), c.klagevejledningGivet(), truffetDato, c.sendtDato(),
                c.virkningsdato(), krypter(kontekst, borgerId, c.uoplystBegrundelse()), kontekst.registrering());
    }

    private static KlageModtaget modtagKlage(SagState state, ModtagKlage c, Kontekst kontekst) {
        Afvisning.paakraevet(c.klageId(), "klageId");
        Afvisning.paakraevet(c.afgoerelseId(), "afgoerelseId");
        LocalDate modtagetDato = Tidsregler.ikkeIFremtiden(Afvisning.paakraevet(c.modtagetDato(), "modtagetDato"),
                "modtagetDato", kontekst);
        if (!state.harAfgoerelse(c.afgoerelseId())) {
            throw Afvisning.ikkeFundet("AFGOERELSE_UKENDT", "afgoerelseId",
                    "Afgørelsen " + c.afgoerelseId() + " er ikke truffet på denne sag");
        }
        if (state.klager().contains(c.klageId())) {
            throw Afvisning.konflikt("KLAGE_FINDES", "klageId", "Klagen " + c.klageId() + " er allerede modtaget");
        }
        return new KlageModtaget(c.sagId(), c.klageId(), c.afgoerelseId(), modtagetDato, kontekst.registrering());
    }

    private static RevisitationStartet startRevisitation(SagState state, StartRevisitation c, Kontekst kontekst) {
        LocalDate startetDato = Tidsregler.ikkeIFremtiden(Afvisning.paakraevet(c.startetDato(), "startetDato"),
                "startetDato", kontekst);
        Afvisning.paakraevet(c.aarsag(), "aarsag");
        if (!state.harAfgoerelse()) {
            throw Afvisning.regel("SAG_IKKE_AFGJORT", null,
                    "Der er ingen afgørelse at revisitere; sagen er endnu ikke afgjort");
        }
        if (state.underRevisitation()) {
            throw Afvisning.regel("REVISITATION_I_GANG", null,
                    "Sagen er allerede under revisitation; træf den nye afgørelse først");
        }
        return new RevisitationStartet(c.sagId(), c.bevillingId(), startetDato,
                krypter(kontekst, state.borgerId(), c.aarsag()), kontekst.registrering());
    }

    private static List<SagEvent> afslutSagUdenAfgoerelse(SagState state, AfslutSagUdenAfgoerelse c, Kontekst kontekst) {
        AfslutningsAarsag aarsag = Afvisning.paakraevet(c.aarsag(), "aarsag");
        LocalDate afsluttetDato = Tidsregler.ikkeIFremtiden(Afvisning.paakraevet(c.afsluttetDato(), "afsluttetDato"),
                "afsluttetDato", kontekst);
        if (aarsag == AfslutningsAarsag.ANDET) {
            Afvisning.paakraevet(c.bemaerkning(), "bemaerkning");
        }
        if (state.harAfgoerelse()) {
            throw Afvisning.regel("SAG_HAR_AFGOERELSE", null,
                    "Sagen har en afgørelse; afslut den med AfslutSag");
        }
        return medBevillingsbeslutning(state, new SagAfsluttetUdenAfgoerelse(c.sagId(), aarsag, afsluttetDato,
                krypter(kontekst, state.borgerId(), c.bemaerkning()), kontekst.registrering()), afsluttetDato,
                c.bevillingerFortsaetter(), kontekst);
    }

    private static List<SagEvent> afslutSag(SagState state, AfslutSag c, Kontekst kontekst) {
        LocalDate afsluttetDato = Tidsregler.ikkeIFremtiden(Afvisning.paakraevet(c.afsluttetDato(), "afsluttetDato"),
                "afsluttetDato", kontekst);
        if (!state.harAfgoerelse()) {
            throw Afvisning.regel("SAG_UDEN_AFGOERELSE", null,
                    "Sagen har ingen afgørelse; afslut den med AfslutSagUdenAfgoerelse og en årsag");
        }
        return medBevillingsbeslutning(state, new SagAfsluttet(c.sagId(), afsluttetDato, kontekst.registrering()), afsluttetDato,
                c.bevillingerFortsaetter(), kontekst);
    }

    /**
     * The closure, and, when bevillinger on the sag still run or wait after the closing day, the caseworker's explicit
     * decision that they go on (422 {@code BEVILLINGER_AABNE} without it; ADR 0020).
     */
    private static List<SagEvent> medBevillingsbeslutning(SagState state, SagEvent afslutning, LocalDate afsluttetDato,
            Boolean bevillingerFortsaetter, Kontekst kontekst) {
        List<BevillingId> aabne = state.bevillinger().stream()
                .filter(b -> kontekst.opslag().bevillingLoeberEfter(b, afsluttetDato))
                .sorted(Comparator.comparing(BevillingId::toString)).toList();
        if (aabne.isEmpty()) {
            return List.of(afslutning);
        }
        if (!Boolean.TRUE.equals(bevillingerFortsaetter)) {
            throw Afvisning.regel("BEVILLINGER_AABNE", "bevillingerFortsaetter", "Bevillingerne " + aabne
                    + " løber eller venter efter " + afsluttetDato + ": ophør dem først, eller angiv bevillingerFortsaetter,"
                    + " hvis de skal fortsætte uden sagen");
        }
        return List.of(afslutning, new BevillingerFortsatEfterAfslutning(afslutning.sagId(), aabne, kontekst.registrering()));
    }

    /**
     * A bevilling granted on the sag is recorded on it, in the bevilling's transaction (ADR 0020); a closed sag takes no
     * new bevilling (422 {@code SAG_AFSLUTTET}, from the open-sag check). The same bevilling twice records nothing.
     */
    private static List<SagEvent> tilknytBevilling(SagState state, TilknytBevillingTilSag c, Kontekst kontekst) {
        BevillingId bevillingId = Afvisning.paakraevet(c.bevillingId(), "bevillingId");
        if (state.bevillinger().contains(bevillingId)) {
            return List.of();
        }
        return List.of(new BevillingTilknyttetSag(c.sagId(), bevillingId, kontekst.registrering()));
    }

    /**
     * Reclassify (ADR 0022): each field given is checked as at OpretSag; the fields left out keep their value. Allowed on
     * a closed sag too, since the index still holds it. Nothing changed records nothing; a titel given counts as a
     * change, since the titel on record is encrypted.
     */
    private static List<SagEvent> omklassificer(SagState state, OmklassificerSag c, Kontekst kontekst) {
        Afvisning.hoejst(c.ansvarligEnhed(), 255, "ansvarligEnhed");
        String begrundelse = Afvisning.paakraevet(c.begrundelse(), "begrundelse");
        Sagsklassifikation tidligere = state.klassifikation();
        String kleNummer = erBlank(c.kleNummer()) ? tidligere.kleNummer() : c.kleNummer();
        if (kontekst.katalog().kleEmne(kleNummer).isEmpty()) {
            throw Afvisning.ugyldig("UKENDT_KLE", "kleNummer", "KLE-emnet '" + kleNummer + "' findes ikke i KLE");
        }
        String handlingsfacet = erBlank(c.handlingsfacet()) ? tidligere.handlingsfacet() : c.handlingsfacet();
        if (kontekst.katalog().handlingsfacet(handlingsfacet).isEmpty()) {
            throw Afvisning.ugyldig("UKENDT_HANDLINGSFACET", "handlingsfacet",
                    "Handlingsfacetten '" + handlingsfacet + "' findes ikke i KLE");
        }
        Sagsklassifikation ny = new Sagsklassifikation(kleNummer, handlingsfacet,
                erBlank(c.ansvarligEnhed()) ? tidligere.ansvarligEnhed() : c.ansvarligEnhed(),
                c.foelsomhed() == null ? tidligere.foelsomhed() : c.foelsomhed(),
                erBlank(c.titel()) ? tidligere.titel() : krypter(kontekst, state.borgerId(), c.titel()));
        if (ny.equals(tidligere)) {
            return List.of();
        }
        return List.of(new SagOmklassificeret(c.sagId(), tidligere, ny, krypter(kontekst, state.borgerId(), begrundelse),
                kontekst.registrering()));
    }

    /**
     * Correct the afgørelse's sendtDato (ADR 0022): the afgørelse was made on the sag (404 {@code AFGOERELSE_UKENDT}), the
     * day is not before it was made (400 {@code DATO_FOER_GRUNDLAG}) nor in the future (400 {@code DATO_I_FREMTIDEN}).
     * The day already on record records nothing. Allowed on a closed sag: the klagefrist runs from it.
     */
    private static List<SagEvent> retSendtDato(SagState state, RetAfgoerelsensSendtDato c, Kontekst kontekst) {
        AfgoerelseId afgoerelseId = Afvisning.paakraevet(c.afgoerelseId(), "afgoerelseId");
        LocalDate sendtDato = Tidsregler.ikkeIFremtiden(Afvisning.paakraevet(c.sendtDato(), "sendtDato"), "sendtDato", kontekst);
        String begrundelse = Afvisning.paakraevet(c.begrundelse(), "begrundelse");
        Afgoerelsesspor afgoerelse = kraevAfgoerelse(state, afgoerelseId);
        Tidsregler.ikkeFoer(sendtDato, afgoerelse.truffetDato(), "sendtDato", "afgørelsen blev truffet");
        if (sendtDato.equals(afgoerelse.sendtDato())) {
            return List.of();
        }
        return List.of(new AfgoerelseSendtDatoRettet(c.sagId(), afgoerelseId, afgoerelse.sendtDato(), sendtDato,
                krypter(kontekst, state.borgerId(), begrundelse), kontekst.registrering()));
    }

    /**
     * Omgør the afgørelse made last (ADR 0022): it exists (404 {@code AFGOERELSE_UKENDT}), is not omgjort already (409
     * {@code AFGOERELSE_OMGJORT}) and is the latest (422 {@code AFGOERELSE_IKKE_SENESTE}: an earlier one was already
     * replaced by a new afgørelse); the day is not before it was made (400 {@code DATO_FOER_GRUNDLAG}) nor in the future.
     */
    private static AfgoerelseOmgjort omgoer(SagState state, OmgoerAfgoerelse c, Kontekst kontekst) {
        AfgoerelseId afgoerelseId = Afvisning.paakraevet(c.afgoerelseId(), "afgoerelseId");
        LocalDate omgjortDato = Tidsregler.ikkeIFremtiden(Afvisning.paakraevet(c.omgjortDato(), "omgjortDato"), "omgjortDato",
                kontekst);
        String begrundelse = Afvisning.paakraevet(c.begrundelse(), "begrundelse");
        Afgoerelsesspor afgoerelse = kraevAfgoerelse(state, afgoerelseId);
        Tidsregler.ikkeFoer(omgjortDato, afgoerelse.truffetDato(), "omgjortDato", "afgørelsen blev truffet");
        if (afgoerelse.omgjort()) {
            throw Afvisning.konflikt("AFGOERELSE_OMGJORT", "afgoerelseId", "Afgørelsen " + afgoerelseId + " er allerede omgjort");
        }
        if (!afgoerelseId.equals(state.senesteAfgoerelse())) {
            throw Afvisning.regel("AFGOERELSE_IKKE_SENESTE", "afgoerelseId", "Afgørelsen " + afgoerelseId
                    + " er afløst af en senere afgørelse på sagen; omgør den seneste");
        }
        return new AfgoerelseOmgjort(c.sagId(), afgoerelseId, afgoerelse.type(), omgjortDato,
                krypter(kontekst, state.borgerId(), begrundelse), kontekst.registrering());
    }

    private static Afgoerelsesspor kraevAfgoerelse(SagState state, AfgoerelseId afgoerelseId) {
        Afgoerelsesspor afgoerelse = state.afgoerelser().get(afgoerelseId);
        if (afgoerelse == null) {
            throw Afvisning.ikkeFundet("AFGOERELSE_UKENDT", "afgoerelseId",
                    "Afgørelsen " + afgoerelseId + " er ikke truffet på denne sag");
        }
        return afgoerelse;
    }

    private static void kraevSag(SagState state, SagCommand c) {
        if (!state.findes()) {
            throw Afvisning.ikkeFundet("SAG_UKENDT", null, "Sagen " + c.sagId() + " findes ikke");
        }
    }

    private static void kraevAabenSag(SagState state) {
        if (state.afsluttet()) {
            throw Afvisning.regel("SAG_AFSLUTTET", null, "Sagen er afsluttet");
        }
    }

    private static void kraevIkkeIBero(SagState state) {
        if (state.iBero()) {
            throw Afvisning.regel("SAG_I_BERO", null,
                    "Sagen er i bero siden " + state.iBeroFra() + "; genoptag den først");
        }
    }

    private static void kraevIkkeAfgjort(SagState state) {
        if (state.afgjortUdenRevisitation()) {
            throw Afvisning.regel("SAG_ALLEREDE_AFGJORT", null,
                    "Sagen er allerede afgjort; start en revisitation før en ny afgørelse");
        }
    }

    private static FsiiiKode fsiii(Kontekst kontekst, String kode, String felt, Set<FsiiiGruppe> grupper,
            String forventet) {
        return kontekst.katalog().fsiii(kode)
                .filter(fundet -> grupper.contains(fundet.gruppe()))
                .orElseThrow(() -> Afvisning.ugyldig("UKENDT_FSIII_KODE", felt,
                        "'" + kode + "' er ikke " + forventet + " i FSIII"));
    }

    private static void kraevNiveau(Integer niveau, String felt) {
        if (!NIVEAUER.contains(niveau)) {
            throw Afvisning.ugyldig("NIVEAU_UGYLDIG", felt,
                    "Et niveau er 0, 1, 2, 3, 4 eller 9 (ikke relevant), ikke " + niveau);
        }
    }

    private static void ingenNiveau(Integer niveau, FsiiiKode tilstand, String felt) {
        if (niveau != null) {
            throw Afvisning.ugyldig("NIVEAU_UGYLDIG", felt,
                    "Helbredstilstanden " + tilstand.kode() + " vurderes uden niveau");
        }
    }

    private static Set<SamtykkeFormaal> formaal(Set<SamtykkeFormaal> formaal) {
        if (formaal == null || formaal.isEmpty()) {
            throw Afvisning.ugyldig("FELT_PAAKRAEVET", "formaal",
                    "Angiv hvad samtykket gælder: indhentning og/eller videregivelse");
        }
        for (SamtykkeFormaal f : formaal) {
            if (f == null) {
                throw Afvisning.ugyldig("FELT_PAAKRAEVET", "formaal", "Samtykkets formål må ikke være tomt");
            }
        }
        return formaal;
    }

    private static void ikkeFoer(LocalDate dato, LocalDate graense, String felt, String hvad) {
        if (dato.isBefore(graense)) {
            throw Afvisning.ugyldig("DATO_UGYLDIG", felt,
                    "Datoen " + dato + " ligger før " + hvad + " (" + graense + ")");
        }
    }

    private static KrypteretTekst krypter(Kontekst kontekst, BorgerId borgerId, String tekst) {
        return erBlank(tekst) ? null : kontekst.kryptering().krypter(borgerId, tekst);
    }

    private static String blankSomNull(String tekst) {
        return erBlank(tekst) ? null : tekst;
    }

    private static boolean erBlank(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
