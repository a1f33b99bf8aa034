package dk.careledger.projection.feed.sagsindeks;

import dk.careledger.domain.katalog.Katalog;
import dk.careledger.domain.katalog.KleEmne;
import dk.careledger.projection.feed.Feed;
import dk.careledger.projection.feed.Feedindstillinger;
import dk.careledger.projection.feed.Feedmetrik;
import dk.careledger.projection.feed.Kontrol;
import dk.careledger.projection.feed.Leverancekontrol;
import dk.careledger.projection.feed.Leveranceaarsag;
import dk.careledger.projection.feed.Leverancelog;
import dk.careledger.projection.feed.Leverancelog.Ny;
import dk.careledger.projection.feed.Leverancelog.Seneste;
import dk.careledger.projection.feed.Visningsregel;
import dk.careledger.projection.motor.Haendelse;
import dk.careledger.projection.motor.Projektion;
import dk.careledger.projection.sag.Politik;
import dk.careledger.projection.sag.SagTilstand;
import dk.careledger.projection.sag.fakta.Fakta;
import dk.careledger.projection.sag.fakta.Faktalager;
import dk.careledger.projection.sag.fakta.Fordeling;
import dk.careledger.projection.sag.politik.Effektiv;
import dk.careledger.projection.sag.politik.Konfiguration;
import dk.careledger.projection.sag.politik.PolitikKonfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Sagsindeks feed (issue 4 item 1): for every sag, the registrations the Sags- og Dokumentindeks expects — an
 * Importer with the whole fremdrift history first, then an Opdater for every work step that changes what the index
 * shows — appended to the {@link Leverancelog}.
 *
 * <p>Per batch: the sag facts are stored in the feed's own fact store (so it is independent of the sager projection's
 * position and rebuilds) and each touched sag is replayed from its facts one registration step at a time (one command's
 * events share one registreringstid: the index's "work step"). After each step that the batch brought, the sag's
 * picture ({@link Sagsbillede}) under the closing policy in force for it on the step's day is compared with what the
 * sag was last given; a different picture is checked ({@link Kontrol}: schema and anvisning) and delivered with the
 * step's time and user, or blocked and logged. The id of a delivery is name-based on the sag and the step's last global
 * index, so it is stable.
 *
 * <p><b>Append-only.</b> A step already covered by a delivery is never delivered again: rebuilding the feed replays the
 * facts into the working state and emits nothing already sent. What a rebuild or a policy change would show differently
 * reaches receivers as correcting registrations from {@link #afstem}, appended after everything they have.
 */
@Component
public class SagsindeksFeed implements Projektion {
    private static final ZoneId DANMARK = ZoneId.of("Europe/Copenhagen");

    private final JdbcTemplate jdbc;
    private final Faktalager lager;
    private final Leverancelog log;
    private final PolitikKonfiguration politikker;
    private final Katalog katalog;
    private final Visningsregel visning;
    private final Kontrol<Sagsregistrering> kontrol;
    private final Feedindstillinger indstillinger;
    private final Feedmetrik metrik;
    private final Leverancekontrol kontrolporten;

    public SagsindeksFeed(JdbcTemplate jdbc, Leverancelog log, PolitikKonfiguration politikker, Katalog katalog, Visningsregel visning,
            Kontrol<Sagsregistrering> kontrol, Feedindstillinger indstillinger, Feedmetrik metrik, Leverancekontrol kontrolporten) {
        this.jdbc = jdbc;
        this.lager = new Faktalager(jdbc, "feed_sag_fakta", "feed_sag_reference", Fordeling.PR_SAG);
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
     * Self-contained: it reads only its own working state, the configuration tables and its own rows of the delivery
     * log (under the feed's advisory lock), so a rebuild may apply it on a lane of its own.
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
        return List.of("feed_sag_fakta ORDER BY noegle, globalt_indeks", "feed_sag_reference ORDER BY ref_id, noegle",
                "leverance WHERE feed = 'SAGSINDEKS' ORDER BY loebenummer",
                "leverance_seneste WHERE feed = 'SAGSINDEKS' ORDER BY emne_id",
                "leverance_blokeret WHERE feed = 'SAGSINDEKS' ORDER BY emne_id, globalt_indeks");
    }

    /** Empties the working state only: deliveries once offered stay (see the class comment). */
    @Override
    public void nulstil() {
        lager.nulstil();
    }

    /** A step the batch brought, with the sag's picture after it. */
    private record Trin(UUID sagId, long indeks, Instant tid, String bruger, Sagsregistrering billede) {
    }

    @Override
    public void anvend(List<Haendelse> haendelser) {
        List<Fakta> fakta = Fakta.alle(haendelser);
        Set<Long> nye = new HashSet<>();
        fakta.forEach(f -> nye.add(f.indeks()));
        Map<UUID, List<Fakta>> pr = lager.gemOgHent(fakta);
        if (pr.isEmpty()) {
            return;
        }
        log.laas(Feed.SAGSINDEKS);
        Map<UUID, Seneste> seneste = log.seneste(Feed.SAGSINDEKS, pr.keySet());
        Opslag opslag = new Opslag();
        List<Trin> trin = new ArrayList<>();
        pr.forEach((sagId, liste) -> {
            Seneste s = seneste.get(sagId);
            trin.addAll(trin(sagId, liste, nye, s == null ? Long.MIN_VALUE : s.globaltIndeks(), opslag));
        });
        trin.sort(Comparator.comparingLong(Trin::indeks));
        // parsed only for sager with a step to deliver (none in a rebuild)
        Map<UUID, Sagsregistrering> givet = new HashMap<>();
        List<Ny> leverancer = new ArrayList<>();
        for (Trin t : trin) {
            Sagsregistrering forrige = givet.computeIfAbsent(t.sagId(),
                    sag -> seneste.containsKey(sag) ? Sagsregistreringer.fraJson(seneste.get(sag).indhold()) : null);
            if (Sagsbillede.samme(forrige, t.billede())) {
                continue;
            }
            Sagsregistrering ny = Sagsbillede.efter(forrige, t.billede(), t.tid(), t.bruger());
            UUID id = UUID.nameUUIDFromBytes((Feed.SAGSINDEKS + ":" + t.sagId() + ":" + t.indeks()).getBytes(StandardCharsets.UTF_8));
            if (kontrolporten.godkendt(Feed.SAGSINDEKS, kontrol, ny, t.sagId(), t.indeks(), t.tid())) {
                leverancer.add(new Ny(id, t.sagId(), ny.operation().name(), Leveranceaarsag.HAENDELSE, t.tid(), t.indeks(),
                        Sagsregistreringer.json(ny)));
                givet.put(t.sagId(), ny);
            }
        }
        log.tilfoej(Feed.SAGSINDEKS, leverancer);
        metrik.leveret(Feed.SAGSINDEKS, Leveranceaarsag.HAENDELSE, leverancer.size());
    }

    /**
     * Replays one sag's facts step by step (as {@code Fremdriftshistorik} does: a fact registered before the previous
     * step joins the current one, so time never runs backwards) and returns the steps that contain a fact of this batch
     * and lie after what was already delivered, each with the picture after it.
     */
    private List<Trin> trin(UUID sagId, List<Fakta> fakta, Set<Long> nye, long daekket, Opslag opslag) {
        List<Trin> ud = new ArrayList<>();
        SagTilstand t = new SagTilstand(sagId);
        Instant kendt = null;
        int i = 0;
        while (i < fakta.size()) {
            Fakta foerste = fakta.get(i);
            Instant tid = kendt == null || foerste.registreret().isAfter(kendt) ? foerste.registreret() : kendt;
            boolean fraBatch = false;
            long indeks = Long.MIN_VALUE;
            String bruger = foerste.bruger();
            do {
                Fakta f = fakta.get(i);
                t.anvend(f);
                fraBatch |= nye.contains(f.indeks());
                indeks = Math.max(indeks, f.indeks());
                i++;
            } while (i < fakta.size() && !fakta.get(i).registreret().isAfter(tid));
            kendt = tid;
            if (fraBatch && indeks > daekket && t.findes()) {
                ud.add(new Trin(sagId, indeks, tid, bruger, opslag.billede(t, LocalDate.ofInstant(tid, DANMARK))));
            }
        }
        return ud;
    }

    /**
     * Reconciliation: recomputes the picture of the given sager (null: every sag) from the facts under the policy in
     * force on {@code nu}'s day and delivers a correcting Opdater ({@link Leveranceaarsag#KORREKTION}, at {@code nu},
     * by {@code bruger}) for each sag whose last delivery shows something else. Run after a policy change, and after a
     * rebuild that changed the feed's rules. Must run in a transaction; returns the sager corrected.
     */
    public List<UUID> afstem(Collection<UUID> sager, Instant nu, String bruger) {
        log.laas(Feed.SAGSINDEKS);
        Collection<UUID> valgte = sager != null ? sager
                : jdbc.queryForList("SELECT DISTINCT noegle FROM feed_sag_fakta", UUID.class);
        List<UUID> rettede = new ArrayList<>();
        Opslag opslag = new Opslag();
        LocalDate dag = LocalDate.ofInstant(nu, DANMARK);
        List<UUID> alle = new ArrayList<>(valgte);
        for (int fra = 0; fra < alle.size(); fra += 500) {
            List<UUID> del = alle.subList(fra, Math.min(alle.size(), fra + 500));
            Map<UUID, List<Fakta>> pr = lager.hent(del);
            Map<UUID, Seneste> seneste = log.seneste(Feed.SAGSINDEKS, del);
            List<Ny> leverancer = new ArrayList<>();
            for (UUID sagId : del) {
                List<Fakta> fakta = pr.getOrDefault(sagId, List.of());
                SagTilstand t = SagTilstand.af(sagId, fakta);
                Seneste s = seneste.get(sagId);
                if (!t.findes() || s == null) {
                    continue;
                }
                Sagsregistrering billede = opslag.billede(t, dag);
                Sagsregistrering forrige = Sagsregistreringer.fraJson(s.indhold());
                if (Sagsbillede.samme(forrige, billede)) {
                    continue;
                }
                Sagsregistrering ny = Sagsbillede.efter(forrige, billede, nu, bruger);
                long indeks = Math.max(s.globaltIndeks(), fakta.get(fakta.size() - 1).indeks());
                UUID id = UUID.nameUUIDFromBytes((Feed.SAGSINDEKS + ":" + sagId + ":korrektion:" + s.loebenummer())
                        .getBytes(StandardCharsets.UTF_8));
                if (kontrolporten.godkendt(Feed.SAGSINDEKS, kontrol, ny, sagId, indeks, nu)) {
                    leverancer.add(new Ny(id, sagId, ny.operation().name(), Leveranceaarsag.KORREKTION, nu, indeks, Sagsregistreringer.json(ny)));
                    rettede.add(sagId);
                }
            }
            log.tilfoej(Feed.SAGSINDEKS, leverancer);
            metrik.leveret(Feed.SAGSINDEKS, Leveranceaarsag.KORREKTION, leverancer.size());
        }
        return rettede;
    }

    /** Per-batch cache of the configuration a sag's picture depends on. */
    private final class Opslag {
        private final Map<String, List<Konfiguration>> konfiguration = new HashMap<>();
        private final Map<String, Visningsregel.Kommuneregel> visningsregler = new HashMap<>();

        Sagsregistrering billede(SagTilstand t, LocalDate dag) {
            String kommune = t.ejer();
            String kle = t.kleNummer();
            Politik politik = Effektiv.for_(konfiguration.computeIfAbsent(kommune, politikker::forKommune), kommune, kle, dag).politik();
            boolean skjul = visningsregler.computeIfAbsent(kommune, visning::forKommune).skjultForBorger(kle, dag);
            String kleTitel = katalog.kleEmne(kle).map(KleEmne::titel).orElse(kle);
            return Sagsbillede.af(t, politik, new Sagsbillede.Rammer(kleTitel, skjul, indstillinger.masterItSystem(),
                    indstillinger.afsenderItSystem()));
        }
    }
}
