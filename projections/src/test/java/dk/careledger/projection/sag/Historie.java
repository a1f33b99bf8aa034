package dk.careledger.projection.sag;

import dk.careledger.domain.bevilling.OphoersAarsag;
import dk.careledger.domain.bevilling.event.BevillingGivet;
import dk.careledger.domain.bevilling.event.BevillingOphoert;
import dk.careledger.domain.felles.AfgoerelseId;
import dk.careledger.domain.felles.Aktoer;
import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.felles.ForloebId;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Rolle;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.forloeb.event.BevillingTilknyttetForloeb;
import dk.careledger.domain.forloeb.event.ForloebAfsluttet;
import dk.careledger.domain.forloeb.event.ForloebStartet;
import dk.careledger.domain.forloeb.event.SagTilknyttetForloeb;
import dk.careledger.domain.katalog.Ydelsestype;
import dk.careledger.domain.sag.Afgoerelsestype;
import dk.careledger.domain.sag.AfslutningsAarsag;
import dk.careledger.domain.sag.event.AfgoerelseTruffet;
import dk.careledger.domain.sag.event.KlageModtaget;
import dk.careledger.domain.sag.event.OplysningerAnmodet;
import dk.careledger.domain.sag.event.RevisitationStartet;
import dk.careledger.domain.sag.event.SagAfsluttet;
import dk.careledger.domain.sag.event.SagAfsluttetUdenAfgoerelse;
import dk.careledger.domain.sag.event.SagGenoptaget;
import dk.careledger.domain.sag.event.SagOplyst;
import dk.careledger.domain.sag.event.SagOprettet;
import dk.careledger.domain.sag.event.SagSatIBero;
import dk.careledger.domain.sag.event.SagsbehandlerTildelt;
import dk.careledger.projection.fakta.Faktaudtraek;
import dk.careledger.projection.fakta.Faktum;
import dk.careledger.projection.fakta.Fordeling;
import dk.careledger.projection.fakta.Referencer;
import dk.careledger.projection.motor.Haendelse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import dk.careledger.projection.sag.laesning.Fremdriftshistorik;

/**
 * A citizen's history for the sag projections' unit tests: events built directly (as the deciders would emit them),
 * each registered one minute after the previous unless asked to share the previous registrering, and turned into
 * {@link Faktum} in global order.
 */
public final class Historie {
    public static final Cvr AALBORG = new Cvr("29189420");
    public static final Aktoer SAGSBEHANDLER = new Aktoer("sb-0001", Rolle.SAGSBEHANDLER);
    public static final Aktoer HJEMMEPLEJE = new Aktoer("hp-0042", Rolle.UDFOERER);
    public static final Aktoer SYGEPLEJERSKE = new Aktoer("sp-0007", Rolle.SELVVISITERENDE);
    public static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    public final BorgerId borger;
    private final List<Faktum> fakta = new ArrayList<>();
    private Instant tid = START;
    private long indeks;
    private Aktoer aktoer = SAGSBEHANDLER;
    private boolean samme;

    public Historie() {
        this(BorgerId.of("b0e9e000-0000-4000-8000-00000000000" + 1));
    }

    public Historie(BorgerId borger) {
        this.borger = borger;
    }

    public static LocalDate d(String dato) {
        return LocalDate.parse(dato);
    }

    public static SagId sag(int n) {
        return new SagId(UUID.fromString(String.format("5a900000-0000-4000-8000-%012d", n)));
    }

    public static AfgoerelseId afgoerelse(int n) {
        return new AfgoerelseId(UUID.fromString(String.format("af900000-0000-4000-8000-%012d", n)));
    }

    public static BevillingId bevilling(int n) {
        return new BevillingId(UUID.fromString(String.format("be110000-0000-4000-8000-%012d", n)));
    }

    public static ForloebId forloeb(int n) {
        return new ForloebId(UUID.fromString(String.format("f0100000-0000-4000-8000-%012d", n)));
    }

    /** The next event is registered by this actor. */
    public Historie som(Aktoer a) {
        this.aktoer = a;
        return this;
    }

    /** The next event shares the previous event's registrering (one command, one work step). */
    public Historie samtidig() {
        this.samme = true;
        return this;
    }

    /** The registreringstid the next event will get (if not {@link #samtidig}). */
    public Instant naesteTid() {
        return tid.plus(Duration.ofMinutes(1));
    }

    /** The registreringstid of the last event. */
    public Instant sidsteTid() {
        return tid;
    }

    private Registrering r() {
        if (!samme) {
            tid = tid.plus(Duration.ofMinutes(1));
        }
        samme = false;
        return new Registrering(AALBORG, aktoer, tid);
    }

    private Historie add(Object event) {
        indeks++;
        Faktum f = Faktaudtraek.af(new Haendelse(indeks, "agg", indeks, "type", tid, event));
        if (f != null) {
            fakta.add(f);
        }
        aktoer = SAGSBEHANDLER;
        return this;
    }

    public List<Faktum> fakta() {
        return List.copyOf(fakta);
    }

