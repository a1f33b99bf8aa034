package dk.careledger.app.benchmark;

import dk.careledger.app.adgang.UmaaltAdgang;
import dk.careledger.app.bevis.Bevislog;
import dk.careledger.app.bevis.Bevisnoegle;
import dk.careledger.app.bevis.Forsegler;
import dk.careledger.app.bevis.Verifikation;
import dk.careledger.app.testsupport.Testtokens;
import static dk.careledger.app.benchmark.Statistik.forhold;
import static dk.careledger.app.benchmark.Statistik.heapMB;

import dk.careledger.arbejdsbyrde.Arbejdsbyrde;
import dk.careledger.arbejdsbyrde.Bulkindlaeser;
import dk.careledger.arbejdsbyrde.GenereretBorger;
import dk.careledger.arbejdsbyrde.Parametre;
import dk.careledger.arbejdsbyrde.SyntetiskKryptering;
import dk.careledger.projection.motor.Projektion;
import dk.careledger.projection.motor.Projektionsmotor;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark harness (issue 5): one run measures, with its baselines from the same run,
 * <ol>
 *   <li><b>load</b>: a generated municipal history (the deterministic generator, through the deciders) bulk-loaded
 *       in the stored format; then the projections catch up with it live;</li>
 *   <li><b>the ceiling</b>: PostgreSQL's own multi-row INSERT, COPY and ordered read of the same rows
 *       ({@link Loftmaaling});</li>
 *   <li><b>rebuild</b>: every projection together from zero, and each on its own, with the engine;</li>
 *   <li><b>queries</b>: a citizen overview, a sag timeline, a feed page (XML and JSON), and the HTTP floor;</li>
 *   <li><b>append</b> through the real command path at 1, 8 and 32 clients, new aggregates (henvendelser) and long
 *       streams (leveringer on bevillinger with the longest histories), with the projections' lag meanwhile
 *       ({@link Tilfoejelsesmaaling});</li>
 *   <li><b>the proof</b> (ADR 0024): sealing and verifying the loaded log, and append at the most clients with the leaf
 *       hashing on and off in turns;</li>
 *   <li><b>the peer</b>: the same projections through an Axon tracking processor at its default settings (batch size 1);</li>
 * </ol>
 * and the heap after each phase. Every rate is the median of the repetitions the {@link Indstillinger} ask for, and is
 * also given as a ratio to its ceiling and to the peer. The peer runs last: it empties the projections it feeds.
 */
final class Benchmarkharness {
    private static final ZoneId TIDSZONE = ZoneId.of("Europe/Copenhagen");
    private static final long SEED = 4242L;
    private static final int BORGERE_TIL_HENVENDELSER = 64;

    private final Indstillinger ind;
    private final Bulkindlaeser bulkindlaeser;
    private final Projektionsmotor motor;
    private final List<Projektion> projektioner;
    private final AxonPeerProjektioner peer;
    private final TrackingEventProcessor peerProcessor;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final int port;
    private final Fremskridt fremskridt;
    private final Forsegler forsegler;
    private final Bevisnoegle bevisnoegle;

    Benchmarkharness(Indstillinger ind, Bulkindlaeser bulkindlaeser, Projektionsmotor motor, List<Projektion> projektioner,
            AxonPeerProjektioner peer, TrackingEventProcessor peerProcessor, JdbcTemplate jdbc, DataSource dataSource, int port,
            Fremskridt fremskridt, Forsegler forsegler, Bevisnoegle bevisnoegle) {
        this.forsegler = forsegler;
        this.bevisnoegle = bevisnoegle;
        this.ind = ind;
        this.bulkindlaeser = bulkindlaeser;
        this.motor = motor;
        this.projektioner = projektioner;
        this.peer = peer;
        this.peerProcessor = peerProcessor;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.port = port;
        this.fremskridt = fremskridt;
    }

    Map<String, Object> koer() throws Exception {
        // the peer stays off until its own phase, so it never writes the projection tables alongside the engine
        peerProcessor.shutDown();
        Map<String, Object> r = new LinkedHashMap<>();
        Map<String, Object> heap = new LinkedHashMap<>();
        r.put("dato", Instant.now().toString());
        r.put("maskine", maskine());
        r.put("indstillinger", ind.somKort());
        fremskridt.meld("modus %s: %d borgere, %d dage, %d kommuner", ind.modus(), ind.borgere(), ind.dage(), ind.kommuner());

        Arbejdsbyrde byrde = Arbejdsbyrde.af(Parametre.af(SEED, ind.borgere(), ind.dage(), ind.kommuner()));
        r.put("indlaesning", indlaes(byrde));
        long haendelser = (Long) ((Map<?, ?>) r.get("indlaesning")).get("haendelser");
        heap.put("efterIndlaesning", heapMB());
        Map<String, Object> bevis = new LinkedHashMap<>();
        bevis.put("efterIndlaesning", bevis("efter indlæsningen"));
        r.put("bevis", bevis);

        Map<String, Object> loft = new Loftmaaling(dataSource, fremskridt).maal((int) Math.min(ind.loftRaekker(), haendelser),
                ind.genopbygninger());
        r.put("loft", loft);
        heap.put("efterLoft", heapMB());

        r.put("genopbygning", genopbygning(haendelser));
        heap.put("efterGenopbygning", heapMB());

        r.put("forespoergsler", forespoergsler(byrde.borgere()));
        heap.put("efterForespoergsler", heapMB());

        r.put("tilfoejelse", tilfoejelse(byrde));
        heap.put("efterTilfoejelse", heapMB());
        // the windows with hashing off left no hole in the proof: the whole log still verifies
        bevis.put("efterTilfoejelse", bevis("efter tilføjelsen"));

        r.put("peer", peer());
        heap.put("efterPeer", heapMB());
        r.put("heapMB", heap);
        r.put("forhold", forholdene(r));
        fremskridt.meld("færdig");
        return r;
    }

