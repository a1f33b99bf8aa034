package dk.careledger.indeksfeed.ydelsesindeks;

import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.domain.bevilling.event.BevillingSagTilknyttet;
import dk.careledger.domain.bevilling.event.BevillingStartdatoRettet;
import dk.careledger.domain.sag.event.SagOmklassificeret;
import dk.careledger.domain.forloeb.event.ForloebEvent;
import dk.careledger.domain.forloeb.event.ForloebStartet;
import dk.careledger.domain.indstilling.event.KommuneindstillingEvent;
import dk.careledger.domain.sag.Sagsklassifikation;
import dk.careledger.domain.forloeb.event.SagTilknyttetForloeb;
import dk.careledger.domain.indstilling.Sagsbegreb;
import dk.careledger.domain.indstilling.event.SagsbegrebFastsat;
import dk.careledger.projection.sag.politik.laesning.Effektiv;
import dk.careledger.projection.sag.politik.laesning.Politikindstilling;
import dk.careledger.projection.sag.politik.laesning.Politikindstillinger;
import dk.careledger.projection.sag.sagsbegreb.laesning.Sagsbegrebsberegning;
import dk.careledger.projection.sag.sagsbegreb.laesning.VariantSag;
import dk.careledger.domain.felles.Tidszone;
import static dk.careledger.projection.jdbc.Sqlvaerdi.uuidArray;

