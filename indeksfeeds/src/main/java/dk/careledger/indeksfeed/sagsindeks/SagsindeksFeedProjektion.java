package dk.careledger.indeksfeed.sagsindeks;

import dk.careledger.domain.felles.Tidszone;
import static dk.careledger.projection.jdbc.Sqlvaerdi.uuidArray;

import dk.careledger.domain.indstilling.event.AfslutningspolitikFastsat;
import dk.careledger.domain.indstilling.event.BorgerblikFastsat;
import dk.careledger.domain.indstilling.event.KommuneindstillingEvent;
import dk.careledger.domain.indstilling.event.SagsbegrebFastsat;
import dk.careledger.domain.katalog.Forloebstype;
import dk.careledger.domain.katalog.Katalog;
import dk.careledger.domain.katalog.KleEmne;
import dk.careledger.projection.fakta.Faktalager;
import dk.careledger.projection.fakta.Faktaudtraek;
import dk.careledger.projection.fakta.Faktum;
import dk.careledger.projection.fakta.Fordeling;
import dk.careledger.indeksfeed.Feed;
import dk.careledger.indeksfeed.Feedindstillinger;
import dk.careledger.indeksfeed.Feedmetrik;
import dk.careledger.indeksfeed.Kontrol;
import dk.careledger.indeksfeed.Leverancekontrol;
import dk.careledger.indeksfeed.Leveranceaarsag;
import dk.careledger.indeksfeed.Leverancelog;
import dk.careledger.indeksfeed.Leverancelog.Ny;
import dk.careledger.indeksfeed.Leverancelog.Seneste;
import dk.careledger.indeksfeed.Visningsregel;
import dk.careledger.indeksfeed.sagsindeks.Indekssager.Art;
import dk.careledger.indeksfeed.sagsindeks.Indekssager.Indekssag;
import dk.careledger.projection.motor.Haendelse;
import dk.careledger.projection.motor.Projektion;
import dk.careledger.domain.indstilling.Politik;
import dk.careledger.domain.indstilling.Sagsbegreb;
import dk.careledger.projection.sag.politik.laesning.Effektiv;
import dk.careledger.projection.sag.politik.laesning.Politikindstilling;
import dk.careledger.projection.sag.politik.laesning.Politikindstillinger;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import dk.careledger.projection.sag.laesning.Fremdriftshistorik;

/**
 * The Sagsindeks feed (issue 4 item 1): for every index sag, the registrations the Sags- og Dokumentindeks expects — an
 * Importer with the whole fremdrift history first, then an Opdater for every work step that changes what the index
 * shows, and a Fjern when the index sag no longer exists — appended to the {@link Leverancelog}.
 *
 * <p><b>Index sager follow the case concept</b> (ADR 0014). Under enkeltsager, the default, an index sag is a ledger sag;
 * under borgersag per område or FSIII per forløb it groups several of one citizen's sager, bevillinger and forløb
 * ({@link Indekssager}). So the feed keeps its facts per citizen ({@link Fordeling#PR_BORGER}) and replays a touched
 * citizen one registration step at a time (one command's events share one registreringstid: the index's "work step").
 * After each step that the batch brought, the citizen's index sager under the configuration in force on the step's day
 * are compared with what each was last given: a different picture is checked ({@link Kontrol}: schema and anvisning) and
 * delivered with the step's time and user (Importer for an index sag the index does not hold, else Opdater), an index
 * sag the citizen no longer has gets a Fjern, and a failed check is blocked and logged. Only the enkeltsager a step
 * touched are recomputed (their picture depends on nothing else), the grouped rows at every step of their citizen. The id
 * of a delivery is name-based on the index sag and the step's last global index, so it is stable.
 *
 * <p><b>Append-only.</b> A step at or below the highest index of a citizen's facts the feed has evaluated
 * ({@code leverance_sagsindeks_daekket}, kept with the log) is never delivered again: rebuilding the feed replays the
 * facts into its working state and emits nothing already sent — a citizen whose facts in a batch are all covered is not
 * even replayed. What a rebuild, a policy change or a change of case concept would show differently reaches receivers as
 * correcting registrations from {@link #afstem}, appended after everything they have.
 */