    private static Map<String, Object> maskine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kerner", Runtime.getRuntime().availableProcessors());
        m.put("hukommelseGB", Math.round(((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() / (double) (1L << 30) * 10) / 10.0);
        m.put("maksHeapMB", Runtime.getRuntime().maxMemory() / (1 << 20));
        m.put("java", System.getProperty("java.version"));
        return m;
    }

    private Map<String, Object> indlaes(Arbejdsbyrde byrde) {
        Map<String, Object> m = new LinkedHashMap<>();
        Bulkindlaeser.Resultat resultat = bulkindlaeser.indlaes(byrde, new SyntetiskKryptering(), (n, t) -> {
            if (n % 100_000 < Bulkindlaeser.STANDARD_CHUNK) {
                fremskridt.meld("indlæst %,d hændelser på %d s", n, t.toSeconds());
            }
        });
        long haendelser = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        m.put("haendelser", haendelser);
        m.put("postgresql", jdbc.queryForObject("SHOW server_version", String.class));
        m.put("bulkPrSekund", Math.round(resultat.haendelserPrSekund()));
        m.put("prType", resultat.prType());
        long t0 = System.nanoTime();
        vent("catching up with the loaded history");
        double sek = (System.nanoTime() - t0) / 1e9;
        m.put("indhentningSekunder", Statistik.rund(sek));
        fremskridt.meld("%,d hændelser indlæst (%,d/s); projektionerne indhentede dem på %.1f s", haendelser,
                Math.round(resultat.haendelserPrSekund()), sek);
        return m;
    }

    private Map<String, Object> genopbygning(long haendelser) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Double> alle = new ArrayList<>();
        for (int i = 0; i < ind.genopbygninger(); i++) {
            double rate = haendelser / genopbyg(List.of());
            alle.add(rate);
            fremskridt.meld("genopbygning af alle %d/%d: %,.0f hændelser/s", i + 1, ind.genopbygninger(), rate);
        }
        m.put("allePrSekund", Loftmaaling.rater(alle));
        Map<String, Object> pr = new LinkedHashMap<>();
        for (String navn : motor.navne()) {
            List<Double> rater = new ArrayList<>();
            for (int i = 0; i < ind.genopbygningerPrProjektion(); i++) {
                rater.add(haendelser / genopbyg(List.of(navn)));
            }
            pr.put(navn, Loftmaaling.rater(rater));
            fremskridt.meld("genopbygning af %s: %,.0f hændelser/s", navn, Statistik.median(rater));
        }
        m.put("prProjektion", pr);
        return m;
    }

