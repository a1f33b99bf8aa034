package dk.careledger.indeksfeed.ydelsesindeks;

import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.domain.bevilling.event.BevillingSagTilknyttet;
import dk.careledger.domain.bevilling.event.BevillingStartdatoRettet;
import dk.careledger.domain.sag.event.SagOmklassificeret;
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

    public YdelsesindeksFeedProjektion(JdbcTemplate jdbc, Leverancelog log, Katalog katalog, Kontrol<Ydelsesregistrering> kontrol,
            Feedindstillinger indstillinger, Feedmetrik metrik, Identitetsopslag identitetsopslag, Leverancekontrol kontrolporten) {
        this.jdbc = jdbc;
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
        return List.of("feed_bevilling ORDER BY bevilling_id", "feed_sag_ramme ORDER BY sag_id",
                "leverance WHERE feed = 'YDELSESINDEKS' ORDER BY loebenummer",
                "leverance_seneste WHERE feed = 'YDELSESINDEKS' ORDER BY emne_id",
                "leverance_blokeret WHERE feed = 'YDELSESINDEKS' ORDER BY emne_id, globalt_indeks");
    }

    @Override
    public void nulstil() {
        jdbc.execute("TRUNCATE feed_bevilling, feed_sag_ramme");
    }

    /** What a bevilling takes from its sag. */
    private record Sagsramme(String sagsnummer, String ansvarligEnhed, Foelsomhed foelsomhed) {
    }

    @Override
    public void anvend(List<Haendelse> haendelser) {
        Map<UUID, Sagsramme> nyeSager = new LinkedHashMap<>();
        Map<UUID, Sagsramme> omklassificerede = new LinkedHashMap<>();
        List<Haendelse> bevillingshaendelser = new ArrayList<>();
        Set<UUID> bevillinger = new HashSet<>();
        for (Haendelse h : haendelser) {
            Object e = h.haendelse();
            if (e instanceof SagOprettet s) {
                nyeSager.put(s.sagId().value(), new Sagsramme(s.sagsnummer(), s.ansvarligEnhed(), s.foelsomhed()));
            } else if (e instanceof SagOmklassificeret k) {
                // the unit and følsomhed a bevilling takes from its sag, as corrected (ADR 0022); the sag's bevillinger carry
                // it from their next step, and the reconciliation delivers it to those that take none
                omklassificerede.put(k.sagId().value(), new Sagsramme(null, k.ny().ansvarligEnhed(), k.ny().foelsomhed()));
            } else if (e instanceof BevillingGivet || e instanceof BevillingStartdatoFastsat || e instanceof BevillingAendret
                    || e instanceof BevillingOphoert || e instanceof BevillingBestilt || e instanceof OpfoelgningGennemfoert
                    || e instanceof BevillingStartdatoRettet || e instanceof BevillingSagTilknyttet) {
                bevillingshaendelser.add(h);
                bevillinger.add(UUID.fromString(h.aggregatId()));
            }
        }
        if (!nyeSager.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO feed_sag_ramme (sag_id, sagsnummer, ansvarlig_enhed, foelsomhed) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (sag_id) DO NOTHING", nyeSager.entrySet().stream().map(s -> new Object[] {s.getKey(),
                        s.getValue().sagsnummer(), s.getValue().ansvarligEnhed(), s.getValue().foelsomhed().name()}).toList());
        }
        if (!omklassificerede.isEmpty()) {
            jdbc.batchUpdate("UPDATE feed_sag_ramme SET ansvarlig_enhed = ?, foelsomhed = ? WHERE sag_id = ?",
                    omklassificerede.entrySet().stream().map(s -> new Object[] {s.getValue().ansvarligEnhed(),
                        s.getValue().foelsomhed().name(), s.getKey()}).toList());
        }
        if (bevillingshaendelser.isEmpty()) {
            return;
        }
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

        Leveringer(Map<UUID, Sagsramme> sagsrammer) {
            this.sagsrammer = sagsrammer;
        }

        void trin(YdelseRaekke r, long indeks, Instant tid, String bruger, LocalDate dag, Leveranceaarsag aarsag) {
            Ydelsesdata d = Ydelsesdata.fra(r);
            Bevillingsbillede.Rammer rammer = rammer(d);
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

        private Bevillingsbillede.Rammer rammer(Ydelsesdata d) {
            Sagsramme s = d.sagId() == null ? null : sagsrammer.get(d.sagId());
            String ydelsesnavn = katalog.indsats(d.indsatsKode()).map(Indsats::navn).orElse(d.indsatsKode());
            String kleTitel = katalog.kleEmne(d.kleEmne()).map(KleEmne::titel).orElse(null);
            return new Bevillingsbillede.Rammer(ydelsesnavn, kleTitel, s == null ? null : s.foelsomhed(), s == null ? null : s.sagsnummer(),
                    s == null ? null : s.ansvarligEnhed(), null, indstillinger.masterItSystem(), indstillinger.afsenderItSystem());
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
        return ((BevillingEvent) e).registrering();
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
        jdbc.batchUpdate("INSERT INTO feed_bevilling (bevilling_id, raekke) VALUES (?, ?) ON CONFLICT (bevilling_id) DO UPDATE "
                + "SET raekke = EXCLUDED.raekke", raekker.stream().map(r -> new Object[] {r.bevillingId(), RAEKKE.json(r)}).toList());
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
            PreparedStatement ps = con.prepareStatement("SELECT sag_id, sagsnummer, ansvarlig_enhed, foelsomhed FROM feed_sag_ramme "
                    + "WHERE sag_id = ANY(?)");
            ps.setArray(1, uuidArray(con, sager));
            return ps;
        }, rs -> {
            ud.put(rs.getObject(1, UUID.class), new Sagsramme(rs.getString(2), rs.getString(3), Foelsomhed.valueOf(rs.getString(4))));
        });
        return ud;
    }

}