import dk.careledger.domain.bevilling.event.BevillingAendret;
import dk.careledger.domain.bevilling.event.BevillingBestilt;
import dk.careledger.domain.bevilling.event.BevillingGivet;
import dk.careledger.domain.bevilling.event.BevillingOphoert;
import dk.careledger.domain.bevilling.event.BevillingStartdatoFastsat;
import dk.careledger.domain.bevilling.event.OpfoelgningGennemfoert;
import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.katalog.Indsats;
import dk.careledger.domain.katalog.Katalog;
import dk.careledger.domain.katalog.KleEmne;
import dk.careledger.domain.sag.event.SagOprettet;
import dk.careledger.indeksfeed.Feed;
import dk.careledger.indeksfeed.Feedindstillinger;
import dk.careledger.indeksfeed.Feedjson;
import dk.careledger.indeksfeed.Feedmetrik;
import dk.careledger.indeksfeed.Identitetsopslag;
import dk.careledger.indeksfeed.Kontrol;
import dk.careledger.indeksfeed.Leverancekontrol;
import dk.careledger.indeksfeed.Leveranceaarsag;
import dk.careledger.indeksfeed.Leverancelog;
import dk.careledger.indeksfeed.Leverancelog.Ny;
import dk.careledger.indeksfeed.Leverancelog.Seneste;
import dk.careledger.indeksfeed.sagsindeks.Primaerpart;
import dk.careledger.indeksfeed.ydelsesindeks.Ydelsesregistrering.Operation;
import dk.careledger.projection.motor.Haendelse;
import dk.careledger.projection.motor.Projektion;
import dk.careledger.projection.ydelse.laesning.YdelseRaekke;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Ydelsesindeks feed (issue 4 item 2): for every bevilling with a startdato, its BevillingIndeks registration —
 * Importer first, then an Opdater for every work step that changes what the index shows — and, for ydelser that pay
 * money, one økonomisk effektuering per month begun (each its own subject with its own Importer/Opdater), appended to
 * the {@link Leverancelog}. Leveringer do not change the bevilling's registration (the index has no non-economic
 * effektuering, brief §1.3), so they are not even read.
 *
 * <p>A bevilling whose citizen cannot be named to the index (anonymous, or without CPR and without a name — the
 * Bevillingspart, the ydelsesmodtager, is obligatory and must be a person URN) is not delivered: it is not a failed check
 * but a bevilling the index cannot hold.
 *
 * <p>Working state: each bevilling's {@link YdelseRaekke} (folded as the ydelse projection folds it) and what a
 * bevilling takes from its sag (sagsnummer, ansvarlig enhed, følsomhed). Every bevilling event is one work step. As in
 * the Sagsindeks feed, a step already covered by a subject's delivery is never delivered again, so rebuilding the
 * working state appends nothing; months that begin without any event (an ongoing cash ydelse) and anything a rebuild
 * would now show differently are delivered by {@link #afstem}.
 *
 * <p><b>Which sag the Bevillingssag names</b> (issue 15 item 6): the index sag the Sagsindeks holds for the bevilling's
 * sag under the case concept in force for that sag's kommune and KLE on the step's day — the ledger sag under
 * enkeltsager; the citizen's borgersag for the sag's KLE gruppe under borgersag per område; under FSIII per forløb the
 * forløb's sag when the sag is tied to a forløb that is under that variant too, else the ledger sag (ADR 0014; the ids
 * and numbers are {@link VariantSag#borgersag}, {@link VariantSag#forloebssag} and {@link VariantSag#borgersagsnummer}, as
 * the Sagsindeks feed makes them). A fact that regroups — a kommune's {@link SagsbegrebFastsat}, a sag tied to a forløb —
 * is a work step for the bevillinger it regroups, so receivers get an Opdater pointing at the sag the index still has.
 */
@Component
public class YdelsesindeksFeedProjektion implements Projektion {
    private static final Feedjson<YdelseRaekke> RAEKKE = Feedjson.af(YdelseRaekke.class, "ydelsesrække");

    private final JdbcTemplate jdbc;
    private final Leverancelog log;
    private final Katalog katalog;
    private final Kontrol<Ydelsesregistrering> kontrol;
    private final Feedindstillinger indstillinger;
    private final Feedmetrik metrik;
    private final Identitetsopslag identitetsopslag;
    private final Leverancekontrol kontrolporten;
    private final Politikindstillinger politikker;

    public YdelsesindeksFeedProjektion(JdbcTemplate jdbc, Leverancelog log, Katalog katalog, Kontrol<Ydelsesregistrering> kontrol,
            Feedindstillinger indstillinger, Feedmetrik metrik, Identitetsopslag identitetsopslag, Leverancekontrol kontrolporten,
            Politikindstillinger politikker) {
        this.jdbc = jdbc;
        this.politikker = politikker;
        this.kontrolporten = kontrolporten;
        this.identitetsopslag = identitetsopslag;
        this.log = log;
        this.katalog = katalog;
        this.kontrol = kontrol;
        this.indstillinger = indstillinger;
        this.metrik = metrik;
    }

    @Override
    public String navn() {
        return "ydelsesindeks-feed";
    }

    /**
     * Self-contained: it reads only its own working state, the configuration tables and its own rows of the delivery
     * log (under the feed's advisory lock), so a rebuild may apply it on a lane of its own.
     */
    @Override
    public boolean selvstaendig() {
        return true;
    }

    /** The working state and the log (compared by the rebuild test; {@link #nulstil} empties only the working state). */
    @Override
    public List<String> tabeller() {
        return List.of("feed_bevilling ORDER BY bevilling_id", "feed_sag_ramme ORDER BY sag_id", "feed_forloeb_ramme ORDER BY forloeb_id",
                "leverance WHERE feed = 'YDELSESINDEKS' ORDER BY loebenummer",
                "leverance_seneste WHERE feed = 'YDELSESINDEKS' ORDER BY emne_id",
                "leverance_blokeret WHERE feed = 'YDELSESINDEKS' ORDER BY emne_id, globalt_indeks");
    }

    @Override
    public void nulstil() {
        jdbc.execute("TRUNCATE feed_bevilling, feed_sag_ramme, feed_forloeb_ramme");
    }

    /**
     * What a bevilling takes from its sag, and what decides the sag's index sag: its kommune, KLE, citizen and the forløb
     * it is tied to (null if none).
     */
    private record Sagsramme(String sagsnummer, String ansvarligEnhed, Foelsomhed foelsomhed, String ejer, String kle, UUID borgerId,
            UUID forloebId) {
    }

    /** What decides whether a forløb's sag is an index sag: the forløb's kommune and KLE. */
    private record Forloebsramme(String kommune, String kle) {
    }

    /** A work step for one bevilling that no bevilling event of its own brings (a regrouping). */
    private record Omgruppering(UUID bevillingId, Haendelse aarsag) {
    }

    @Override
    public void anvend(List<Haendelse> haendelser) {
        Map<UUID, Sagsramme> nyeSager = new LinkedHashMap<>();
        Map<UUID, Sagsklassifikation> omklassificerede = new LinkedHashMap<>();
        Map<UUID, Forloebsramme> nyeForloeb = new LinkedHashMap<>();
        Map<UUID, UUID> tilknytninger = new LinkedHashMap<>();
        List<Haendelse> omgrupperinger = new ArrayList<>();
        List<Haendelse> bevillingshaendelser = new ArrayList<>();
        Set<UUID> bevillinger = new HashSet<>();
        for (Haendelse h : haendelser) {
            Object e = h.haendelse();
            if (e instanceof SagOprettet s) {
                nyeSager.put(s.sagId().value(), new Sagsramme(s.sagsnummer(), s.ansvarligEnhed(), s.foelsomhed(), s.ejer().value(),
                        s.kleNummer(), s.borgerId().value(), null));
            } else if (e instanceof SagOmklassificeret k) {
                // the unit, følsomhed and KLE a bevilling takes from its sag, as corrected (ADR 0022); the sag's bevillinger
                // carry it from their next step, and the reconciliation delivers it to those that take none
                omklassificerede.put(k.sagId().value(), k.ny());
            } else if (e instanceof ForloebStartet f) {
                nyeForloeb.put(f.forloebId().value(), new Forloebsramme(f.registrering().kommune().value(), f.kleNummer()));
            } else if (e instanceof SagTilknyttetForloeb t) {
                tilknytninger.put(t.sagId().value(), t.forloebId().value());
                omgrupperinger.add(h);
            } else if (e instanceof SagsbegrebFastsat) {
                omgrupperinger.add(h);
            } else if (e instanceof BevillingGivet || e instanceof BevillingStartdatoFastsat || e instanceof BevillingAendret
                    || e instanceof BevillingOphoert || e instanceof BevillingBestilt || e instanceof OpfoelgningGennemfoert
                    || e instanceof BevillingStartdatoRettet || e instanceof BevillingSagTilknyttet) {
                bevillingshaendelser.add(h);
                bevillinger.add(UUID.fromString(h.aggregatId()));
            }
        }
        if (!nyeSager.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO feed_sag_ramme (sag_id, sagsnummer, ansvarlig_enhed, foelsomhed, ejer, kle_nummer, borger_id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (sag_id) DO NOTHING", nyeSager.entrySet().stream().map(s -> new Object[] {s.getKey(),
                        s.getValue().sagsnummer(), s.getValue().ansvarligEnhed(), s.getValue().foelsomhed().name(), s.getValue().ejer(),
                        s.getValue().kle(), s.getValue().borgerId()}).toList());
        }
        if (!omklassificerede.isEmpty()) {
            jdbc.batchUpdate("UPDATE feed_sag_ramme SET ansvarlig_enhed = ?, foelsomhed = ?, kle_nummer = ? WHERE sag_id = ?",
                    omklassificerede.entrySet().stream().map(s -> new Object[] {s.getValue().ansvarligEnhed(),
                        s.getValue().foelsomhed().name(), s.getValue().kleNummer(), s.getKey()}).toList());
        }
        if (!nyeForloeb.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO feed_forloeb_ramme (forloeb_id, kommune, kle_nummer) VALUES (?, ?, ?) ON CONFLICT (forloeb_id) "
                    + "DO NOTHING", nyeForloeb.entrySet().stream().map(f -> new Object[] {f.getKey(), f.getValue().kommune(),
                        f.getValue().kle()}).toList());
        }
        if (!tilknytninger.isEmpty()) {
            // a sag tied to several forløb is grouped under the first, as the Sagsindeks' forløb rows take it (by start)
            jdbc.batchUpdate("UPDATE feed_sag_ramme SET forloeb_id = ? WHERE sag_id = ? AND forloeb_id IS NULL",
                    tilknytninger.entrySet().stream().map(t -> new Object[] {t.getValue(), t.getKey()}).toList());
        }
        if (bevillingshaendelser.isEmpty() && omgrupperinger.isEmpty()) {
            return;
        }
        List<Omgruppering> omgrupperede = omgrupperede(omgrupperinger);
        omgrupperede.forEach(o -> bevillinger.add(o.bevillingId()));
        Map<UUID, YdelseRaekke> raekker = hentRaekker(bevillinger);
        List<YdelseRaekke> efter = new ArrayList<>(bevillingshaendelser.size());
        for (Haendelse h : bevillingshaendelser) {
            UUID id = UUID.fromString(h.aggregatId());
            YdelseRaekke r = h.haendelse() instanceof BevillingGivet g ? YdelseRaekke.givet(g)
                    : raekker.containsKey(id) ? raekker.get(id).anvend(h.haendelse()) : null;
            if (r != null) {
                raekker.put(id, r);
            }
            efter.add(r);
        }
        log.laas(Feed.YDELSESINDEKS);
        Leveringer leveringer = new Leveringer(sagsrammer(raekker.values()));
        for (int i = 0; i < efter.size(); i++) {
            if (efter.get(i) == null) {
                continue;
            }
            Haendelse h = bevillingshaendelser.get(i);
            Registrering reg = registrering(h.haendelse());
            LocalDate dag = LocalDate.ofInstant(reg.registreringstid(), Tidszone.DANMARK);
            leveringer.trin(efter.get(i), h.globalIndeks(), reg.registreringstid(), reg.aktoer().brugerId(), dag, Leveranceaarsag.HAENDELSE);
        }
        for (Omgruppering o : omgrupperede) {
            // the bevilling as it stands after this batch: a regrouping fact in the batch comes after none of its own steps
            // that matter here, because the step only re-points the Bevillingssag
            YdelseRaekke r = raekker.get(o.bevillingId());
            if (r != null) {
                Registrering reg = registrering(o.aarsag().haendelse());
                leveringer.trin(r, o.aarsag().globalIndeks(), reg.registreringstid(), reg.aktoer().brugerId(),
                        LocalDate.ofInstant(reg.registreringstid(), Tidszone.DANMARK), Leveranceaarsag.HAENDELSE);
            }
        }
        gemRaekker(raekker.values());
        leveringer.skriv(Leveranceaarsag.HAENDELSE);
    }

    /**
     * Reconciliation: every bevilling's registration and effektueringer as of {@code nu}'s day, delivered where they
     * differ from what was last given (new months of an ongoing cash ydelse, anything a changed rule now shows
     * differently), with {@link Leveranceaarsag#KORREKTION}, at {@code nu}, by {@code bruger}. Must run in a
     * transaction; returns the subjects delivered.
     */
    public List<UUID> afstem(Instant nu, String bruger) {
        log.laas(Feed.YDELSESINDEKS);
        LocalDate dag = LocalDate.ofInstant(nu, Tidszone.DANMARK);
        Long hoved = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
        List<UUID> leveret = new ArrayList<>();
        List<UUID> alle = jdbc.queryForList("SELECT bevilling_id FROM feed_bevilling ORDER BY bevilling_id", UUID.class);
        for (int fra = 0; fra < alle.size(); fra += 500) {
            Map<UUID, YdelseRaekke> raekker = hentRaekker(alle.subList(fra, Math.min(alle.size(), fra + 500)));
            Leveringer leveringer = new Leveringer(sagsrammer(raekker.values()));
            leveringer.korrektion = true;
            for (YdelseRaekke r : raekker.values()) {
                leveringer.trin(r, hoved == null ? 0 : hoved, nu, bruger, dag, Leveranceaarsag.KORREKTION);
            }
            leveret.addAll(leveringer.skriv(Leveranceaarsag.KORREKTION));
        }
        return leveret;
    }

    /** Collects one batch's deliveries, subject by subject, against what each subject was last given. */
    private final class Leveringer {
        private final Map<UUID, Sagsramme> sagsrammer;
        private final Map<UUID, Ydelsesregistrering> givet = new HashMap<>();
        private final Map<UUID, Long> daekket = new HashMap<>();
        private final Set<UUID> hentet = new HashSet<>();
        private final List<Ny> nye = new ArrayList<>();
        private final Map<UUID, Boolean> identificerbar = new HashMap<>();
        private boolean korrektion;
        private final Map<String, List<Politikindstilling>> konfiguration = new HashMap<>();
        private final Map<UUID, Forloebsramme> forloebsrammer = new HashMap<>();

        Leveringer(Map<UUID, Sagsramme> sagsrammer) {
            this.sagsrammer = sagsrammer;
        }

        void trin(YdelseRaekke r, long indeks, Instant tid, String bruger, LocalDate dag, Leveranceaarsag aarsag) {
            Ydelsesdata d = Ydelsesdata.fra(r);
            Bevillingsbillede.Rammer rammer = rammer(d, dag);
            List<Ydelsesregistrering> billeder = new ArrayList<>();
            Bevillingsbillede.af(d, rammer).ifPresent(billeder::add);
            billeder.addAll(Effektueringsbillede.af(d, rammer, dag));
            hent(billeder.stream().map(Ydelsesregistrering::emne).toList());
            for (Ydelsesregistrering b : billeder) {
                UUID emne = b.emne();
                if (!korrektion && indeks <= daekket.getOrDefault(emne, Long.MIN_VALUE)) {
                    continue;
                }
                Ydelsesregistrering forrige = givet.get(emne);
                if (samme(forrige, b)) {
                    continue;
                }
                // looked up only when something would be delivered: a rebuild, which delivers nothing, resolves no citizen
                if (!identificerbar.computeIfAbsent(r.borgerId(), borger -> Primaerpart.af(identitetsopslag, borger).isPresent())) {
                    return;
                }
                Operation op = forrige == null ? Operation.IMPORTER : Operation.OPDATER;
                Ydelsesregistrering ny = medTrin(b, op, tid, bruger);
                if (kontrolporten.godkendt(Feed.YDELSESINDEKS, kontrol, ny, emne, Math.max(indeks, daekket.getOrDefault(emne, Long.MIN_VALUE)),
                        tid)) {
                    UUID id = UUID.nameUUIDFromBytes((Feed.YDELSESINDEKS + ":" + emne + ":" + (aarsag == Leveranceaarsag.KORREKTION
                            ? "korrektion:" + tid : Long.toString(indeks))).getBytes(StandardCharsets.UTF_8));
                    nye.add(new Ny(id, emne, op.name(), aarsag, tid, Math.max(indeks, daekket.getOrDefault(emne, Long.MIN_VALUE)),
                            Ydelsesregistreringer.json(ny)));
                    givet.put(emne, ny);
                    daekket.put(emne, Math.max(indeks, daekket.getOrDefault(emne, Long.MIN_VALUE)));
                }
            }
        }

        List<UUID> skriv(Leveranceaarsag aarsag) {
            log.tilfoej(Feed.YDELSESINDEKS, nye);
            metrik.leveret(Feed.YDELSESINDEKS, aarsag, nye.size());
            return nye.stream().map(Ny::emneId).toList();
        }

        private void hent(List<UUID> emner) {
            List<UUID> mangler = emner.stream().filter(e -> !hentet.contains(e)).toList();
            if (mangler.isEmpty()) {
                return;
            }
            hentet.addAll(mangler);
            log.seneste(Feed.YDELSESINDEKS, mangler).forEach((emne, s) -> {
                givet.put(emne, Ydelsesregistreringer.fraJson(s.indhold()));
                daekket.put(emne, s.globaltIndeks());
            });
        }

        private Bevillingsbillede.Rammer rammer(Ydelsesdata d, LocalDate dag) {
            Sagsramme s = d.sagId() == null ? null : sagsrammer.get(d.sagId());
            String ydelsesnavn = katalog.indsats(d.indsatsKode()).map(Indsats::navn).orElse(d.indsatsKode());
            String kleTitel = katalog.kleEmne(d.kleEmne()).map(KleEmne::titel).orElse(null);
            Bevillingsregistrering.Bevillingssag sag = s == null ? null : indekssag(d.sagId(), s, dag);
            return new Bevillingsbillede.Rammer(ydelsesnavn, kleTitel, s == null ? null : s.foelsomhed(), sag,
                    s == null ? null : s.ansvarligEnhed(), null, indstillinger.masterItSystem(), indstillinger.afsenderItSystem());
        }

        /** The index sag that holds the ledger sag on the day (the class comment). */
        private Bevillingsregistrering.Bevillingssag indekssag(UUID sagId, Sagsramme s, LocalDate dag) {
            switch (sagsbegreb(s.ejer(), s.kle(), dag)) {
                case BORGERSAG_PR_OMRAADE -> {
                    String gruppe = Sagsbegrebsberegning.gruppe(s.kle());
                    UUID id = VariantSag.borgersag(s.borgerId(), s.ejer(), gruppe);
                    return new Bevillingsregistrering.Bevillingssag(id, VariantSag.borgersagsnummer(gruppe, id));
                }
                case FSIII_PR_FORLOEB -> {
                    Forloebsramme f = s.forloebId() == null ? null : forloeb(s.forloebId());
                    if (f != null && sagsbegreb(f.kommune(), f.kle(), dag) == Sagsbegreb.FSIII_PR_FORLOEB) {
                        UUID id = VariantSag.forloebssag(s.forloebId());
                        return new Bevillingsregistrering.Bevillingssag(id, VariantSag.forloebssagsnummer(id));
                    }
                    return new Bevillingsregistrering.Bevillingssag(sagId, s.sagsnummer());
                }
                default -> {
                    return new Bevillingsregistrering.Bevillingssag(sagId, s.sagsnummer());
                }
            }
        }

        private Sagsbegreb sagsbegreb(String kommune, String kle, LocalDate dag) {
            return Effektiv.for_(konfiguration.computeIfAbsent(kommune, politikker::forKommune), kommune, kle, dag).sagsbegreb();
        }

        private Forloebsramme forloeb(UUID forloebId) {
            return forloebsrammer.computeIfAbsent(forloebId, id -> jdbc.query("SELECT kommune, kle_nummer FROM feed_forloeb_ramme "
                    + "WHERE forloeb_id = ?", (rs, n) -> new Forloebsramme(rs.getString(1), rs.getString(2)), id).stream().findFirst()
                    .orElse(null));
        }

    }

    private static boolean samme(Ydelsesregistrering a, Ydelsesregistrering b) {
        if (a instanceof Bevillingsregistrering x && b instanceof Bevillingsregistrering y) {
            return Bevillingsbillede.samme(x, y);
        }
        if (a instanceof Effektueringsregistrering x && b instanceof Effektueringsregistrering y) {
            return Effektueringsbillede.samme(x, y);
        }
        return false;
    }

    private static Ydelsesregistrering medTrin(Ydelsesregistrering r, Operation op, Instant tid, String bruger) {
        return r instanceof Bevillingsregistrering b ? Bevillingsbillede.medTrin(b, op, tid, bruger)
                : Effektueringsbillede.medTrin((Effektueringsregistrering) r, op, tid, bruger);
    }

    private static Registrering registrering(Object e) {
        if (e instanceof BevillingEvent b) {
            return b.registrering();
        }
        if (e instanceof ForloebEvent f) {
            return f.registrering();
        }
        return ((KommuneindstillingEvent) e).registrering();
    }

    /** The bevillinger each regrouping fact of the batch regroups: those on the sag tied to a forløb, or on the kommune's sager. */
    private List<Omgruppering> omgrupperede(List<Haendelse> omgrupperinger) {
        List<Omgruppering> ud = new ArrayList<>();
        for (Haendelse h : omgrupperinger) {
            if (h.haendelse() instanceof SagTilknyttetForloeb t) {
                jdbc.query("SELECT bevilling_id FROM feed_bevilling WHERE sag_id = ? ORDER BY bevilling_id",
                        rs -> {
                            ud.add(new Omgruppering(rs.getObject(1, UUID.class), h));
                        }, t.sagId().value());
            } else if (h.haendelse() instanceof SagsbegrebFastsat f) {
                jdbc.query("SELECT b.bevilling_id FROM feed_bevilling b JOIN feed_sag_ramme s ON s.sag_id = b.sag_id "
                        + "WHERE s.ejer = ? AND starts_with(s.kle_nummer, ?) ORDER BY b.bevilling_id", rs -> {
                            ud.add(new Omgruppering(rs.getObject(1, UUID.class), h));
                        }, f.kommune().value(), f.klePraefiks());
            }
        }
        return ud;
    }

    private Map<UUID, YdelseRaekke> hentRaekker(Collection<UUID> bevillinger) {
        Map<UUID, YdelseRaekke> ud = new LinkedHashMap<>();
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("SELECT bevilling_id, raekke FROM feed_bevilling WHERE bevilling_id = ANY(?) "
                    + "ORDER BY bevilling_id");
            ps.setArray(1, uuidArray(con, bevillinger));
            return ps;
        }, rs -> {
            ud.put(rs.getObject(1, UUID.class), RAEKKE.fraJson(rs.getString(2)));
        });
        return ud;
    }

    private void gemRaekker(Collection<YdelseRaekke> raekker) {
        jdbc.batchUpdate("INSERT INTO feed_bevilling (bevilling_id, raekke, sag_id) VALUES (?, ?, ?) ON CONFLICT (bevilling_id) DO UPDATE "
                + "SET raekke = EXCLUDED.raekke, sag_id = EXCLUDED.sag_id", raekker.stream().map(r -> new Object[] {r.bevillingId(),
                    RAEKKE.json(r), r.sagId()}).toList());
    }

    private Map<UUID, Sagsramme> sagsrammer(Collection<YdelseRaekke> raekker) {
        Set<UUID> sager = new HashSet<>();
        raekker.forEach(r -> {
            if (r.sagId() != null) {
                sager.add(r.sagId());
            }
        });
        Map<UUID, Sagsramme> ud = new HashMap<>();
        if (sager.isEmpty()) {
            return ud;
        }
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("SELECT sag_id, sagsnummer, ansvarlig_enhed, foelsomhed, ejer, kle_nummer, borger_id, "
                    + "forloeb_id FROM feed_sag_ramme WHERE sag_id = ANY(?)");
            ps.setArray(1, uuidArray(con, sager));
            return ps;
        }, rs -> {
            ud.put(rs.getObject(1, UUID.class), new Sagsramme(rs.getString(2), rs.getString(3), Foelsomhed.valueOf(rs.getString(4)),
                    rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class), rs.getObject(8, UUID.class)));
        });
        return ud;
    }

}
