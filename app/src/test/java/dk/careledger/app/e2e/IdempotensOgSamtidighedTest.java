package dk.careledger.app.e2e;

import static dk.careledger.app.e2e.LedgerKlient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Commands are applied exactly once per command id, and concurrent writers never lose an update. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class IdempotensOgSamtidighedTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    LedgerKlient klient;
    UUID borger;

    @BeforeEach
    void klient() {
        klient = new LedgerKlient(port);
        borger = klient.borger(cpr(), "Idem Potent");
    }

    @Test
    void sendingTheSameCommandTwiceGivesTheSameAnswerAndOnlyOneEvent() {
        UUID sag = UUID.randomUUID();
        UUID kommandoId = UUID.randomUUID();
        LedgerKlient.Svar foerste = klient.post("/api/sager", sag(sag), kommandoId, null);
        LedgerKlient.Svar anden = klient.post("/api/sager", sag(sag), kommandoId, null);

        assertThat(foerste.status()).isEqualTo(201);
        assertThat(anden.status()).isEqualTo(201);
        assertThat(anden.krop().get("gentaget").asBoolean()).isTrue();
        assertThat(anden.krop().get("version")).isEqualTo(foerste.krop().get("version"));
        assertThat(anden.krop().get("haendelser")).isEqualTo(foerste.krop().get("haendelser"));
        assertThat(haendelser(sag)).isEqualTo(1);
    }

    @Test
    void reusingACommandIdForADifferentCommandIsAConflictAndWritesNothing() {
        UUID sag = UUID.randomUUID();
        UUID kommandoId = UUID.randomUUID();
        assertThat(klient.post("/api/sager", sag(sag), kommandoId, null).status()).isEqualTo(201);

        LedgerKlient.Svar svar = klient.post("/api/sager/" + sag + "/oplyst", json("oplystDato", "2026-03-05"), kommandoId, null);

        assertThat(svar.status()).isEqualTo(409);
        assertThat(svar.tekst("fejlkode")).isEqualTo("KOMMANDO_ID_GENBRUGT");
        assertThat(haendelser(sag)).isEqualTo(1);
    }

    @Test
    void aCommandWithTheVersionLastSeenSucceedsAndAStaleOneIsRefused() {
        UUID sag = UUID.randomUUID();
        String etag = klient.post("/api/sager", sag(sag)).raa().headers().firstValue("ETag").orElseThrow();

        LedgerKlient.Svar tildelt = klient.post("/api/sager/" + sag + "/sagsbehandler", json("sagsbehandler", "sb-0002", "fra", "2026-03-03"),
                UUID.randomUUID(), etag);
        LedgerKlient.Svar foraeldet = klient.post("/api/sager/" + sag + "/sagsbehandler", json("sagsbehandler", "sb-0003", "fra", "2026-03-04"),
                UUID.randomUUID(), etag);

        assertThat(tildelt.status()).isEqualTo(200);
        assertThat(tildelt.raa().headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(foraeldet.status()).isEqualTo(409);
        assertThat(foraeldet.tekst("fejlkode")).isEqualTo("VERSIONSKONFLIKT");
        assertThat(haendelser(sag)).isEqualTo(2);
    }

    @Test
    void ofEightCaseworkersWritingTheSameVersionAtOnceExactlyOneWinsAndTheOthersGetAConflict() throws Exception {
        UUID sag = UUID.randomUUID();
        String etag = klient.post("/api/sager", sag(sag)).raa().headers().firstValue("ETag").orElseThrow();

        List<Integer> statusser = Samtidigt.parallelt(8, i -> klient.post("/api/sager/" + sag + "/sagsbehandler",
                json("sagsbehandler", "sb-" + i, "fra", "2026-03-03"), UUID.randomUUID(), etag).status());

        assertThat(statusser).containsOnly(200, 409);
        assertThat(statusser.stream().filter(s -> s == 200).count()).isEqualTo(1);
        assertThat(haendelser(sag)).isEqualTo(2);
    }

    @Test
    void theSameCommandSentEightTimesAtOnceIsRecordedOnce() throws Exception {
        UUID sag = UUID.randomUUID();
        klient.post("/api/sager", sag(sag));
        UUID kommandoId = UUID.randomUUID();

        List<Integer> statusser = Samtidigt.parallelt(8, i -> klient.post("/api/sager/" + sag + "/tilstande",
                json("fsiiiKode", "J1.1", "niveau", 2, "vurderetDato", "2026-03-03"), kommandoId, null).status());

        assertThat(statusser).allMatch(s -> s == 200 || s == 409);
        assertThat(statusser).contains(200);
        assertThat(haendelser(sag)).isEqualTo(2);
    }

    private long haendelser(UUID aggregat) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, aggregat.toString());
    }

    private java.util.Map<String, Object> sag(UUID id) {
        return json("sagId", id, "borgerId", borger, "ejer", LedgerKlient.AALBORG, "ansvarligEnhed", "visitation", "kleNummer", "27.36.20",
                "handlingsfacet", "G01", "foelsomhed", "FORTROLIGE_PERSONOPLYSNINGER", "titel", "Visitation", "opstaaetDato", "2026-03-02");
    }

    static String cpr() {
        return Cprnumre.tilfaeldigt();
    }
}