@Component
public class SagsindeksFeedProjektion implements Projektion {

    private final JdbcTemplate jdbc;
    private final Faktalager lager;
    private final Leverancelog log;
    private final Politikindstillinger politikker;
    private final Katalog katalog;
    private final Visningsregel visning;
    private final Kontrol<Sagsregistrering> kontrol;
    private final Feedindstillinger indstillinger;
    private final Feedmetrik metrik;
    private final Leverancekontrol kontrolporten;

    public SagsindeksFeedProjektion(JdbcTemplate jdbc, Leverancelog log, Politikindstillinger politikker, Katalog katalog, Visningsregel visning,
            Kontrol<Sagsregistrering> kontrol, Feedindstillinger indstillinger, Feedmetrik metrik, Leverancekontrol kontrolporten) {
        this.jdbc = jdbc;
        this.lager = new Faktalager(jdbc, "feed_borger_fakta", "feed_borger_reference", Fordeling.PR_BORGER);
        this.log = log;
        this.politikker = politikker;
        this.katalog = katalog;
        this.visning = visning;
        this.kontrol = kontrol;
        this.indstillinger = indstillinger;
        this.metrik = metrik;
        this.kontrolporten = kontrolporten;
    }

    @Override
    public String navn() {
        return "sagsindeks-feed";
    }

    /**
     * Self-contained: it reads only its own working state, the kommune settings' rows and its own rows of the delivery
     * log (under the feed's advisory lock), so a rebuild may apply it on a lane of its own. The settings' rows are
     * written by projections ordered before it, so live they are current in the same batch; in a rebuild the feed
     * delivers nothing it has covered, so it does not matter where their lane is.
     */
    @Override
    public boolean selvstaendig() {
        return true;
    }

    /**
     * The working state and the log. The log tables are listed so the rebuild test compares them too (a rebuild must
     * leave them exactly as they were), but {@link #nulstil} never empties them.
     */
    @Override
    public List<String> tabeller() {
        return List.of("feed_borger_fakta ORDER BY noegle, globalt_indeks", "feed_borger_reference ORDER BY ref_id, noegle",
                "leverance WHERE feed = 'SAGSINDEKS' ORDER BY loebenummer",
                "leverance_seneste WHERE feed = 'SAGSINDEKS' ORDER BY emne_id",
                "leverance_blokeret WHERE feed = 'SAGSINDEKS' ORDER BY emne_id, globalt_indeks",
                "leverance_sagsindeks_borger ORDER BY emne_id", "leverance_sagsindeks_daekket ORDER BY borger_id",
                "leverance_sagsindeks_indstilling ORDER BY feed");
    }

    /** Empties the working state only: deliveries once offered, and what they cover, stay (see the class comment). */
    @Override
    public void nulstil() {
        lager.nulstil();
    }

    /** A delivery made by a step or an afstemning, for the index sag {@code emne} of citizen {@code borger}. */
    private record Udfald(long indeks, UUID emne, UUID borger, Ny leverance) {
    }

    @Override
    public void anvend(List<Haendelse> haendelser) {
        trin(haendelser);
        indstillingerAendret(haendelser);
    }