    /** Rebuilds the named projections (none: all) and returns the seconds until they are live again. */
    private double genopbyg(List<String> navne) {
        long t0 = System.nanoTime();
        motor.genopbyg(navne);
        vent("rebuilding " + (navne.isEmpty() ? "every projection" : navne));
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * The citizen overview as known at an instant (issue 17 item 2, ADR 0026), as a revisor of the citizen's kommune: each
     * request a random citizen and a random instant between the record time of the citizen's first fact and now (or the
     * last fact, if the generated history lies ahead), so the replay holds from one to all of the citizen's facts.
     */
    private Map<String, Object> kendtPr(Forespoergselsmaaling f, int n, List<GenereretBorger> borgere) throws Exception {
        Instant nu = Instant.now().minusSeconds(1);
        Map<UUID, Instant> foerste = new HashMap<>();
        jdbc.query("SELECT borger_id, min(registreret) FROM handling WHERE borger_id IS NOT NULL GROUP BY borger_id",
                rs -> {
                    foerste.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant());
                });
        Instant sidste = jdbc.queryForObject("SELECT max(registreret) FROM handling", Timestamp.class).toInstant();
        Instant til = sidste.isAfter(nu) ? nu : sidste;
        List<GenereretBorger> kendte = borgere.stream().filter(b -> foerste.containsKey(b.borgerId().value()) && !foerste.get(b.borgerId().value()).isAfter(til))
                .toList();
        return f.maalSom(n, "application/json", rnd -> {
            GenereretBorger b = kendte.get(rnd.nextInt(kendte.size()));
            Instant fra = foerste.get(b.borgerId().value());
            Instant t = fra.plusMillis(rnd.nextLong(Math.max(1, til.toEpochMilli() - fra.toEpochMilli())));
            return new Forespoergselsmaaling.Forespoergsel("/api/borgere/" + b.borgerId() + "/overblik?kendtPr=" + t,
                    Testtokens.bearer("bm-revisor", "REVISOR", b.kommune().cvr().value()));
        });
    }

    /**
     * A kommune's worklist of henvendelser not yet handled (the generated history hands none, so it is the longest list), as a
     * revisor: live, and as known at a random instant of the history (ADR 0031: the same query over the versions valid then),
     * over the kommuner that own the sager.
     */
    private Map<String, Object> arbejdslister(Forespoergselsmaaling f, int n, List<Map<String, Object>> sager) throws Exception {
        List<String> kommuner = sager.stream().map(s -> (String) s.get("ejer")).distinct().sorted().toList();
        Instant fra = jdbc.queryForObject("SELECT min(registreret_fra) FROM arbejdsliste_henvendelse_historik", Timestamp.class).toInstant();
        Instant til = Instant.now().minusSeconds(1);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("arbejdslisteHenvendelser", f.maalSom(n, "application/json", rnd -> {
            String kommune = kommuner.get(rnd.nextInt(kommuner.size()));
            return new Forespoergselsmaaling.Forespoergsel("/api/arbejdslister/henvendelser", Testtokens.bearer("bm-revisor", "REVISOR", kommune));
        }));
        m.put("arbejdslisteHenvendelserKendtPr", f.maalSom(n, "application/json", rnd -> {
            String kommune = kommuner.get(rnd.nextInt(kommuner.size()));
            Instant t = fra.plusMillis(rnd.nextLong(Math.max(1, til.toEpochMilli() - fra.toEpochMilli())));
            return new Forespoergselsmaaling.Forespoergsel("/api/arbejdslister/henvendelser?kendtPr=" + t,
                    Testtokens.bearer("bm-revisor", "REVISOR", kommune));
        }));
        return m;
    }

    private void vent(String hvad) {
        if (!motor.venTilAjour(Duration.ofMinutes(60))) {
            throw new IllegalStateException("the projections did not finish " + hvad + ": " + motor.status());
        }
    }

    private Map<String, Object> forespoergsler(List<GenereretBorger> borgere) throws Exception {
        Forespoergselsmaaling f = new Forespoergselsmaaling(port);
        Map<String, Object> m = new LinkedHashMap<>();
        int n = ind.forespoergsler();
        m.put("gulv", f.maal(n, "application/json", rnd -> "/actuator/health"));
        // every query as a caseworker (or the integration) of the kommune that owns what is read: tokens verified and every
        // citizen shown written to the access log, as in production (ADR 0019); measured in turns with the same queries
        // (same citizens and sager) on the connector without token verification and without the access log
        // (UmaaltAdgang, benchmark only), so the difference is what authentication and access logging cost together
        Forespoergselsmaaling uden = new Forespoergselsmaaling(UmaaltAdgang.port());
        List<Map<String, Object>> overblik = Forespoergselsmaaling.parvis(n, "application/json", f, rnd -> {
            GenereretBorger b = borgere.get(rnd.nextInt(borgere.size()));
            return new Forespoergselsmaaling.Forespoergsel("/api/borgere/" + b.borgerId() + "/overblik",
                    Testtokens.bearer("bm-sagsbehandler", "SAGSBEHANDLER", b.kommune().cvr().value()));
        }, uden, rnd -> {
            GenereretBorger b = borgere.get(rnd.nextInt(borgere.size()));
            return new Forespoergselsmaaling.Forespoergsel("/api/borgere/" + b.borgerId() + "/overblik", null, b.kommune().cvr().value());
        });
        List<Map<String, Object>> sager = jdbc.queryForList("SELECT sag_id::text AS id, ejer FROM sag ORDER BY sag_id LIMIT 20000");
        List<Map<String, Object>> tidslinje = Forespoergselsmaaling.parvis(n, "application/json", f, rnd -> {
            Map<String, Object> sag = sager.get(rnd.nextInt(sager.size()));
            return new Forespoergselsmaaling.Forespoergsel("/api/sager/" + sag.get("id") + "/tidslinje",
                    Testtokens.bearer("bm-sagsbehandler", "SAGSBEHANDLER", (String) sag.get("ejer")));
        }, uden, rnd -> {
            Map<String, Object> sag = sager.get(rnd.nextInt(sager.size()));
            return new Forespoergselsmaaling.Forespoergsel("/api/sager/" + sag.get("id") + "/tidslinje", null, (String) sag.get("ejer"));
        });
        m.put("borgeroverblik", overblik.get(0));
        m.put("borgeroverblikKendtPr", kendtPr(f, n, borgere));
        m.putAll(arbejdslister(f, n, sager));
        m.put("sagstidslinje", tidslinje.get(0));
        m.put("borgeroverblikUdenAdgang", overblik.get(1));
        m.put("sagstidslinjeUdenAdgang", tidslinje.get(1));
        // the caseworker's UI (issue 16, ADR 0023): the citizen page and the sag page, whole HTML pages, as a demo sagsbehandler
        // logged in to a browser session, in the demo kommune (Aalborg or Aarhus) with the most citizens with a CPR number. The
        // citizen page shows the register's CPR and name, so those citizens are registered now; a second registration of the
        // same CPR, in the append phase, gives the same borgerId.
        for (Map.Entry<String, String> demo : List.of(Map.entry("29189420", "sagsbehandler-aalborg"), Map.entry("55133018", "sagsbehandler-aarhus"))) {
            List<GenereretBorger> medCpr = borgere.stream().filter(b -> b.kommune().cvr().value().equals(demo.getKey())
                    && b.identtype() == dk.careledger.commandside.borger.Identtype.CPR).toList();
            List<String> sagerIKommunen = jdbc.queryForList("SELECT sag_id::text FROM sag WHERE ejer = ? AND foelsomhed <> 'VIP_SAGER' "
                    + "ORDER BY sag_id LIMIT 20000", String.class, demo.getKey());
            if (medCpr.isEmpty() || sagerIKommunen.isEmpty()) {
                continue;
            }
            bulkindlaeser.registrerBorgere(medCpr, Instant.now());
            String session = session(demo.getValue());
            m.put("uiBorgerside", f.maalSom(n, "text/html", rnd -> new Forespoergselsmaaling.Forespoergsel("/borger/"
                    + medCpr.get(rnd.nextInt(medCpr.size())).borgerId(), session)));
            m.put("uiSagside", f.maalSom(n, "text/html", rnd -> new Forespoergselsmaaling.Forespoergsel("/sag/"
                    + sagerIKommunen.get(rnd.nextInt(sagerIKommunen.size())), session)));
            break;
        }
        long leverancer = jdbc.queryForObject("SELECT coalesce(max(loebenummer), 0) FROM leverance WHERE feed = 'SAGSINDEKS'", Long.class);
        String feedkommune = (String) sager.get(0).get("ejer");
        for (String format : List.of("xml", "json")) {
            m.put("feedside" + (format.equals("xml") ? "Xml" : "Json"), f.maalSom(ind.feedsider(), "application/" + format,
                    rnd -> new Forespoergselsmaaling.Forespoergsel("/api/feeds/sagsindeks/leverancer?efter="
                            + (leverancer <= 1000 ? 0 : rnd.nextLong(leverancer - 1000)) + "&antal=1000",
                            Testtokens.bearer("bm-integration", "INTEGRATION", feedkommune))));
        }
        m.put("feedLeverancer", leverancer);
        m.forEach((k, v) -> {
            if (v instanceof Map<?, ?> l) {
                fremskridt.meld("forespørgsel %s: p50 %s ms, p99 %s ms", k, l.get("p50ms"), l.get("p99ms"));
            }
        });
        return m;
    }

    /** A browser session for a demo user (the embedded issuer's session log-in): its cookie. */
    private String session(String bruger) throws Exception {
        java.net.http.HttpResponse<String> svar = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://localhost:" + port + "/api/login/session"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(java.net.http.HttpRequest.BodyPublishers.ofString("bruger=" + bruger))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        return svar.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.split(";", 2)[0]).findFirst()
                .orElseThrow(() -> new IllegalStateException("no session from the log-in: " + svar.statusCode() + " " + svar.body()));
    }

    /** Registrations in one bulk window: one request of 10,000 or ten of 1,000 (fewer in the smoke run). */
    static final int BULK = 10_000;
    /** The bulk request sizes measured (issue 18: batches of 1,000 and 10,000). */
    static final List<Integer> BULK_STOERRELSER = List.of(1_000, 10_000);

    @SuppressWarnings("unchecked")
    private Map<String, Object> tilfoejelse(Arbejdsbyrde byrde) throws Exception {
        Tilfoejelsesmaaling t = new Tilfoejelsesmaaling(port, motor, jdbc, fremskridt);
        LocalDate sidsteDag = byrde.parametre().slutdato();
        Map<String, Object> m = new LinkedHashMap<>();

        List<GenereretBorger> borgere = byrde.borgere().subList(0, Math.min(BORGERE_TIL_HENVENDELSER, byrde.borgere().size()));
        bulkindlaeser.registrerBorgere(borgere, sidsteDag.atStartOfDay(TIDSZONE).toInstant());
        Tilfoejelsesmaaling.Scenarie nye = new Tilfoejelsesmaaling.Scenarie("nye henvendelser", (klient, nummer) -> {
            GenereretBorger b = Tilfoejelsesmaaling.rundt(borgere, klient * 7919L + nummer);
            return t.post("/api/henvendelser", Map.of("henvendelseId", UUID.randomUUID(), "borgerId", b.borgerId().value(),
                    "kildeKode", "A1", "kanal", "TELEFON", "modtagetDato", sidsteDag.toString(), "aarsag", "Benchmark"),
                    "bm-sagsbehandler", "SAGSBEHANDLER", b.kommune().cvr().value());
        });
        m.put("nyeAggregater", t.maal(nye, ind.klienter(), ind.opvarmningSekunder(), ind.tilfoejSekunder(), ind.tilfoejGentagelser()));
        Map<String, Object> adgangVed = medOgUdenAdgang(t, nye, borgere, sidsteDag);
        m.put("adgangVedTilfoejelse", adgangVed);
        m.put("hashingVedTilfoejelse", medOgUdenHashing(t, nye));

        int maksKlienter = maksKlienter();
        List<Map<String, Object>> lange = jdbc.queryForList("SELECT y.bevilling_id::text AS id, y.kommune, count(*) AS n "
                + "FROM ydelse y JOIN domain_event_entry e ON e.aggregate_identifier = y.bevilling_id::text "
                + "WHERE y.ydelsestype = 'TID' AND y.startdato <= ? AND y.ophoersdato IS NULL AND (y.slutdato IS NULL OR y.slutdato > ?) "
                + "GROUP BY 1, 2 ORDER BY n DESC, 1 LIMIT ?", sidsteDag, sidsteDag, maksKlienter);
        if (lange.isEmpty()) {
            throw new IllegalStateException("the history has no running bevilling to deliver on");
        }
        List<Double> laengder = lange.stream().map(x -> ((Number) x.get("n")).doubleValue()).toList();
        Instant leveret = sidsteDag.atTime(12, 0).atZone(TIDSZONE).toInstant();
        // every visit at its own moment: one visit of one bevilling at one time is one levering (LEVERING_DOBBELT, ADR 0020)
        java.util.concurrent.atomic.AtomicLong besoeg = new java.util.concurrent.atomic.AtomicLong();
        Tilfoejelsesmaaling.Scenarie levering = new Tilfoejelsesmaaling.Scenarie("leveringer på lange strømme", (klient, nummer) -> {
            Map<String, Object> b = Tilfoejelsesmaaling.rundt(lange, klient);
            return t.post("/api/bevillinger/" + b.get("id") + "/leveringer", Map.of("leveringId", UUID.randomUUID(),
                    "leveret", leveret.plusMillis(besoeg.getAndIncrement()).toString(), "udfoertAf", "bm-hjemmepleje", "varighedMinutter", 20),
                    "bm-hjemmepleje", "UDFOERER", (String) b.get("kommune"));
        });
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("bevillinger", lange.size());
        l.put("haendelserPrStroemVedStart", Map.of("median", Math.round(Statistik.median(laengder)), "min",
                Math.round(Statistik.pct(laengder, 0)), "maks", Math.round(Statistik.pct(laengder, 100))));
        l.putAll(t.maal(levering, ind.klienter(), ind.opvarmningSekunder(), ind.tilfoejSekunder(), ind.tilfoejGentagelser()));
        m.put("langeStroemme", l);
        Map<String, Object> enkelt = new LinkedHashMap<>((Map<String, Object>) l.get(String.valueOf(maksKlienter)));
        enkelt.put("klienter", maksKlienter);
        m.put("bulk", bulk(t, sidsteDag, besoeg, enkelt));
        m.put("kommandoerIAlt", t.besvaret() + (Long) adgangVed.get("kommandoerUdenAdgang"));
        return m;
    }

    /** One measuring window at a fixed number of clients: its result for that number. */
    @FunctionalInterface
    private interface Vindue {
        Map<String, Object> maal() throws Exception;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> vindue(Tilfoejelsesmaaling t, Tilfoejelsesmaaling.Scenarie scenarie, int klienter) throws Exception {
        return (Map<String, Object>) t.maal(scenarie, List.of(klienter), ind.opvarmningSekunder(), ind.tilfoejSekunder(), 1)
                .get(String.valueOf(klienter));
    }

    /**
     * Leveringer in bulk (issue 18 item 4): requests of {@link #BULK_STOERRELSER} registrations from one leverandør,
     * spread over the running bevillinger of the kommune with the most, each a visit at its own moment. For each size a
     * warm-up request, then windows of {@link #BULK} registrations (ten requests of 1,000, one of 10,000) sent one after
     * another: registrations stored per second, the projections' lag while it runs and their catch-up after it, CPU per
     * registration; beside the single-request rate of the long-stream scenario ({@code enkelt}) from this run.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> bulk(Tilfoejelsesmaaling t, LocalDate sidsteDag, java.util.concurrent.atomic.AtomicLong besoeg,
            Map<String, Object> enkelt) throws Exception {
        boolean roeg = ind.modus().equals("roeg");
        List<Map<String, Object>> bevillinger = jdbc.queryForList("SELECT y.bevilling_id::text AS id, y.kommune FROM ydelse y "
                + "WHERE y.ydelsestype = 'TID' AND y.startdato <= ? AND y.ophoersdato IS NULL AND (y.slutdato IS NULL OR y.slutdato > ?) "
                + "AND y.kommune = (SELECT kommune FROM ydelse GROUP BY kommune ORDER BY count(*) DESC LIMIT 1) ORDER BY 1 LIMIT 300",
                sidsteDag, sidsteDag);
        String kommune = (String) bevillinger.get(0).get("kommune");
        Instant leveret = sidsteDag.atTime(13, 0).atZone(TIDSZONE).toInstant();
        Map<String, Long> udfald = new java.util.TreeMap<>();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bevillinger", bevillinger.size());
        m.put("enkeltPrSekund", enkelt.get("kommandoerPrSekund"));
        m.put("enkeltKlienter", enkelt.get("klienter"));
        for (int stoerrelse : BULK_STOERRELSER) {
            int antal = roeg ? stoerrelse / 50 : stoerrelse;
            int anmodninger = roeg ? 1 : Math.max(1, BULK / antal);
            List<Double> rater = new ArrayList<>();
            List<Map<String, Object>> vinduer = new ArrayList<>();
            for (int g = 0; g < 1 + ind.tilfoejGentagelser(); g++) {
                List<java.net.http.HttpRequest> r = new ArrayList<>(anmodninger);
                for (int a = 0; a < (g == 0 ? 1 : anmodninger); a++) {
                    List<Map<String, Object>> poster = new ArrayList<>(antal);
                    for (int i = 0; i < antal; i++) {
                        poster.add(Map.of("type", "LEVERING", "bevillingId", bevillinger.get(i % bevillinger.size()).get("id"), "leveringId",
                                UUID.randomUUID(), "leveret", leveret.plusMillis(besoeg.getAndIncrement()).toString(), "udfoertAf", "bm-hjemmepleje",
                                "varighedMinutter", 20));
                    }
                    r.add(t.post("/api/leverancer", Map.of("registreringer", poster), "bm-hjemmepleje", "UDFOERER", kommune).build());
                }
                Map<String, Object> v = t.bulkvindue(r, r.size() * antal, g == 0 ? new java.util.TreeMap<>() : udfald);
                if (g == 0) {
                    continue; // warm-up
                }
                vinduer.add(v);
                rater.add((Double) v.remove("prSekund"));
                Map<String, Object> lag = (Map<String, Object>) v.get("efterslaeb");
                fremskridt.meld("bulk %,d a request, %d/%d: %,d registreringer på %.2f s = %,.0f/s, efterslæb p99 %s ms (maks %s), indhentet %s ms "
                        + "efter svaret; CPU ms pr. registrering %s", antal, g, ind.tilfoejGentagelser(), r.size() * antal, v.get("sekunder"),
                        rater.get(rater.size() - 1), lag.get("p99ms"), lag.get("maksMs"), v.get("indhentningMs"), v.get("cpuMsPrRegistrering"));
            }
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("registreringerPrAnmodning", antal);
            s.put("anmodningerPrVindue", anmodninger);
            s.put("registreringerPrSekund", Loftmaaling.rater(rater));
            s.put("vinduer", vinduer);
            m.put(String.valueOf(antal), s);
        }
        m.put("udfald", udfald);
        return m;
    }

    /**
     * The same append measured two ways, one window each in turns ({@code med}, then {@code uden}, repeated), so that
     * load drift falls on both alike: the rates of every window, the median p99s and the ratio of the median rates.
     */
    private Map<String, Object> skiftevis(int klienter, Vindue med, Vindue uden) throws Exception {
        List<Double> raterMed = new ArrayList<>();
        List<Double> raterUden = new ArrayList<>();
        List<Double> p99Med = new ArrayList<>();
        List<Double> p99Uden = new ArrayList<>();
        for (int g = 0; g < ind.tilfoejGentagelser(); g++) {
            for (boolean medNu : List.of(true, false)) {
                Map<String, Object> r = (medNu ? med : uden).maal();
                (medNu ? raterMed : raterUden).add(((Number) r.get("kommandoerPrSekund")).doubleValue());
                (medNu ? p99Med : p99Uden).add(((Number) r.get("p99ms")).doubleValue());
            }
        }
        double rate = Statistik.median(raterMed) / Statistik.median(raterUden);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("klienter", klienter);
        m.put("kommandoerPrSekundMed", raterMed.stream().map(Math::round).toList());
        m.put("kommandoerPrSekundUden", raterUden.stream().map(Math::round).toList());
        m.put("p99msMed", Statistik.rund(Statistik.median(p99Med)));
        m.put("p99msUden", Statistik.rund(Statistik.median(p99Uden)));
        m.put("medTilUden", Statistik.rund(rate));
        m.put("overheadProcent", Statistik.rund((1 - rate) * 100));
        return m;
    }

    /**
     * Append at the most clients with token verification (as every append above) and on the benchmark-only connector
     * without it ({@link UmaaltAdgang}), one window each in turns (ADR 0019).
     */
    private Map<String, Object> medOgUdenAdgang(Tilfoejelsesmaaling med, Tilfoejelsesmaaling.Scenarie nye, List<GenereretBorger> borgere,
            LocalDate dag) throws Exception {
        Tilfoejelsesmaaling uden = new Tilfoejelsesmaaling(UmaaltAdgang.port(), true, motor, jdbc, fremskridt);
        Tilfoejelsesmaaling.Scenarie nyeUden = new Tilfoejelsesmaaling.Scenarie("nye henvendelser uden adgangskontrol", (klient, nummer) -> {
            GenereretBorger b = Tilfoejelsesmaaling.rundt(borgere, klient * 7919L + nummer);
            return uden.post("/api/henvendelser", Map.of("henvendelseId", UUID.randomUUID(), "borgerId", b.borgerId().value(),
                    "kildeKode", "A1", "kanal", "TELEFON", "modtagetDato", dag.toString(), "aarsag", "Benchmark"),
                    "bm-umaalt", "SAGSBEHANDLER", b.kommune().cvr().value());
        });
        int klienter = maksKlienter();
        Map<String, Object> m = skiftevis(klienter, () -> vindue(med, nye, klienter), () -> vindue(uden, nyeUden, klienter));
        m.put("kommandoerUdenAdgang", uden.besvaret());
        return m;
    }

    /**
     * Append at the most clients with the leaf hashing on (the trigger, and the sealer chaining behind) and off, one
     * window each in turns (ADR 0024). Off is for the benchmark only: the sealer is stopped and the trigger disabled for
     * the window; afterwards the trigger is enabled, the window's events get their leaves (as the migration gives old
     * events theirs), and the sealer starts again, so the log still verifies at the end of the run.
     */
    private Map<String, Object> medOgUdenHashing(Tilfoejelsesmaaling t, Tilfoejelsesmaaling.Scenarie nye) throws Exception {
        int klienter = maksKlienter();
        return skiftevis(klienter, () -> vindue(t, nye, klienter), () -> {
            long foer = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
            forsegler.stop();
            jdbc.execute("ALTER TABLE domain_event_entry DISABLE TRIGGER haendelse_bevis");
            try {
                return vindue(t, nye, klienter);
            } finally {
                jdbc.execute("ALTER TABLE domain_event_entry ENABLE TRIGGER haendelse_bevis");
                jdbc.update("INSERT INTO haendelse_blad (global_index, blad) SELECT e.global_index, haendelse_blad(e) FROM domain_event_entry e "
                        + "WHERE e.global_index > ? AND NOT EXISTS (SELECT 1 FROM haendelse_blad b WHERE b.global_index = e.global_index)", foer);
                forsegler.start();
            }
        });
    }

    /**
     * The proof over the loaded log (ADR 0024): how long the sealer takes to chain it all, and how long a full verify
     * (every leaf recomputed from its row, the chain, every checkpoint's signature) takes.
     */
    private Map<String, Object> bevis(String hvornaar) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        if (!forsegler.forseglAlt(Duration.ofMinutes(30))) {
            throw new IllegalStateException("the sealer did not catch up with the log " + hvornaar);
        }
        m.put("forseglingSekunder", Statistik.rund((System.nanoTime() - t0) / 1e9));
        Verifikation.Resultat r = new Verifikation(dataSource::getConnection, bevisnoegle.offentligNoegle())
                .verificer(Bevislog.HAENDELSER, List.of());
        m.put("ok", r.ok());
        m.put("poster", r.poster());
        m.put("kontrolpunkter", r.kontrolpunkter());
        double sek = r.tid().toNanos() / 1e9;
        m.put("verifikationSekunder", Statistik.rund(sek));
        m.put("verifikationPrSekund", Math.round(r.poster() / Math.max(sek, 1e-9)));
        if (!r.ok()) {
            m.put("afvigelse", r.afvigelse().toString());
        }
        fremskridt.meld("bevis %s: forseglet på %s s, %,d hændelser verificeret på %.1f s (%s)", hvornaar, m.get("forseglingSekunder"),
                r.poster(), sek, r.ok() ? "ok" : r.afvigelse());
        return m;
    }

    private int maksKlienter() {
        return ind.klienter().stream().mapToInt(Integer::intValue).max().orElse(1);
    }

    private Map<String, Object> peer() throws InterruptedException {
        motor.stop();
        List<Double> rater = new ArrayList<>();
        for (int i = 0; i < ind.peerGentagelser(); i++) {
            peerProcessor.shutDown();
            for (Projektion p : projektioner) {
                p.nulstil();
            }
            peerProcessor.resetTokens(StreamableMessageSource::createTailToken);
            peer.behandlet.set(0);
            long t0 = System.nanoTime();
            peerProcessor.start();
            Thread.sleep((long) (ind.peerSekunder() * 1000));
            double rate = peer.behandlet.get() / ((System.nanoTime() - t0) / 1e9);
            rater.add(rate);
            fremskridt.meld("Axon-peer %d/%d: %,.0f hændelser/s", i + 1, ind.peerGentagelser(), rate);
        }
        peerProcessor.shutDown();
        // the projections are now partly fed by the peer; the run is over, the database is thrown away with the context
        return Map.of("prSekund", Loftmaaling.rater(rater), "vinduesekunder", ind.peerSekunder());
    }

    /** Every figure as a ratio to its ceiling and to the peer. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> forholdene(Map<String, Object> r) {
        Map<String, Object> loft = (Map<String, Object>) r.get("loft");
        double insert = median(loft.get("insertPrSekund"));
        double copy = median(loft.get("copyPrSekund"));
        double laes = median(loft.get("ordnetLaesningPrSekund"));
        double peer = median(((Map<String, Object>) r.get("peer")).get("prSekund"));
        Map<String, Object> gen = (Map<String, Object>) r.get("genopbygning");
        double alle = median(gen.get("allePrSekund"));
        Map<String, Object> ud = new LinkedHashMap<>();
        ud.put("bulkindlaesningTilCopy", forhold(((Number) ((Map<String, Object>) r.get("indlaesning")).get("bulkPrSekund")).doubleValue(), copy));
        ud.put("genopbygningTilOrdnetLaesning", forhold(alle, laes));
        ud.put("genopbygningTilPeer", forhold(alle, peer));
        Map<String, Object> pr = new LinkedHashMap<>();
        ((Map<String, Object>) gen.get("prProjektion")).forEach((k, v) -> {
            // a ratio is null when its base is 0 (a peer window that processed nothing on a busy machine): kept as null
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("tilOrdnetLaesning", forhold(median(v), laes));
            f.put("tilPeer", forhold(median(v), peer));
            pr.put(k, f);
        });
        ud.put("genopbygningPrProjektion", pr);
        Map<String, Object> t = (Map<String, Object>) r.get("tilfoejelse");
        Map<String, Object> tf = new LinkedHashMap<>();
        for (String scenarie : List.of("nyeAggregater", "langeStroemme")) {
            Map<String, Object> s = (Map<String, Object>) t.get(scenarie);
            Map<String, Object> prKlienter = new LinkedHashMap<>();
            s.forEach((k, v) -> {
                if (v instanceof Map<?, ?> x && x.containsKey("kommandoerPrSekund")) {
                    double rate = ((Number) x.get("kommandoerPrSekund")).doubleValue();
                    prKlienter.put(k, Map.of("tilCopy", forhold(rate, copy), "tilInsert", forhold(rate, insert)));
                }
            });
            tf.put(scenarie, prKlienter);
        }
        Map<String, Object> bulk = (Map<String, Object>) t.get("bulk");
        Map<String, Object> bf = new LinkedHashMap<>();
        for (Map<String, Object> s : Resultatfil.bulkstoerrelser(bulk)) {
            double rate = median(s.get("registreringerPrSekund"));
            bf.put(String.valueOf(s.get("registreringerPrAnmodning")), Map.of("tilCopy", forhold(rate, copy), "tilEnkelt",
                    forhold(rate, ((Number) bulk.get("enkeltPrSekund")).doubleValue())));
        }
        tf.put("bulk", bf);
        ud.put("tilfoejelse", tf);
        Map<String, Object> f = (Map<String, Object>) r.get("forespoergsler");
        double gulv = ((Number) ((Map<String, Object>) f.get("gulv")).get("p99ms")).doubleValue();
        Map<String, Object> ff = new LinkedHashMap<>();
        f.forEach((k, v) -> {
            if (v instanceof Map<?, ?> x && !k.equals("gulv")) {
                ff.put(k, forhold(((Number) x.get("p99ms")).doubleValue(), gulv));
            }
        });
        ud.put("forespoergselP99TilGulv", ff);
        // authentication and access logging together: p99 added, and one client's requests per second with ÷ without
        Map<String, Object> adgang = new LinkedHashMap<>();
        for (String q : List.of("borgeroverblik", "sagstidslinje")) {
            Map<String, Object> med = (Map<String, Object>) f.get(q);
            Map<String, Object> uden = (Map<String, Object>) f.get(q + "UdenAdgang");
            if (med != null && uden != null) {
                double tillaeg = ((Number) med.get("p99ms")).doubleValue() - ((Number) uden.get("p99ms")).doubleValue();
                double rate = Forespoergselsmaaling.prSekund(med) / Forespoergselsmaaling.prSekund(uden);
                // and the robust view of the same pairs: the median of with minus without, pair by pair, and the p50s' difference
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("p99TillaegMs", Statistik.rund(tillaeg));
                x.put("prSekundMedTilUden", Statistik.rund(rate));
                x.put("overheadProcent", Statistik.rund((1 - rate) * 100));
                x.put("parvisTillaegMs", med.get("parvisTillaegMs"));
                x.put("p50TillaegMs", Statistik.rund(((Number) med.get("p50ms")).doubleValue() - ((Number) uden.get("p50ms")).doubleValue()));
                adgang.put(q, x);
            }
        }
        ud.put("adgang", adgang);
        return ud;
    }

    @SuppressWarnings("unchecked")
    static double median(Object rater) {
        return ((Number) ((Map<String, Object>) rater).get("median")).doubleValue();
    }
}
