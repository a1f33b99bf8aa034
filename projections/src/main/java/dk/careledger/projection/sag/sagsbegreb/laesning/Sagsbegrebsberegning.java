package dk.careledger.projection.sag.sagsbegreb.laesning;

import static dk.careledger.domain.sag.Fremdrift.AFGJORT;
import static dk.careledger.domain.sag.Fremdrift.AFSLUTTET;
import static dk.careledger.domain.sag.Fremdrift.OPLYST;
import static dk.careledger.domain.sag.Fremdrift.OPSTAAET;

import dk.careledger.projection.fakta.Faktum;
import dk.careledger.projection.fakta.Fordeling;
import dk.careledger.projection.fakta.Referencer;
import dk.careledger.domain.indstilling.Politik;
import dk.careledger.projection.sag.laesning.SagTilstand;
import dk.careledger.projection.sag.laesning.SagTilstand.Periode;
import dk.careledger.domain.indstilling.Sagsbegreb;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The sag lists one citizen would have under each {@link Sagsbegreb} variant, from the citizen's facts (sager, forløb,
 * bevillinger). Pure. Each variant row's fremdrift follows its own simple rule:
 * <ul>
 *   <li>{@link Sagsbegreb#ENKELTSAGER}: one row per sag and cycle (a revisitation starts a new enkeltsag, so a sag is
 *       split per afgørelse). Rule: the cycle on its own, closed at sending of its afgørelse (as
 *       {@link Politik#VED_AFGOERELSE}) or when the sag is closed without one. A bevilling without a sag is not an
 *       application and has no enkeltsag.</li>
 *   <li>{@link Sagsbegreb#BORGERSAG_PR_OMRAADE}: one row per (ejer kommune, KLE gruppe {@code NN.NN} of the sag's emne)
 *       for the citizen. Members: the sager (each under {@link Politik#VED_LEVERINGSOPHOER}: a long borgersag lasts
 *       while help is delivered) and the bevillinger without a sag (grouped by the bevilling's own KLE and registering
 *       kommune; Afgjort from bevilgetDato until ophør). Rule: Afsluttet when every member that has begun is Afsluttet,
 *       else the least advanced open member's state; reopens when a new member begins.</li>
 *   <li>{@link Sagsbegreb#FSIII_PR_FORLOEB}: one row per forløb, with the sager and bevillinger tied to it (and the
 *       bevillinger given on those sager). Rule: Opstaaet at the forløb's startdato, Oplyst when a member sag is first
 *       oplyst, Afgjort at the first afgørelse or bevilling among its members, Afsluttet at the forløb's slutdato. A sag
 *       tied to no forløb is its own row (under {@link Politik#VED_LEVERINGSOPHOER}); a bevilling with neither sag nor
 *       forløb (e.g. SUL § 138 sygepleje from a selvvisiterende unit) is its own row (Afgjort from bevilgetDato until
 *       ophør).</li>
 * </ul>
 * Every timeline passes {@link Tidslinjer#udfyld}, so no row skips a state (zero-length rows as for a sag). A bevilling
 * or sag whose link points to an aggregate of another citizen (the ledger does not check it, ADR 0007) is treated here
 * as if it had no such link.
 *
 * <p><b>Member filter.</b> The sagsbegreb projection lists every variant over all of a citizen's members
 * ({@link Medlemsfilter#ALLE}). The Sagsindeks feed delivers, per member, only the variant the kommune has configured for
 * it (ADR 0014), so it computes each variant's rows over the members in force for that variant: a {@link Medlemsfilter}
 * says which sager, bevillinger without sag and forløb take part in a variant. A row is computed exactly as over all
 * members, only over fewer of them; a row left without members is not produced.
 */
public final class Sagsbegrebsberegning {

    /**
     * Which members (sager, bevillinger without sag, forløb, by id) take part in a variant's rows. A bevilling given on a
     * member sag always follows its sag.
     */
    @FunctionalInterface
    public interface Medlemsfilter {
        /** Every member in every variant: the side-by-side lists of the sagsbegreb projection. */
        Medlemsfilter ALLE = (variant, medlem) -> true;

        boolean medtag(Sagsbegreb variant, UUID medlem);
    }

    private static final class ForloebInfo {
        final UUID id;
        final String kommune;
        final String type;
        final String kle;
        final LocalDate start;
        LocalDate slut;
        final Set<UUID> sager = new LinkedHashSet<>();
        final Set<UUID> bevillinger = new LinkedHashSet<>();

        ForloebInfo(Faktum.ForloebStartet f) {
            id = f.emne();
            kommune = f.kommune();
            type = f.forloebstypeKode();
            kle = f.kleNummer();
            start = f.startdato();
        }
    }

    private static final class BevillingInfo {
        final UUID id;
        final UUID sagId;
        final String kommune;
        final String indsats;
        final String kle;
        final LocalDate bevilget;
        LocalDate ophoer;

        BevillingInfo(Faktum.BevillingGivet f) {
            id = f.emne();
            sagId = f.sagId();
            kommune = f.kommune();
            indsats = f.indsatsKode();
            kle = f.kleNummer();
            bevilget = f.bevilgetDato();
        }
    }

    private Sagsbegrebsberegning() {
    }

    /** Every variant row of the citizen over all members, sorted by variant and key. */
    public static List<VariantSag> beregn(UUID borger, List<Faktum> fakta) {
        return beregn(borger, fakta, Medlemsfilter.ALLE);
    }

    /** Every variant row of the citizen, each over the members the filter admits to its variant, sorted by variant and key. */
    public static List<VariantSag> beregn(UUID borger, List<Faktum> fakta, Medlemsfilter filter) {
        Referencer refs = new Referencer();
        Map<UUID, List<Faktum>> prSag = new LinkedHashMap<>();
        Map<UUID, ForloebInfo> forloeb = new LinkedHashMap<>();
        Map<UUID, BevillingInfo> bevillinger = new LinkedHashMap<>();
        for (Faktum f : fakta) {
            for (UUID sag : Fordeling.PR_SAG.noegler(f, refs)) {
                prSag.computeIfAbsent(sag, k -> new ArrayList<>()).add(f);
            }
            if (f instanceof Faktum.ForloebStartet s) {
                if (borger.equals(s.borgerId())) {
                    forloeb.putIfAbsent(s.emne(), new ForloebInfo(s));
                }
            } else if (f instanceof Faktum.SagTilknyttetForloeb t) {
                ForloebInfo fl = forloeb.get(t.emne());
                if (fl != null) {
                    fl.sager.add(t.sagId());
                }
            } else if (f instanceof Faktum.BevillingTilknyttetForloeb t) {
                ForloebInfo fl = forloeb.get(t.emne());
                if (fl != null) {
                    fl.bevillinger.add(t.bevillingId());
                }
            } else if (f instanceof Faktum.ForloebAfsluttet a) {
                ForloebInfo fl = forloeb.get(a.emne());
                if (fl != null) {
                    fl.slut = a.slutdato();
                }
            } else if (f instanceof Faktum.BevillingGivet g) {
                if (borger.equals(g.borgerId())) {
                    bevillinger.putIfAbsent(g.emne(), new BevillingInfo(g));
                }
            } else if (f instanceof Faktum.BevillingOphoert o) {
                BevillingInfo b = bevillinger.get(o.emne());
                if (b != null) {
                    b.ophoer = o.ophoersdato();
                }
            }
            // a sag's own facts are folded per sag below
        }
        Map<UUID, SagTilstand> sager = new TreeMap<>();
        prSag.forEach((id, liste) -> {
            SagTilstand t = SagTilstand.af(id, liste);
            if (t.findes() && borger.equals(t.borgerId())) {
                sager.put(id, t);
            }
        });
        List<BevillingInfo> saglose = bevillinger.values().stream()
                .filter(b -> b.sagId == null || !sager.containsKey(b.sagId)).toList();

        List<VariantSag> ud = new ArrayList<>();
        enkeltsager(borger, udvalgte(sager, Sagsbegreb.ENKELTSAGER, filter), ud);
        borgersager(borger, udvalgte(sager, Sagsbegreb.BORGERSAG_PR_OMRAADE, filter),
                saglose.stream().filter(b -> filter.medtag(Sagsbegreb.BORGERSAG_PR_OMRAADE, b.id)).toList(), ud);
        Map<UUID, ForloebInfo> fsiiiForloeb = new LinkedHashMap<>();
        forloeb.forEach((id, f) -> {
            if (filter.medtag(Sagsbegreb.FSIII_PR_FORLOEB, id)) {
                fsiiiForloeb.put(id, f);
            }
        });
        List<BevillingInfo> fsiiiSaglose = saglose.stream().filter(b -> filter.medtag(Sagsbegreb.FSIII_PR_FORLOEB, b.id)).toList();
        Set<UUID> udenfor = new LinkedHashSet<>();
        saglose.stream().filter(b -> !fsiiiSaglose.contains(b)).forEach(b -> udenfor.add(b.id));
        fsiii(borger, udvalgte(sager, Sagsbegreb.FSIII_PR_FORLOEB, filter), fsiiiForloeb, fsiiiSaglose, udenfor, ud);
        ud.sort(Comparator.comparing(VariantSag::variant).thenComparing(VariantSag::noegle));
        return ud;
    }

    private static Map<UUID, SagTilstand> udvalgte(Map<UUID, SagTilstand> sager, Sagsbegreb variant, Medlemsfilter filter) {
        if (filter == Medlemsfilter.ALLE) {
            return sager;
        }
        Map<UUID, SagTilstand> ud = new TreeMap<>();
        sager.forEach((id, t) -> {
            if (filter.medtag(variant, id)) {
                ud.put(id, t);
            }
        });
        return ud;
    }

    private static void enkeltsager(UUID borger, Map<UUID, SagTilstand> sager, List<VariantSag> ud) {
        for (SagTilstand t : sager.values()) {
            for (int i = 0; i < t.cykler().size(); i++) {
                List<Periode> tl = Tidslinjer.udfyld(Tidslinjer.udenAktoerer(t.cyklusTidslinje(i)));
                ud.add(raekke(Sagsbegreb.ENKELTSAGER, "sag:" + t.sagId() + ":" + i, t.ejer(), borger, t.kleNummer(), "SAGSTITEL",
                        t.sagsnummer(), t.oprettet().titelEjer(), t.oprettet().titelChiffertekst(), tl, List.of(t.sagId()),
                        t.bevillingerICyklus(i), null));
            }
        }
    }

    private static void borgersager(UUID borger, Map<UUID, SagTilstand> sager, List<BevillingInfo> saglose, List<VariantSag> ud) {
        Map<String, List<List<Periode>>> tidslinjer = new TreeMap<>();
        Map<String, Set<UUID>> sagIds = new TreeMap<>();
        Map<String, Set<UUID>> bevillingIds = new TreeMap<>();
        Map<String, String[]> omraade = new TreeMap<>();
        for (SagTilstand t : sager.values()) {
            String gruppe = gruppe(t.kleNummer());
            String noegle = t.ejer() + ":" + gruppe;
            omraade.put(noegle, new String[] {t.ejer(), gruppe});
            tidslinjer.computeIfAbsent(noegle, k -> new ArrayList<>()).add(Tidslinjer.udenAktoerer(t.tidslinje(Politik.VED_LEVERINGSOPHOER)));
            sagIds.computeIfAbsent(noegle, k -> new LinkedHashSet<>()).add(t.sagId());
            t.bevillinger().forEach(b -> bevillingIds.computeIfAbsent(noegle, k -> new LinkedHashSet<>()).add(b.id()));
        }
        for (BevillingInfo b : saglose) {
            String gruppe = gruppe(b.kle);
            String noegle = b.kommune + ":" + gruppe;
            omraade.putIfAbsent(noegle, new String[] {b.kommune, gruppe});
            tidslinjer.computeIfAbsent(noegle, k -> new ArrayList<>()).add(Tidslinjer.bevilling(b.bevilget, b.ophoer));
            bevillingIds.computeIfAbsent(noegle, k -> new LinkedHashSet<>()).add(b.id);
        }
        for (Map.Entry<String, List<List<Periode>>> e : tidslinjer.entrySet()) {
            String[] o = omraade.get(e.getKey());
            List<Periode> tl = Tidslinjer.udfyld(Tidslinjer.kombiner(e.getValue()));
            ud.add(raekke(Sagsbegreb.BORGERSAG_PR_OMRAADE, VariantSag.borgersagsnoegle(borger, o[0], o[1]), o[0], borger, o[1], "KLE_GRUPPE", o[1],
                    null, null, tl, List.copyOf(sagIds.getOrDefault(e.getKey(), Set.of())),
                    List.copyOf(bevillingIds.getOrDefault(e.getKey(), Set.of())), null));
        }
    }

    /** {@code udenfor}: bevillinger without sag that take part in another variant, so in no forløb row. */
    private static void fsiii(UUID borger, Map<UUID, SagTilstand> sager, Map<UUID, ForloebInfo> forloeb, List<BevillingInfo> saglose,
            Set<UUID> udenfor, List<VariantSag> ud) {
        Set<UUID> sagerIForloeb = new LinkedHashSet<>();
        Set<UUID> bevillingerIForloeb = new LinkedHashSet<>();
        for (ForloebInfo f : forloeb.values()) {
            List<SagTilstand> medlemmer = f.sager.stream().filter(sager::containsKey).map(sager::get).toList();
            Set<UUID> bevs = new LinkedHashSet<>(f.bevillinger);
            bevs.removeAll(udenfor);
            medlemmer.forEach(t -> t.bevillinger().forEach(b -> bevs.add(b.id())));
            sagerIForloeb.addAll(medlemmer.stream().map(SagTilstand::sagId).toList());
            bevillingerIForloeb.addAll(f.bevillinger);

            LocalDate oplyst = null;
            LocalDate afgjort = null;
            for (SagTilstand t : medlemmer) {
                for (SagTilstand.Cyklus c : t.cykler()) {
                    oplyst = tidligst(oplyst, c.oplyst());
                    afgjort = tidligst(afgjort, c.afgoerelse() == null ? null : c.afgoerelse().truffet());
                }
                for (SagTilstand.Bevilling b : t.bevillinger()) {
                    afgjort = tidligst(afgjort, b.bevilget());
                }
            }
            for (BevillingInfo b : saglose) {
                if (f.bevillinger.contains(b.id)) {
                    afgjort = tidligst(afgjort, b.bevilget);
                }
            }
            List<Periode> tl = new ArrayList<>();
            Tidslinjer.tilfoej(tl, OPSTAAET, f.start);
            if (oplyst != null && (afgjort == null || !oplyst.isAfter(afgjort))) {
                Tidslinjer.tilfoej(tl, OPLYST, oplyst);
            }
            if (afgjort != null) {
                Tidslinjer.tilfoej(tl, AFGJORT, afgjort);
            }
            if (f.slut != null) {
                Tidslinjer.tilfoej(tl, AFSLUTTET, f.slut);
            }
            ud.add(raekke(Sagsbegreb.FSIII_PR_FORLOEB, VariantSag.forloebsnoegle(f.id), f.kommune, borger, f.kle, "FORLOEBSTYPE", f.type, null, null,
                    Tidslinjer.udfyld(tl), medlemmer.stream().map(SagTilstand::sagId).toList(), List.copyOf(bevs), f.id));
        }
        for (SagTilstand t : sager.values()) {
            if (!sagerIForloeb.contains(t.sagId())) {
                ud.add(raekke(Sagsbegreb.FSIII_PR_FORLOEB, "sag:" + t.sagId(), t.ejer(), borger, t.kleNummer(), "SAGSTITEL", t.sagsnummer(),
                        t.oprettet().titelEjer(), t.oprettet().titelChiffertekst(), Tidslinjer.udfyld(Tidslinjer.udenAktoerer(t.tidslinje(Politik.VED_LEVERINGSOPHOER))),
                        List.of(t.sagId()), t.bevillinger().stream().map(SagTilstand.Bevilling::id).toList(), null));
            }
        }
        for (BevillingInfo b : saglose) {
            if (!bevillingerIForloeb.contains(b.id)) {
                ud.add(raekke(Sagsbegreb.FSIII_PR_FORLOEB, "bevilling:" + b.id, b.kommune, borger, b.kle, "INDSATS", b.indsats, null, null,
                        Tidslinjer.udfyld(Tidslinjer.bevilling(b.bevilget, b.ophoer)), List.of(), List.of(b.id), null));
            }
        }
    }

    private static VariantSag raekke(Sagsbegreb variant, String noegle, String kommune, UUID borger, String omraade, String titelBasis,
            String titelKode, UUID titelEjer, String titel, List<Periode> tl, List<UUID> sagIds, List<UUID> bevillingIds, UUID forloebId) {
        Periode foerste = tl.get(0);
        Periode sidste = tl.get(tl.size() - 1);
        return new VariantSag(VariantSag.id(variant, noegle), variant, noegle, kommune, borger, omraade, titelBasis, titelKode, titelEjer,
                titel, sidste.fremdrift(), sidste.fra(), foerste.fra(), sidste.fremdrift() == AFSLUTTET ? sidste.fra() : null, tl,
                sagIds.stream().sorted().toList(), bevillingIds.stream().sorted().toList(), forloebId);
    }

    /** The KLE gruppe {@code NN.NN} of an emne {@code NN.NN.NN}. */
    public static String gruppe(String kle) {
        return kle == null || kle.length() < 5 ? kle : kle.substring(0, 5);
    }

    private static LocalDate tidligst(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || !b.isBefore(a) ? a : b;
    }
}