    /**
     * A fact of a kommune's settings that changes what the index shows (closing policy, case concept, Borgerblik) reaches
     * the receivers at once (ADR 0021): the kommune is reconciled ({@link #afstemKommune}) as of the fact's registrering
     * (its day, its user), in the batch that brings it, after the settings projections, ordered first, have stored it.
     * A fact at or below {@code leverance_sagsindeks_indstilling} has been reconciled already: a rebuild, which replays
     * the facts into a working state that is not yet whole, reconciles nothing.
     */
    private void indstillingerAendret(List<Haendelse> haendelser) {
        List<Haendelse> aendringer = haendelser.stream().filter(h -> h.haendelse() instanceof AfslutningspolitikFastsat
                || h.haendelse() instanceof SagsbegrebFastsat || h.haendelse() instanceof BorgerblikFastsat).toList();
        if (aendringer.isEmpty()) {
            return;
        }
        log.laas(Feed.SAGSINDEKS);
        long daekket = jdbc.query("SELECT globalt_indeks FROM leverance_sagsindeks_indstilling WHERE feed = ?",
                (rs, n) -> rs.getLong(1), Feed.SAGSINDEKS.name()).stream().findFirst().orElse(Long.MIN_VALUE);
        long hoejest = daekket;
        for (Haendelse h : aendringer) {
            if (h.globalIndeks() <= daekket) {
                continue;
            }
            KommuneindstillingEvent e = (KommuneindstillingEvent) h.haendelse();
            afstemKommune(e.kommune().value(), e.registrering().registreringstid(), e.registrering().aktoer().brugerId());
            hoejest = Math.max(hoejest, h.globalIndeks());
        }
        if (hoejest > daekket) {
            jdbc.update("INSERT INTO leverance_sagsindeks_indstilling (feed, globalt_indeks) VALUES (?, ?) ON CONFLICT (feed) "
                    + "DO UPDATE SET globalt_indeks = EXCLUDED.globalt_indeks", Feed.SAGSINDEKS.name(), hoejest);
        }
    }