    /** The facts routed to each sag, as the sager projection stores them. */
    public Map<UUID, List<Faktum>> prSag() {
        Referencer refs = new Referencer();
        Map<UUID, List<Faktum>> ud = new LinkedHashMap<>();
        for (Faktum f : fakta) {
            for (UUID n : Fordeling.PR_SAG.noegler(f, refs)) {
                ud.computeIfAbsent(n, k -> new ArrayList<>()).add(f);
            }
        }
        return ud;
    }

    public List<Faktum> sagensFakta(SagId sag) {
        return prSag().getOrDefault(sag.value(), List.of());
    }

    public Fremdriftshistorik.Resultat beregn(SagId sag) {
        return Fremdriftshistorik.beregn(sag.value(), sagensFakta(sag));
    }

    // ---- events ----

    public Historie oprettet(SagId sag, String kle, String opstaaet) {
        return oprettet(sag, kle, opstaaet, "Visitation Nord", "G01", Foelsomhed.FOELSOMME_PERSONOPLYSNINGER, "sb-0001");
    }

    /** A sag with its own unit, handlingsfacet, følsomhed and caseworker (the fields an index sag takes from a member). */
    public Historie oprettet(SagId sag, String kle, String opstaaet, String enhed, String handlingsfacet, Foelsomhed foelsomhed, String behandler) {
        return add(new SagOprettet(sag, "SAG-" + sag.value().toString().substring(24), borger, AALBORG, enhed, kle, handlingsfacet,
                foelsomhed, new KrypteretTekst(borger, "v1:titel-" + sag.value()), d(opstaaet), List.of(), behandler, r()));
    }

    public Historie tildelt(SagId sag, String behandler, String fra) {
        return add(new SagsbehandlerTildelt(sag, behandler, d(fra), r()));
    }

    public Historie iBero(SagId sag, String fra) {
        UUID anmodning = UUID.nameUUIDFromBytes(("anmodning" + sag + fra).getBytes());
        add(new OplysningerAnmodet(sag, anmodning, "A9", new KrypteretTekst(borger, "v1:hvad"), d(fra), null, r()));
        return samtidig().add(new SagSatIBero(sag, anmodning, d(fra), r()));
    }

    public Historie genoptaget(SagId sag, String dato) {
        return add(new SagGenoptaget(sag, d(dato), r()));
    }

    public Historie oplyst(SagId sag, String dato) {
        return add(new SagOplyst(sag, d(dato), r()));
    }

    public Historie afgoerelse(SagId sag, AfgoerelseId id, Afgoerelsestype type, String truffet, String sendt) {
        return add(new AfgoerelseTruffet(sag, id, type, "SEL § 83", new KrypteretTekst(borger, "v1:begrundelse"), true, d(truffet),
                sendt == null ? null : d(sendt), d(truffet), null, r()));
    }

    public Historie uoplystAfgoerelse(SagId sag, AfgoerelseId id, Afgoerelsestype type, String truffet) {
        return add(new AfgoerelseTruffet(sag, id, type, "SEL § 83", new KrypteretTekst(borger, "v1:begrundelse"), true, d(truffet),
                d(truffet), d(truffet), new KrypteretTekst(borger, "v1:hastesag"), r()));
    }

    public Historie klage(SagId sag, AfgoerelseId afgoerelse, String modtaget) {
        return add(new KlageModtaget(sag, UUID.nameUUIDFromBytes(("klage" + sag + modtaget).getBytes()), afgoerelse, d(modtaget), r()));
    }

    public Historie revisitation(SagId sag, BevillingId bevilling, String startet) {
        return add(new RevisitationStartet(sag, bevilling, d(startet), new KrypteretTekst(borger, "v1:aarsag"), r()));
    }

    public Historie afsluttet(SagId sag, String dato) {
        return add(new SagAfsluttet(sag, d(dato), r()));
    }

    public Historie afsluttetUden(SagId sag, AfslutningsAarsag aarsag, String dato) {
        return add(new SagAfsluttetUdenAfgoerelse(sag, aarsag, d(dato), new KrypteretTekst(borger, "v1:bem"), r()));
    }

    public Historie bevillingGivet(BevillingId b, SagId sag, AfgoerelseId afg, String indsats, String kle, String bevilget) {
        return add(new BevillingGivet(b, borger, sag, afg, indsats, kle, "SEL § 83", Ydelsestype.TID, d(bevilget), null, null, null,
                null, null, d(bevilget), r()));
    }

    public Historie bevillingOphoert(BevillingId b, String dato, OphoersAarsag aarsag) {
        return add(new BevillingOphoert(b, d(dato), aarsag, r()));
    }

    public Historie forloebStartet(ForloebId f, String type, String kle, String start) {
        return add(new ForloebStartet(f, borger, type, kle, d(start), r()));
    }

    public Historie sagTilknyttet(ForloebId f, SagId sag) {
        return add(new SagTilknyttetForloeb(f, sag, r()));
    }

    public Historie bevillingTilknyttet(ForloebId f, BevillingId b) {
        return add(new BevillingTilknyttetForloeb(f, b, r()));
    }

    public Historie forloebAfsluttet(ForloebId f, String slut) {
        return add(new ForloebAfsluttet(f, d(slut), new KrypteretTekst(borger, "v1:slut"), r()));
    }
}
