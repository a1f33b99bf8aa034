package dk.careledger.indeksfeed.sagsindeks;

import static dk.careledger.domain.sag.Fremdrift.AFGJORT;
import static dk.careledger.domain.sag.Fremdrift.AFSLUTTET;
import static dk.careledger.domain.sag.Fremdrift.OPSTAAET;

import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.sag.Fremdrift;
import dk.careledger.indeksfeed.sagsindeks.Sagsregistrering.Operation;
import dk.careledger.indeksfeed.sagsindeks.Sagsregistrering.Tilstandsperiode;
import dk.careledger.indeksfeed.sagsindeks.Sagsregistrering.Titel;
import dk.careledger.projection.sag.laesning.SagTilstand;
import dk.careledger.domain.indstilling.Sagsbegreb;
import dk.careledger.projection.sag.sagsbegreb.laesning.Sagsbegrebsberegning;
import dk.careledger.projection.sag.sagsbegreb.laesning.VariantSag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The index sager a citizen has in the Sags- og Dokumentindeks under the case concept each of the citizen's members is
 * configured for (ADR 0014). Pure.
 *
 * <p><b>Which variant.</b> Looked up like the closing policy ({@link Indeksrammer#sagsbegreb}): a sag by its ejer kommune
 * and KLE emne, a bevilling without sag by the kommune that registered it and its KLE, a forløb by its kommune and KLE,
 * all on the day asked for (a work step's day; "today" in an afstemning).
 *
 * <p><b>The rows.</b>
 * <ul>
 *   <li>{@link Art#ENKELTSAG}: a sag under {@link Sagsbegreb#ENKELTSAGER}, and a sag under
 *       {@link Sagsbegreb#FSIII_PR_FORLOEB} tied to no forløb that is under it too: the ledger's sag itself (UUID = SagId,
 *       fremdrift under the configured closing policy, {@link Sagsbillede#af}). A revisitation reopens it: the per-cycle
 *       split of the enkeltsager list is a list view, and the ledger sag keeps the sagsnummer caseworkers know.</li>
 *   <li>{@link Art#BORGERSAG}: one per (citizen, kommune, KLE gruppe) over the members under
 *       {@link Sagsbegreb#BORGERSAG_PR_OMRAADE}, the row {@link Sagsbegrebsberegning} computes over that member subset.</li>
 *   <li>{@link Art#FORLOEBSSAG}: one per forløb under {@link Sagsbegreb#FSIII_PR_FORLOEB}, with its member sager and
 *       bevillinger under that variant, as {@link Sagsbegrebsberegning} computes it.</li>
 * </ul>
 * A borgersag or forløb row needs at least one member sag: Ansvarlig (an organisational unit), Handlingsklasse and
 * Primær behandler come from its sager, and neither {@code BevillingGivet} nor {@code ForloebStartet} carries a unit. A
 * row of bevillinger without sag only (or a forløb without sager, or a lone bevilling under FSIII) is therefore not an
 * index sag, and is not delivered until a sag joins it ({@link #variantbillede} documents every field).
 */
public final class Indekssager {

    /** What an index sag is. */
    public enum Art {
        /** The ledger's own sag. */
        ENKELTSAG,
        /** A borgersag per area. */
        BORGERSAG,
        /** An FSIII sag per forløb. */
        FORLOEBSSAG
    }

    /**
     * One index sag the citizen should have. {@code billede} computes its picture when asked (a step need not compute the
     * picture of an enkeltsag it did not touch); {@code sagId} is the ledger sag of an enkeltsag, else null.
     */
    public record Indekssag(UUID id, Art art, UUID sagId, Supplier<Sagsregistrering> billede) {
    }

    private static final Instant INTET_TRIN = Instant.EPOCH;

    private Indekssager() {
    }

    /** The citizen's index sager on the day, by UUID (in UUID order). */
    public static Map<UUID, Indekssag> beregn(Borgertilstand b, LocalDate dag, Indeksrammer r) {
        Map<UUID, SagTilstand> egne = b.sager();
        Map<UUID, Sagsbegreb> variant = new HashMap<>();
        boolean grupperet = false;
        for (SagTilstand t : egne.values()) {
            Sagsbegreb v = r.sagsbegreb(t.ejer(), t.kleNummer(), dag);
            variant.put(t.sagId(), v);
            grupperet |= v != Sagsbegreb.ENKELTSAGER;
        }
        Map<UUID, Indekssag> ud = new TreeMap<>();
        if (!grupperet) {
            // no sag under a grouping variant: a borgersag or forløb row would have no member sag, so it is no index sag
            egne.values().forEach(t -> ud.put(t.sagId(), enkeltsag(t, dag, r)));
            return ud;
        }
        for (Borgertilstand.Bevilling bev : b.bevillingerUdenSag(egne)) {
            variant.put(bev.id(), r.sagsbegreb(bev.kommune(), bev.kle(), dag));
        }
        for (Borgertilstand.Forloeb f : b.forloeb()) {
            variant.put(f.id(), r.sagsbegreb(f.kommune(), f.kle(), dag));
        }
        for (VariantSag v : Sagsbegrebsberegning.beregn(b.borger(), b.fakta(), (s, medlem) -> variant.get(medlem) == s)) {
            switch (v.variant()) {
                case ENKELTSAGER -> {
                    // the ledger sag itself, below (not split per cycle)
                }
                case BORGERSAG_PR_OMRAADE -> {
                    if (!v.sagIds().isEmpty()) {
                        ud.put(v.id(), new Indekssag(v.id(), Art.BORGERSAG, null, () -> variantbillede(v, Art.BORGERSAG, b, egne, dag, r)));
                    }
                }
                case FSIII_PR_FORLOEB -> {
                    if (v.forloebId() != null && !v.sagIds().isEmpty()) {
                        ud.put(v.id(), new Indekssag(v.id(), Art.FORLOEBSSAG, null, () -> variantbillede(v, Art.FORLOEBSSAG, b, egne, dag, r)));
                    } else if (v.forloebId() == null && v.noegle().startsWith("sag:")) {
                        ud.put(v.sagIds().get(0), enkeltsag(egne.get(v.sagIds().get(0)), dag, r));
                    }
                }
            }
        }
        egne.values().stream().filter(t -> variant.get(t.sagId()) == Sagsbegreb.ENKELTSAGER)
                .forEach(t -> ud.put(t.sagId(), enkeltsag(t, dag, r)));
        return ud;
    }

    private static Indekssag enkeltsag(SagTilstand t, LocalDate dag, Indeksrammer r) {
        return new Indekssag(t.sagId(), Art.ENKELTSAG, t.sagId(), () -> Sagsbillede.af(t, r.politik(t.ejer(), t.kleNummer(), dag),
                new Sagsbillede.Rammer(r.kleTitel(t.kleNummer()), r.skjultForBorger(t.ejer(), t.kleNummer(), dag), r.masterItSystem(),
                        r.afsenderItSystem())));
    }

    /**
     * The picture of a borgersag or forløb row (it has at least one member sag). Field by field:
     * <ul>
     *   <li>UUID: the row's id ({@link VariantSag#id}: name-based on the citizen, kommune and gruppe, or on the forløb), so
     *       the same facts give the same index sag.</li>
     *   <li>Sagsnummer = BrugervendtNoegle: {@code BS-<NN.NN>-<uuid>} or {@code FL-<uuid>}, the UUID without dashes (41 and
     *       35 characters; at most 50 allowed). Unique per kommune because the UUID is, and it names no person.</li>
     *   <li>Primær klasse: the gruppe's emne {@code NN.NN.00} ("… i almindelighed"), or the forløb's KLE (its
     *       {@code .00} emne if it is a gruppe). Titel: that emne's catalogue title, or the forløbstype's name — public,
     *       no personal data, so there is no non-public title.</li>
     *   <li>Ansvarlig, Primær behandler (and from when) and Handlingsklasse: those of the <em>lead</em> member, the member
     *       sag begun most recently (opstaaetDato, then registration time, then id): who works with the citizen in the
     *       area now.</li>
     *   <li>Følsomhed: the most restrictive member sag's, so no member is shown to someone who may not see it.</li>
     *   <li>Visningsklasse: when the kommune hides the row's own KLE or any member's (sag or bevilling) from the
     *       citizen.</li>
     *   <li>Sagsstatus: that of the member sag whose status changed last (then the lead order).</li>
     *   <li>Afgørelsesklasse: when the row is Afgjort or Afsluttet and was afgjort since it last (re)opened, the class of
     *       the members' latest afgørelse (by truffetDato); none when only bevillinger without sag made it Afgjort.</li>
     *   <li>Fremdrift: the row's own timeline ({@link VariantSag#tidslinje}); Opstaaet = its start; OprettetTidspunkt:
     *       the earliest member sag's creation in the ledger.</li>
     * </ul>
     */
    static Sagsregistrering variantbillede(VariantSag v, Art art, Borgertilstand b, Map<UUID, SagTilstand> egne, LocalDate dag,
            Indeksrammer r) {
        List<SagTilstand> medlemmer = v.sagIds().stream().map(egne::get).toList();
        Comparator<SagTilstand> begyndt = Comparator.comparing((SagTilstand t) -> t.oprettet().opstaaetDato())
                .thenComparing(t -> t.oprettet().registreret()).thenComparing(SagTilstand::sagId);
        SagTilstand leder = medlemmer.stream().max(begyndt).orElseThrow();
        Foelsomhed foelsomhed = medlemmer.stream().map(t -> t.oprettet().foelsomhed()).max(Comparator.naturalOrder())
                .orElseThrow();
        String kle = v.indeksKle();
        String titel = art == Art.BORGERSAG ? r.kleTitel(kle) : r.forloebstype(v.titelKode());
        String sagsnummer = v.indekssagsnummer();
        boolean skjult = r.skjultForBorger(v.kommune(), kle, dag)
                || medlemmer.stream().anyMatch(t -> r.skjultForBorger(t.ejer(), t.kleNummer(), dag))
                || v.bevillingIds().stream().map(b::bevilling).anyMatch(bev -> bev != null && r.skjultForBorger(bev.kommune(), bev.kle(), dag));
        SagTilstand status = medlemmer.stream().filter(t -> t.sagsstatusDato() != null)
                .max(Comparator.comparing(SagTilstand::sagsstatusDato).thenComparing(begyndt)).orElse(leder);
        Instant oprettet = medlemmer.stream().map(t -> t.oprettet().registreret()).min(Comparator.naturalOrder()).orElseThrow();
        List<Tilstandsperiode> tilstande = v.tidslinje().stream().map(p -> new Tilstandsperiode(p.fremdrift(), p.fra(), p.til(), null))
                .toList();
        return new Sagsregistrering(Operation.IMPORTER, v.id(), INTET_TRIN, "", sagsnummer, new Titel(titel, null, null, false), kle,
                leder.oprettet().handlingsfacet(), foelsomhed, v.kommune(), leder.oprettet().ansvarligEnhed(), leder.behandler(),
                leder.behandlerFra(), v.borgerId(), r.masterItSystem(), r.afsenderItSystem(), afgoerelsesklasse(medlemmer, tilstande),
                status.sagsstatus(),
                skjult, v.opstaaetDato(), oprettet, tilstande);
    }


    private static String afgoerelsesklasse(List<SagTilstand> medlemmer, List<Tilstandsperiode> tilstande) {
        Fremdrift nu = tilstande.get(tilstande.size() - 1).fremdrift();
        if (nu != AFGJORT && nu != AFSLUTTET) {
            return null;
        }
        boolean afgjort = false;
        for (int i = tilstande.size() - 1; i >= 0 && tilstande.get(i).fremdrift() != OPSTAAET; i--) {
            afgjort |= tilstande.get(i).fremdrift() == AFGJORT;
        }
        if (!afgjort) {
            return null;
        }
        return medlemmer.stream().flatMap(t -> t.afgoerelser().stream()).max(Comparator.comparing(SagTilstand.Afgoerelse::truffet))
                .map(a -> Afgoerelsesklasse.af(a.type())).orElse(null);
    }
}