    /** The work steps of the batch's facts, per citizen (the class comment). */
    private void trin(List<Haendelse> haendelser) {
        List<Faktum> fakta = Faktaudtraek.alle(haendelser);
        Set<Long> nye = new HashSet<>();
        fakta.forEach(f -> nye.add(f.indeks()));
        Map<UUID, List<Faktum>> pr = lager.gemOgHent(fakta);
        if (pr.isEmpty()) {
            return;
        }
        log.laas(Feed.SAGSINDEKS);
        Map<UUID, Long> daekket = daekket(pr.keySet());
        Map<UUID, Long> nytDaekket = new LinkedHashMap<>();
        List<UUID> levende = new ArrayList<>();
        pr.forEach((borger, liste) -> {
            long gammel = daekket.getOrDefault(borger, Long.MIN_VALUE);
            long hoejest = liste.stream().filter(f -> nye.contains(f.indeks())).mapToLong(Faktum::indeks).max().orElse(Long.MIN_VALUE);
            if (hoejest > gammel) {
                levende.add(borger);
                nytDaekket.put(borger, hoejest);
            }
        });
        if (levende.isEmpty()) {
            return; // a rebuild: every step of the batch is covered
        }
        Map<UUID, Map<UUID, Seneste>> givet = givet(levende);
        Opslag opslag = new Opslag();
        List<Udfald> udfald = new ArrayList<>();
        for (UUID borger : levende) {
            udfald.addAll(trin(borger, pr.get(borger), nye, daekket.getOrDefault(borger, Long.MIN_VALUE),
                    givet.getOrDefault(borger, Map.of()), opslag));
        }
        udfald.sort(Comparator.comparingLong(Udfald::indeks));
        tilfoej(udfald, Leveranceaarsag.HAENDELSE);
        jdbc.batchUpdate("INSERT INTO leverance_sagsindeks_daekket (borger_id, globalt_indeks) VALUES (?, ?) ON CONFLICT (borger_id) "
                + "DO UPDATE SET globalt_indeks = greatest(leverance_sagsindeks_daekket.globalt_indeks, EXCLUDED.globalt_indeks)",
                nytDaekket.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue()}).toList());
    }

    /**
     * Replays one citizen's facts step by step (as {@code Fremdriftshistorik} does for a sag: a fact registered before the
     * previous step joins the current one, so time never runs backwards) and, after each step that contains a fact of
     * this batch and lies above what the feed has covered, delivers what changed in the citizen's index sager.
     */
    private List<Udfald> trin(UUID borger, List<Faktum> fakta, Set<Long> nye, long daekket, Map<UUID, Seneste> seneste, Opslag opslag) {
        Map<UUID, Sagsregistrering> iIndekset = new TreeMap<>();
        seneste.forEach((emne, s) -> {
            Sagsregistrering r = Sagsbillede.iIndekset(Sagsregistreringer.fraJson(s.indhold()));
            if (r != null) {
                iIndekset.put(emne, r);
            }
        });
        List<Udfald> ud = new ArrayList<>();
        Borgertilstand b = new Borgertilstand(borger);
        Instant kendt = null;
        int i = 0;
        while (i < fakta.size()) {
            Faktum foerste = fakta.get(i);
            Instant tid = kendt == null || foerste.registreret().isAfter(kendt) ? foerste.registreret() : kendt;
            boolean fraBatch = false;
            long indeks = Long.MIN_VALUE;
            String bruger = foerste.bruger();
            Set<UUID> beroerte = new LinkedHashSet<>();
            do {
                Faktum f = fakta.get(i);
                beroerte.addAll(b.anvend(f));
                fraBatch |= nye.contains(f.indeks());
                indeks = Math.max(indeks, f.indeks());
                i++;
            } while (i < fakta.size() && !fakta.get(i).registreret().isAfter(tid));
            kendt = tid;
            if (!fraBatch || indeks <= daekket) {
                continue;
            }
            long trinIndeks = indeks;
            Map<UUID, Indekssag> skal = Indekssager.beregn(b, LocalDate.ofInstant(tid, Tidszone.DANMARK), opslag);
            List<UUID> fjernes = iIndekset.keySet().stream().filter(emne -> !skal.containsKey(emne)).toList();
            for (Indekssag s : skal.values()) {
                Sagsregistrering forrige = iIndekset.get(s.id());
                if (forrige != null && s.art() == Art.ENKELTSAG && !beroerte.contains(s.sagId())) {
                    continue;
                }
                Sagsregistrering billede = s.billede().get();
                if (!Sagsbillede.samme(forrige, billede)) {
                    lever(Sagsbillede.efter(forrige, billede, tid, bruger), borger, trinIndeks, iIndekset, ud,
                            (Feed.SAGSINDEKS + ":" + s.id() + ":" + trinIndeks), Leveranceaarsag.HAENDELSE);
                }
            }
            for (UUID emne : fjernes) {
                lever(Sagsbillede.fjern(iIndekset.get(emne), tid, bruger), borger, trinIndeks, iIndekset, ud,
                        (Feed.SAGSINDEKS + ":" + emne + ":" + trinIndeks), Leveranceaarsag.HAENDELSE);
            }
        }
        return ud;
    }

    /** Checks the registration and, if it passes, records it as delivered (in {@code ud}) and as what the index now holds. */
    private void lever(Sagsregistrering ny, UUID borger, long indeks, Map<UUID, Sagsregistrering> iIndekset, List<Udfald> ud, String navn,
            Leveranceaarsag aarsag) {
        UUID emne = ny.sagUuid();
        if (!kontrolporten.godkendt(Feed.SAGSINDEKS, kontrol, ny, emne, indeks, ny.tidspunkt())) {
            return;
        }
        UUID id = UUID.nameUUIDFromBytes(navn.getBytes(StandardCharsets.UTF_8));
        ud.add(new Udfald(indeks, emne, borger, new Ny(id, emne, ny.operation().name(), aarsag, ny.tidspunkt(), indeks,
                Sagsregistreringer.json(ny))));
        if (ny.operation() == Sagsregistrering.Operation.FJERN) {
            iIndekset.remove(emne);
        } else {
            iIndekset.put(emne, ny);
        }
    }

    private void tilfoej(List<Udfald> udfald, Leveranceaarsag aarsag) {
        if (udfald.isEmpty()) {
            return;
        }
        log.tilfoej(Feed.SAGSINDEKS, udfald.stream().map(Udfald::leverance).toList());
        Map<UUID, UUID> borgere = new LinkedHashMap<>();
        udfald.forEach(u -> borgere.putIfAbsent(u.emne(), u.borger()));
        jdbc.batchUpdate("INSERT INTO leverance_sagsindeks_borger (emne_id, borger_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                borgere.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue()}).toList());
        metrik.leveret(Feed.SAGSINDEKS, aarsag, udfald.size());
    }

    /**
     * Reconciliation: recomputes the index sager of the citizens of the given ledger sager (null: every citizen) from the
     * facts under the configuration in force on {@code nu}'s day, and delivers ({@link Leveranceaarsag#KORREKTION}, at
     * {@code nu}, by {@code bruger}) an Opdater for each index sag whose last delivery shows something else, an Importer
     * (whole history, AM-01) for each the index does not hold, and a Fjern for each the citizen no longer has. Run after
     * a policy or case-concept change, nightly, and after a rebuild that changed the feed's rules. Must run in a
     * transaction; returns the index sager corrected.
     */
    public List<UUID> afstem(Collection<UUID> sager, Instant nu, String bruger) {
        log.laas(Feed.SAGSINDEKS);
        List<UUID> borgere = sager == null ? jdbc.queryForList("SELECT DISTINCT noegle FROM feed_borger_fakta ORDER BY noegle", UUID.class)
                : borgereAf("SELECT DISTINCT noegle FROM feed_borger_reference WHERE ref_id = ANY(?) ORDER BY noegle", sager);
        return afstemBorgere(borgere, nu, bruger);
    }

    /**
     * Reconciliation of every citizen with a sag the kommune owns or a fact it registered (a bevilling, a forløb): what a
     * change of the kommune's policy or case concept can regroup ({@link #afstem}).
     */
    public List<UUID> afstemKommune(String kommune, Instant nu, String bruger) {
        log.laas(Feed.SAGSINDEKS);
        List<UUID> borgere = jdbc.queryForList("SELECT DISTINCT noegle FROM feed_borger_fakta WHERE kommune = ? "
                + "OR (haendelse = 'SagOprettet' AND faktum ->> 'ejer' = ?) ORDER BY noegle", UUID.class, kommune, kommune);
        return afstemBorgere(borgere, nu, bruger);
    }

    private List<UUID> afstemBorgere(List<UUID> borgere, Instant nu, String bruger) {
        List<UUID> rettede = new ArrayList<>();
        Opslag opslag = new Opslag();
        LocalDate dag = LocalDate.ofInstant(nu, Tidszone.DANMARK);
        for (int fra = 0; fra < borgere.size(); fra += 500) {
            List<UUID> del = borgere.subList(fra, Math.min(borgere.size(), fra + 500));
            Map<UUID, List<Faktum>> pr = lager.hent(del);
            Map<UUID, Map<UUID, Seneste>> givet = givet(del);
            List<Udfald> udfald = new ArrayList<>();
            for (UUID borger : del) {
                List<Faktum> fakta = pr.getOrDefault(borger, List.of());
                if (fakta.isEmpty()) {
                    continue;
                }
                Map<UUID, Seneste> seneste = givet.getOrDefault(borger, Map.of());
                long sidste = fakta.get(fakta.size() - 1).indeks();
                Map<UUID, Sagsregistrering> iIndekset = new TreeMap<>();
                seneste.forEach((emne, s) -> {
                    Sagsregistrering r = Sagsbillede.iIndekset(Sagsregistreringer.fraJson(s.indhold()));
                    if (r != null) {
                        iIndekset.put(emne, r);
                    }
                });
                Map<UUID, Indekssag> skal = Indekssager.beregn(Borgertilstand.af(borger, fakta), dag, opslag);
                List<UUID> fjernes = iIndekset.keySet().stream().filter(emne -> !skal.containsKey(emne)).toList();
                for (Indekssag s : skal.values()) {
                    Sagsregistrering forrige = iIndekset.get(s.id());
                    Sagsregistrering billede = s.billede().get();
                    if (!Sagsbillede.samme(forrige, billede)) {
                        korriger(Sagsbillede.efter(forrige, billede, nu, bruger), borger, sidste, seneste.get(s.id()), iIndekset, udfald);
                    }
                }
                for (UUID emne : fjernes) {
                    korriger(Sagsbillede.fjern(iIndekset.get(emne), nu, bruger), borger, sidste, seneste.get(emne), iIndekset, udfald);
                }
            }
            udfald.forEach(u -> rettede.add(u.emne()));
            tilfoej(udfald, Leveranceaarsag.KORREKTION);
        }
        return rettede;
    }

    /** A correcting delivery: covers the citizen's facts so far; its id is name-based on the delivery it follows. */
    private void korriger(Sagsregistrering ny, UUID borger, long sidsteFakta, Seneste s, Map<UUID, Sagsregistrering> iIndekset,
            List<Udfald> ud) {
        long indeks = s == null ? sidsteFakta : Math.max(s.globaltIndeks(), sidsteFakta);
        lever(ny, borger, indeks, iIndekset, ud, Feed.SAGSINDEKS + ":" + ny.sagUuid() + ":korrektion:" + (s == null ? 0 : s.loebenummer()),
                Leveranceaarsag.KORREKTION);
    }

    // ---- the log's index per citizen ----

    /** Per citizen: every index sag delivered to it and its latest delivery (also those removed since). */
    private Map<UUID, Map<UUID, Seneste>> givet(Collection<UUID> borgere) {
        Map<UUID, Map<UUID, Seneste>> ud = new HashMap<>();
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("SELECT b.borger_id, s.emne_id, s.loebenummer, s.globalt_indeks, s.indhold "
                    + "FROM leverance_sagsindeks_borger b JOIN leverance_seneste s ON s.feed = 'SAGSINDEKS' AND s.emne_id = b.emne_id "
                    + "WHERE b.borger_id = ANY(?)");
            ps.setArray(1, uuidArray(con, borgere));
            return ps;
        }, rs -> {
            ud.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                    .put(rs.getObject(2, UUID.class), new Seneste(rs.getLong(3), rs.getLong(4), rs.getString(5)));
        });
        return ud;
    }

    private Map<UUID, Long> daekket(Collection<UUID> borgere) {
        Map<UUID, Long> ud = new HashMap<>();
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement(
                    "SELECT borger_id, globalt_indeks FROM leverance_sagsindeks_daekket WHERE borger_id = ANY(?)");
            ps.setArray(1, uuidArray(con, borgere));
            return ps;
        }, rs -> {
            ud.put(rs.getObject(1, UUID.class), rs.getLong(2));
        });
        return ud;
    }

    private List<UUID> borgereAf(String sql, Collection<UUID> ider) {
        return jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement(sql);
            ps.setArray(1, uuidArray(con, ider));
            return ps;
        }, (rs, n) -> rs.getObject(1, UUID.class));
    }

    /** Per-batch cache of the configuration and catalogue an index sag's picture depends on. */
    private final class Opslag implements Indeksrammer {
        private final Map<String, List<Politikindstilling>> konfiguration = new HashMap<>();
        private final Map<String, Visningsregel.Kommuneregel> visningsregler = new HashMap<>();

        private Effektiv effektiv(String kommune, String kle, LocalDate dag) {
            return Effektiv.for_(konfiguration.computeIfAbsent(kommune, politikker::forKommune), kommune, kle, dag);
        }

        @Override
        public Sagsbegreb sagsbegreb(String kommune, String kle, LocalDate dag) {
            return effektiv(kommune, kle, dag).sagsbegreb();
        }

        @Override
        public Politik politik(String kommune, String kle, LocalDate dag) {
            return effektiv(kommune, kle, dag).politik();
        }

        @Override
        public boolean skjultForBorger(String kommune, String kle, LocalDate dag) {
            return visningsregler.computeIfAbsent(kommune, visning::forKommune).skjultForBorger(kle, dag);
        }

        @Override
        public String kleTitel(String kleEmne) {
            return katalog.kleEmne(kleEmne).map(KleEmne::titel).orElse(kleEmne);
        }

        @Override
        public String forloebstype(String kode) {
            return katalog.forloebstype(kode).map(Forloebstype::navn).orElse(kode);
        }

        @Override
        public java.util.UUID masterItSystem() {
            return indstillinger.masterItSystem();
        }

        @Override
        public java.util.UUID afsenderItSystem() {
            return indstillinger.afsenderItSystem();
        }
    }
}
