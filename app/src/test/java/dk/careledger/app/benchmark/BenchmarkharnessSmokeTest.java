package dk.careledger.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.arbejdsbyrde.Arbejdsbyrde;
import dk.careledger.arbejdsbyrde.Parametre;
import dk.careledger.arbejdsbyrde.SyntetiskKryptering;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness's CI smoke (issue 5 item 4): on a history of a few hundred events, every phase runs to the end and the
 * results files are written. It asserts what the run did, never how fast: speed lives in the results files.
 */
class BenchmarkharnessSmokeTest extends BenchmarkKontekst {

    @TempDir
    Path ud;

    @Test
    @SuppressWarnings("unchecked")
    void theHarnessRunsEveryPhaseOnATinyHistoryAndWritesItsResults() throws Exception {
        Indstillinger ind = Indstillinger.roeg();
        long genereret = Arbejdsbyrde.af(Parametre.af(4242L, ind.borgere(), ind.dage(), ind.kommuner()))
                .haendelser(new SyntetiskKryptering()).count();

        Map<String, Object> r = harness(ind, new Fremskridt(true)).koer();
        Path md = Resultatfil.skriv(r, ud, BenchmarkKoersel.filnavn(ind.modus()));

        assertThat(r).containsKeys("maskine", "indstillinger", "indlaesning", "bevis", "loft", "genopbygning", "forespoergsler", "tilfoejelse",
                "peer", "heapMB", "forhold");
        assertThat((Map<String, Object>) ((Map<String, Object>) r.get("forespoergsler")).get("borgeroverblikKendtPr"))
                .as("the as-of citizen overview measured").containsKey("p99ms");
        Map<String, Object> indlaesning = (Map<String, Object>) r.get("indlaesning");
        assertThat(genereret).isBetween(100L, 5_000L);
        assertThat(indlaesning.get("haendelser")).isEqualTo(genereret);
        Map<String, Object> adgangVedLaesning = (Map<String, Object>) ((Map<String, Object>) r.get("forhold")).get("adgang");
        for (String q : List.of("borgeroverblik", "sagstidslinje")) {
            assertThat((Map<String, Object>) adgangVedLaesning.get(q)).as("%s with ÷ without authentication and access log, also pair by pair", q)
                    .containsKeys("overheadProcent", "p99TillaegMs", "p50TillaegMs", "parvisTillaegMs");
        }
        Map<String, Object> tilfoejelse = (Map<String, Object>) r.get("tilfoejelse");
        long kommandoer = (Long) tilfoejelse.get("kommandoerIAlt");
        assertThat(kommandoer).as("commands answered in the append phases").isPositive();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class))
                .as("every answered command stored exactly one event").isEqualTo(genereret + kommandoer);
        assertThat(((Map<String, Object>) tilfoejelse.get("nyeAggregater")).keySet()).containsExactly("1", "8", "32");
        Map<String, Object> bulk = (Map<String, Object>) tilfoejelse.get("bulk");
        assertThat((Map<String, Object>) bulk.get("udfald")).as("every levering in the bulk requests stored").containsOnlyKeys("OPRETTET", "FANDTES", "AFVIST")
                .containsEntry("FANDTES", 0L).containsEntry("AFVIST", 0L);
        Map<String, Object> adgang = (Map<String, Object>) tilfoejelse.get("adgangVedTilfoejelse");
        assertThat(adgang.get("klienter")).isEqualTo(32);
        assertThat((List<Long>) adgang.get("kommandoerPrSekundMed")).as("append with authentication, one window a repetition")
                .hasSize(ind.tilfoejGentagelser()).allMatch(rate -> rate > 0);
        assertThat((List<Long>) adgang.get("kommandoerPrSekundUden")).as("and without, in turns").hasSize(ind.tilfoejGentagelser())
                .allMatch(rate -> rate > 0);
        Map<String, Object> hashing = (Map<String, Object>) tilfoejelse.get("hashingVedTilfoejelse");
        assertThat((List<Long>) hashing.get("kommandoerPrSekundMed")).as("append with leaf hashing, one window a repetition")
                .hasSize(ind.tilfoejGentagelser()).allMatch(rate -> rate > 0);
        assertThat((List<Long>) hashing.get("kommandoerPrSekundUden")).as("and without, in turns").hasSize(ind.tilfoejGentagelser())
                .allMatch(rate -> rate > 0);
        Map<String, Object> bevis = (Map<String, Object>) r.get("bevis");
        assertThat(((Map<String, Object>) bevis.get("efterIndlaesning")).get("poster")).as("the whole loaded log verified")
                .isEqualTo(genereret);
        assertThat(((Map<String, Object>) bevis.get("efterTilfoejelse")).get("ok")).as("and the whole log at the end, the windows "
                + "without hashing included").isEqualTo(true);
        assertThat(((Map<String, Object>) tilfoejelse.get("langeStroemme")).keySet()).contains("1", "8", "32");
        for (String scenarie : List.of("nyeAggregater", "langeStroemme")) {
            Map<String, Object> ved32 = (Map<String, Object>) ((Map<String, Object>) tilfoejelse.get(scenarie)).get("32");
            assertThat(ved32).as("the largest lag of %s at 32 clients, broken down", scenarie).containsKey("stoersteEfterslaeb");
        }
        assertThat(((Map<String, Object>) r.get("loft")).get("raekker")).isEqualTo(genereret);
        assertThat(((Map<String, Object>) ((Map<String, Object>) r.get("genopbygning")).get("prProjektion")).keySet())
                .containsExactlyInAnyOrderElementsOf(motor.navne());
        assertThat(((Map<String, Object>) r.get("heapMB")).keySet()).containsExactly("efterIndlaesning", "efterLoft",
                "efterGenopbygning", "efterForespoergsler", "efterTilfoejelse", "efterPeer");
        assertThat(Files.readString(md)).contains("# Benchmark — smoke mode", "## Against the targets", "## Append through the real command path",
                "### What the largest lag was made of",
                "## Rebuild from zero with the engine", "## Queries over HTTP", "## The ceiling", "## Heap after each phase",
                "| with authentication |", "## Leveringer in bulk", "## Tamper evidence (ADR 0024)", "| hashing off |");
        assertThat(ud.resolve("benchmark-smoke.json")).isNotEmptyFile();
    }
}
