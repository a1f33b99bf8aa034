package dk.careledger.projection.sag.laesning;

import dk.careledger.domain.indstilling.Politik;
import static dk.careledger.domain.sag.Fremdrift.AFGJORT;
import static dk.careledger.domain.sag.Fremdrift.AFSLUTTET;
import static dk.careledger.domain.sag.Fremdrift.OPLYST;
import static dk.careledger.domain.sag.Fremdrift.OPSTAAET;

import dk.careledger.domain.felles.Tidszone;
import dk.careledger.domain.sag.Fremdrift;
import dk.careledger.projection.fakta.Faktum;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the read models know about one sag after its facts so far, folded in global order ({@link #anvend}), and the
 * fremdrift timeline that follows under each {@link Politik} ({@link #tidslinje}). Pure: no clock, no database.
 *
 * <p>A sag is a series of <em>cycles</em>: the first starts at {@code opstaaetDato}, each revisitation starts another
 * (at {@code startetDato}). A cycle goes Opstaaet → Oplyst → Afgjort → Afsluttet. Rules for the timeline, decided with
 * the KOMBIT anvisning for the Sag object (Tilstand: a system may not leave out a state the sag really was in, and a
 * sag may never lack Opstaaet):
 * <ul>
 *   <li><b>Never skipped.</b> An afgørelse on a sag that was not marked oplyst (the caseworker gave an
 *       {@code uoplystBegrundelse}) means the sag was treated as oplyst: Oplyst gets a zero-length row
 *       {@code [truffetDato, truffetDato)} just before Afgjort. Likewise Afgjort is zero-length when the afgørelse is
 *       sent the day it is made and the policy closes at sending. Zero-length rows are never "current" (from-inclusive,
 *       to-exclusive) but keep the order of states visible, as the index wants the full history.</li>
 *   <li><b>Closing without afgørelse</b> (withdrawn, moved, died) goes straight to Afsluttet from the state the sag was
 *       in: Afgjort is not invented, because the sag never was afgjort, and the anvisning's own example imports a closed
 *       sag as Opstaaet + Afsluttet.</li>
 *   <li><b>Revisitation reopens.</b> A revisitation starts a new cycle under every policy: if the policy had closed the
 *       sag, the Afsluttet row ends at {@code startetDato}; otherwise Afgjort ends there (the sag is not claimed closed).
 *       Then Opstaaet, Oplyst, Afgjort and Afsluttet follow again from the new facts. A policy's closing date at or after
 *       the revisitation no longer applies to the earlier cycle.</li>
 *   <li><b>Contiguous.</b> Each row ends where the next begins; the last is open ({@code til = null}). A business date
 *       earlier than the previous row's start (facts registered out of order) is moved up to it, so virkning never
 *       runs backwards.</li>
 * </ul>
 */
public final class SagTilstand {

    /** Who caused a fact: user id and role (the index's AktoerRef and AktoerTypeKode). */
    public record AktoerRef(String bruger, String rolle) {
    }

    /** One state with its virkning, from inclusive, to exclusive ({@code til == null}: open). */
    public record Periode(Fremdrift fremdrift, LocalDate fra, LocalDate til, String bruger, String rolle) {
        Periode medTil(LocalDate nyTil) {
            return new Periode(fremdrift, fra, nyTil, bruger, rolle);
        }

        /** True when the state holds on {@code dag}. */
        public boolean gaelder(LocalDate dag) {
            return !fra.isAfter(dag) && (til == null || til.isAfter(dag));
        }
    }

    public record Afgoerelse(UUID id, String type, LocalDate truffet, LocalDate sendt, LocalDate virkning, boolean klagevejledning,
            AktoerRef aktoer) {
        /** The day the afgørelse went out: {@code sendtDato}, else {@code truffetDato}. */
        public LocalDate udsendt() {
            return sendt != null ? sendt : truffet;
        }

        /**
         * The last day of the four-week klagefrist (RSL § 67), counted from the day it was sent. Counted also when no
         * klagevejledning was given: the decider requires one for every afgørelse that does not give full medhold, so
         * only a full bevilling lacks it, and there is nothing to complain about.
         */
        public LocalDate klagefristSidsteDag() {
            return udsendt().plusWeeks(4);
        }
    }

    public record Klage(UUID id, UUID afgoerelseId, LocalDate modtaget, AktoerRef aktoer) {
    }

    public record Bevilling(UUID id, UUID afgoerelseId, LocalDate bevilget, LocalDate startdato, LocalDate ophoersdato,
            String ophoersaarsag, AktoerRef ophoerAktoer) {
    }

    public record Forloeb(UUID id, LocalDate slutdato, AktoerRef aktoer) {
    }

    public record IBero(LocalDate fra, LocalDate til, UUID anmodningId) {
    }

    public record Afslutning(LocalDate dato, String udenAfgoerelseAarsag, AktoerRef aktoer) {
    }

    /** One cycle: opened (or reopened by a revisitation), maybe oplyst, maybe afgjort. */
    public static final class Cyklus {
        private final LocalDate start;
        private final AktoerRef startAktoer;
        private LocalDate oplyst;
        private AktoerRef oplystAktoer;
        private Afgoerelse afgoerelse;

        Cyklus(LocalDate start, AktoerRef startAktoer) {
            this.start = start;
            this.startAktoer = startAktoer;
        }

        public LocalDate start() {
            return start;
        }

        public LocalDate oplyst() {
            return oplyst;
        }

        public Afgoerelse afgoerelse() {
            return afgoerelse;
        }
    }

    private record Lukning(LocalDate dato, AktoerRef aktoer) {
    }

    private final UUID sagId;
    private Faktum.SagOprettet oprettet;
    private String behandler;
    private LocalDate behandlerFra;
    private final List<Cyklus> cykler = new ArrayList<>();
    private final List<Klage> klager = new ArrayList<>();
    private final Map<UUID, Bevilling> bevillinger = new LinkedHashMap<>();
    private final Set<UUID> omgjorte = new HashSet<>();
    private Instant rettet;
    private final Map<UUID, Forloeb> forloeb = new LinkedHashMap<>();
    private final List<IBero> iBero = new ArrayList<>();
    private Afslutning afslutning;
    private String sagsstatus;
    private LocalDate sagsstatusDato;
    private Instant senestRegistreret;

    public SagTilstand(UUID sagId) {
        this.sagId = sagId;
    }

    /** Folds all facts, in order, from the empty state. */
    public static SagTilstand af(UUID sagId, List<Faktum> fakta) {
        SagTilstand t = new SagTilstand(sagId);
        fakta.forEach(t::anvend);
        return t;
    }

    /** Folds one more fact (the next in global order) into the state. Facts the sag does not know are ignored. */
    public void anvend(Faktum f) {
        if (senestRegistreret == null || f.registreret().isAfter(senestRegistreret)) {
            senestRegistreret = f.registreret();
        }
        AktoerRef a = new AktoerRef(f.bruger(), f.rolle().name());
        if (f instanceof Faktum.SagOprettet o) {
            oprettet = o;
            behandler = o.sagsbehandler();
            behandlerFra = behandler == null ? null : o.opstaaetDato();
            cykler.add(new Cyklus(o.opstaaetDato(), a));
            status("Modtaget", o.opstaaetDato());
        } else if (f instanceof Faktum.SagsbehandlerTildelt t) {
            behandler = t.sagsbehandler();
            behandlerFra = t.fra();
        } else if (f instanceof Faktum.TilstandVurderet t) {
            if (aaben() && aktuel() != null && aktuel().afgoerelse == null && aktuel().oplyst == null) {
                status("Under udredning", t.vurderetDato());
            }
        } else if (f instanceof Faktum.OplysningerAnmodet o) {
            status("Oplysninger anmodet", o.anmodetDato());
        } else if (f instanceof Faktum.SagSatIBero b) {
            iBero.add(new IBero(b.iBeroFra(), null, b.anmodningId()));
            status("I bero – afventer oplysninger", b.iBeroFra());
        } else if (f instanceof Faktum.SagGenoptaget g) {
            afslutIBero(g.genoptagetDato());
            status("Genoptaget", g.genoptagetDato());
        } else if (f instanceof Faktum.SagOplyst o) {
            Cyklus c = aktuel();
            if (c != null && c.oplyst == null) {
                c.oplyst = o.oplystDato();
                c.oplystAktoer = a;
            }
            status("Oplyst", o.oplystDato());
        } else if (f instanceof Faktum.PartshoeringSendt p) {
            status("Partshøring sendt", p.sendtDato());
        } else if (f instanceof Faktum.PartshoeringBesvaret p) {
            status("Partshøring besvaret", p.besvaretDato());
        } else if (f instanceof Faktum.AfgoerelseTruffet t) {
            Cyklus c = aktuel();
            if (c == null) {
                return;
            }
            if (c.afgoerelse != null) {
                // Not possible through the decider (a second afgørelse needs a revisitation); kept as a new cycle.
                c = new Cyklus(t.truffetDato(), a);
                cykler.add(c);
            }
            String type = t.type().name();
            c.afgoerelse = new Afgoerelse(t.afgoerelseId(), type, t.truffetDato(), t.sendtDato(), t.virkningsdato(),
                    t.klagevejledningGivet(), a);
            status("Afgjort – " + afgoerelsestekst(type), t.truffetDato());
        } else if (f instanceof Faktum.KlageModtaget k) {
            klager.add(new Klage(k.klageId(), k.afgoerelseId(), k.modtagetDato(), a));
            status(afslutning != null ? "Afsluttet – klage modtaget" : "Klage modtaget", k.modtagetDato());
        } else if (f instanceof Faktum.RevisitationStartet r) {
            cykler.add(new Cyklus(r.startetDato(), a));
            status("Under revisitation", r.startetDato());
        } else if (f instanceof Faktum.SagAfsluttetUdenAfgoerelse u) {
            String aarsag = u.aarsag().name();
            afslutning = new Afslutning(u.afsluttetDato(), aarsag, a);
            afslutIBero(u.afsluttetDato());
            status(afslutningstekst(aarsag), u.afsluttetDato());
        } else if (f instanceof Faktum.SagAfsluttet s) {
            afslutning = new Afslutning(s.afsluttetDato(), null, a);
            afslutIBero(s.afsluttetDato());
            boolean doed = bevillinger.values().stream().anyMatch(b -> "DOED".equals(b.ophoersaarsag()));
            status(doed ? "Afsluttet – borgeren er død" : "Afsluttet", s.afsluttetDato());
        } else if (f instanceof Faktum.BevillingGivet b) {
            bevillinger.putIfAbsent(b.emne(), new Bevilling(b.emne(), b.afgoerelseId(), b.bevilgetDato(), b.startdato(), null, null, null));
        } else if (f instanceof Faktum.BevillingSagTilknyttet b) {
            // joined later (ADR 0022): the sag knows it from the day it was joined, which places it in a cycle
            bevillinger.putIfAbsent(b.emne(), new Bevilling(b.emne(), b.afgoerelseId(), dag(b.registreret()), null, null, null, null));
        } else if (f instanceof Faktum.BevillingStartdatoRettet r) {
            bevillinger.computeIfPresent(r.emne(),
                    (id, b) -> new Bevilling(id, b.afgoerelseId(), b.bevilget(), r.startdato(), b.ophoersdato(), b.ophoersaarsag(), b.ophoerAktoer()));
        } else if (f instanceof Faktum.BevillingOphoert o) {
            bevillinger.computeIfPresent(o.emne(),
                    (id, b) -> new Bevilling(id, b.afgoerelseId(), b.bevilget(), b.startdato(), o.ophoersdato(), o.aarsag().name(), a));
        } else if (f instanceof Faktum.SagOmklassificeret k) {
            // the index fields from now on (ADR 0022); the sag keeps its number, citizen, owner and opstaaetDato
            Faktum.SagOprettet o = oprettet;
            oprettet = new Faktum.SagOprettet(o.hoved(), o.sagsnummer(), o.borgerId(), o.ejer(), k.ansvarligEnhed(), k.kleNummer(),
                    k.handlingsfacet(), k.foelsomhed(), k.titelEjer(), k.titelChiffertekst(), o.opstaaetDato(), o.sagsbehandler());
            rettet = k.registreret();
        } else if (f instanceof Faktum.AfgoerelseSendtDatoRettet r) {
            for (Cyklus c : cykler) {
                Afgoerelse g = c.afgoerelse;
                if (g != null && g.id().equals(r.afgoerelseId())) {
                    c.afgoerelse = new Afgoerelse(g.id(), g.type(), g.truffet(), r.sendtDato(), g.virkning(), g.klagevejledning(), g.aktoer());
                }
            }
            rettet = r.registreret();
        } else if (f instanceof Faktum.AfgoerelseOmgjort r) {
            // the authority reversed its afgørelse (ADR 0022): the sag is taken up again, as informed as it was
            omgjorte.add(r.afgoerelseId());
            Cyklus c = new Cyklus(r.omgjortDato(), a);
            c.oplyst = r.omgjortDato();
            c.oplystAktoer = a;
            cykler.add(c);
            status("Afgørelsen er omgjort – ny afgørelse afventes", r.omgjortDato());
            rettet = r.registreret();
        } else if (f instanceof Faktum.SagTilknyttetForloeb t) {
            forloeb.putIfAbsent(t.emne(), new Forloeb(t.emne(), null, null));
        } else if (f instanceof Faktum.ForloebAfsluttet fa) {
            forloeb.computeIfPresent(fa.emne(), (id, fl) -> new Forloeb(id, fa.slutdato(), a));
        }
        // any other fact (a forløb's start, a bevilling tied to a forløb) is not about a sag
    }

    // ---- the timeline ----

    /** The sag's fremdrift under the policy, as the facts so far say (virkning only; no clock). Empty before SagOprettet. */
    public List<Periode> tidslinje(Politik politik) {
        List<Periode> ud = new ArrayList<>();
        for (int i = 0; i < cykler.size(); i++) {
            Cyklus c = cykler.get(i);
            boolean sidste = i == cykler.size() - 1;
            LocalDate naeste = sidste ? null : cykler.get(i + 1).start;
            tilfoej(ud, OPSTAAET, c.start, c.startAktoer);
            if (c.oplyst != null) {
                tilfoej(ud, OPLYST, c.oplyst, c.oplystAktoer);
            }
            if (c.afgoerelse != null) {
                if (c.oplyst == null) {
                    tilfoej(ud, OPLYST, c.afgoerelse.truffet(), c.afgoerelse.aktoer());
                }
                tilfoej(ud, AFGJORT, c.afgoerelse.truffet(), c.afgoerelse.aktoer());
            }
            Lukning l = lukning(politik, c, sidste, naeste);
            if (l != null && (naeste == null || !l.dato().isAfter(naeste))) {
                tilfoej(ud, AFSLUTTET, l.dato(), l.aktoer());
            }
        }
        return ud;
    }

    /**
     * One cycle on its own, closed as an enkeltsag is: at sending of its afgørelse, or when the sag is closed without
     * one. Used by the {@link dk.careledger.domain.indstilling.Sagsbegreb#ENKELTSAGER} variant; a later revisitation is another enkeltsag.
     */
    public List<Periode> cyklusTidslinje(int i) {
        Cyklus c = cykler.get(i);
        boolean sidste = i == cykler.size() - 1;
        List<Periode> ud = new ArrayList<>();
        tilfoej(ud, OPSTAAET, c.start, c.startAktoer);
        if (c.oplyst != null) {
            tilfoej(ud, OPLYST, c.oplyst, c.oplystAktoer);
        }
        if (c.afgoerelse != null) {
            if (c.oplyst == null) {
                tilfoej(ud, OPLYST, c.afgoerelse.truffet(), c.afgoerelse.aktoer());
            }
            tilfoej(ud, AFGJORT, c.afgoerelse.truffet(), c.afgoerelse.aktoer());
        }
        Lukning l = lukning(Politik.VED_AFGOERELSE, c, sidste, null);
        if (l != null) {
            tilfoej(ud, AFSLUTTET, l.dato(), l.aktoer());
        }
        return ud;
    }

    private static void tilfoej(List<Periode> ud, Fremdrift fremdrift, LocalDate dato, AktoerRef a) {
        LocalDate fra = dato;
        if (!ud.isEmpty()) {
            Periode forrige = ud.get(ud.size() - 1);
            if (fra.isBefore(forrige.fra())) {
                fra = forrige.fra();
            }
            ud.set(ud.size() - 1, forrige.medTil(fra));
        }
        ud.add(new Periode(fremdrift, fra, null, a.bruger(), a.rolle()));
    }

    private Lukning lukning(Politik politik, Cyklus c, boolean sidste, LocalDate naeste) {
        Lukning eksplicit = sidste && afslutning != null ? new Lukning(afslutning.dato(), afslutning.aktoer()) : null;
        Lukning regel = null;
        Afgoerelse a = c.afgoerelse;
        if (a != null) {
            regel = switch (politik) {
                case VED_AFGOERELSE -> new Lukning(a.udsendt(), a.aktoer());
                case VED_KLAGEFRIST -> klageIndenForFristen(a) ? null : new Lukning(a.klagefristSidsteDag().plusDays(1), a.aktoer());
                case VED_LEVERINGSOPHOER -> leveringsophoer(a, c, sidste, naeste);
                case EKSPLICIT -> null;
            };
        }
        if (regel == null) {
            return eksplicit;
        }
        if (eksplicit == null || !regel.dato().isAfter(eksplicit.dato())) {
            return regel;
        }
        return eksplicit;
    }

    /** True when a klage on this afgørelse was received on or before the last day of its klagefrist. */
    public boolean klageIndenForFristen(Afgoerelse a) {
        return klager.stream().anyMatch(k -> a.id().equals(k.afgoerelseId()) && !k.modtaget().isAfter(a.klagefristSidsteDag()));
    }

    private Lukning leveringsophoer(Afgoerelse a, Cyklus c, boolean sidste, LocalDate naeste) {
        List<Bevilling> bevs = bevillinger.values().stream().filter(b -> sidste || hoererTil(b, c, naeste)).toList();
        if (bevs.isEmpty()) {
            if ("AFSLAG".equals(a.type())) {
                return new Lukning(a.udsendt(), a.aktoer());
            }
            if (forloeb.isEmpty()) {
                return null;
            }
        }
        LocalDate senest = null;
        AktoerRef aktoer = null;
        for (Bevilling b : bevs) {
            if (b.ophoersdato() == null) {
                return null;
            }
            if (senest == null || b.ophoersdato().isAfter(senest)) {
                senest = b.ophoersdato();
                aktoer = b.ophoerAktoer();
            }
        }
        for (Forloeb f : forloeb.values()) {
            if (f.slutdato() == null) {
                return null;
            }
            if (senest == null || f.slutdato().isAfter(senest)) {
                senest = f.slutdato();
                aktoer = f.aktoer();
            }
        }
        return new Lukning(senest, aktoer);
    }

    /** A bevilling belongs to the cycle whose afgørelse it names, else to the cycle it was given in. */
    private static boolean hoererTil(Bevilling b, Cyklus c, LocalDate naeste) {
        if (b.afgoerelseId() != null) {
            return c.afgoerelse != null && b.afgoerelseId().equals(c.afgoerelse.id());
        }
        return naeste == null || b.bevilget().isBefore(naeste);
    }

    /**
     * The bevillinger of cycle {@code i}: those naming its afgørelse, and those naming none given during the cycle
     * (before the first cycle's start counts as the first cycle).
     */
    public List<UUID> bevillingerICyklus(int i) {
        Cyklus c = cykler.get(i);
        LocalDate naeste = i == cykler.size() - 1 ? null : cykler.get(i + 1).start;
        return bevillinger.values().stream().filter(b -> {
            if (b.afgoerelseId() != null) {
                return c.afgoerelse != null && b.afgoerelseId().equals(c.afgoerelse.id());
            }
            return (i == 0 || !b.bevilget().isBefore(c.start)) && (naeste == null || b.bevilget().isBefore(naeste));
        }).map(Bevilling::id).toList();
    }

    // ---- status texts ----

    private void status(String tekst, LocalDate dato) {
        sagsstatus = tekst;
        sagsstatusDato = dato;
    }

    private static String afgoerelsestekst(String type) {
        return switch (type == null ? "" : type) {
            case "BEVILLING" -> "bevilling";
            case "DELVIS_BEVILLING" -> "delvis bevilling";
            case "AFSLAG" -> "afslag";
            default -> type;
        };
    }

    private static String afslutningstekst(String aarsag) {
        return switch (aarsag == null ? "" : aarsag) {
            case "TRUKKET_TILBAGE" -> "Afsluttet – ansøgningen er trukket tilbage";
            case "FRAFLYTTET" -> "Afsluttet – borgeren er fraflyttet";
            case "DOED" -> "Afsluttet – borgeren er død";
            default -> "Afsluttet uden afgørelse";
        };
    }

    private void afslutIBero(LocalDate dato) {
        for (int i = 0; i < iBero.size(); i++) {
            IBero b = iBero.get(i);
            if (b.til() == null) {
                iBero.set(i, new IBero(b.fra(), dato.isBefore(b.fra()) ? b.fra() : dato, b.anmodningId()));
            }
        }
    }

    private static LocalDate dag(Instant tidspunkt) {
        return LocalDate.ofInstant(tidspunkt, Tidszone.DANMARK);
    }

    private Cyklus aktuel() {
        return cykler.isEmpty() ? null : cykler.get(cykler.size() - 1);
    }

    private boolean aaben() {
        return afslutning == null;
    }

    // ---- what the index row shows ----

    public UUID sagId() {
        return sagId;
    }

    /** True once SagOprettet is among the facts. */
    public boolean findes() {
        return oprettet != null;
    }

    /** The SagOprettet fact: the index fields the sag was created with. */
    public Faktum.SagOprettet oprettet() {
        return oprettet;
    }

    public UUID borgerId() {
        return oprettet == null ? null : oprettet.borgerId();
    }

    public String kleNummer() {
        return oprettet == null ? null : oprettet.kleNummer();
    }

    public String ejer() {
        return oprettet == null ? null : oprettet.ejer();
    }

    public String sagsnummer() {
        return oprettet == null ? null : oprettet.sagsnummer();
    }

    public String behandler() {
        return behandler;
    }

    public LocalDate behandlerFra() {
        return behandlerFra;
    }

    public List<Cyklus> cykler() {
        return List.copyOf(cykler);
    }

    public List<Afgoerelse> afgoerelser() {
        return cykler.stream().map(c -> c.afgoerelse).filter(a -> a != null).toList();
    }

    /** The afgørelse made last that still stands; null when none does (none made, or the last omgjort, ADR 0022). */
    public Afgoerelse senesteAfgoerelse() {
        List<Afgoerelse> a = afgoerelser();
        Afgoerelse seneste = a.isEmpty() ? null : a.get(a.size() - 1);
        return seneste == null || omgjorte.contains(seneste.id()) ? null : seneste;
    }

    /** Whether the afgørelse has been omgjort (ADR 0022). */
    public boolean omgjort(UUID afgoerelseId) {
        return omgjorte.contains(afgoerelseId);
    }

    /** When the sag's facts were last corrected (reclassified, a sendtDato corrected, an afgørelse omgjort); null if never. */
    public Instant rettet() {
        return rettet;
    }

    public List<Klage> klager() {
        return List.copyOf(klager);
    }

    public Collection<Bevilling> bevillinger() {
        return List.copyOf(bevillinger.values());
    }

    public Collection<Forloeb> forloeb() {
        return List.copyOf(forloeb.values());
    }

    public List<IBero> iBero() {
        return List.copyOf(iBero);
    }

    public boolean erIBero() {
        return !iBero.isEmpty() && iBero.get(iBero.size() - 1).til() == null;
    }

    /** A revisitation is started and its afgørelse not yet made (and the sag not closed). */
    public boolean underRevisitation() {
        return cykler.size() > 1 && aktuel().afgoerelse == null && afslutning == null;
    }

    public Afslutning afslutning() {
        return afslutning;
    }

    public String sagsstatus() {
        return sagsstatus;
    }

    public LocalDate sagsstatusDato() {
        return sagsstatusDato;
    }

    public Instant senestRegistreret() {
        return senestRegistreret;
    }
}
