package dk.careledger.app.borgerblik;

import static dk.careledger.app.ydelse.Ledger.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.careledger.app.ydelse.Ledger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The ledger's REST API as the Borgerblikket tests drive it: citizens of each identtype, sager in a kommune of the
 * test's own (so one test's configuration never reaches another's sager), the case steps that make letters and states,
 * and the Borgerblikket configuration and view.
 */
final class Borgerbliksklient {
    final Ledger ledger;
    final String kommune;

    /** Waits until the projections have caught up, so a setting just made is seen. */
    private final Runnable ajour;

    Borgerbliksklient(int port, Runnable ajour) {
        this.ajour = ajour;
        this.kommune = String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
        // a caseworker of a fresh kommune who may also change its settings (the Borgerblik configuration)
        this.ledger = new Ledger(port).som("sb-0001", "SAGSBEHANDLER,LEDER,KONFIGURATION").iKommune(kommune);
    }

    // ---- citizens ----

    UUID borgerMedCpr() {
        return borger("CPR", dk.careledger.app.e2e.Cprnumre.tilfaeldigt());
    }

    UUID borgerMedErstatningsCpr() {
        return borger("ERSTATNINGS_CPR", String.format("%06d", ThreadLocalRandom.current().nextInt(100_000, 999_999)) + "AB"
                + String.format("%02d", ThreadLocalRandom.current().nextInt(100)));
    }

    UUID anonymBorger() {
        return ledger.borger();
    }

    private UUID borger(String identtype, String identifikator) {
        UUID id = UUID.randomUUID();
        Ledger.Svar s = ledger.post("/api/borgere", json("borgerId", id, "identtype", identtype, "identifikator", identifikator, "navn",
                "Testborger"));
        assertThat(s.status()).as("%s", s).isEqualTo(201);
        return id;
    }

    // ---- sager ----

    UUID sag(UUID borger, String kle, String titel, LocalDate opstaaet) {
        return sag(borger, kle, titel, opstaaet, "FOELSOMME_PERSONOPLYSNINGER");
    }

    UUID sag(UUID borger, String kle, String titel, LocalDate opstaaet, String foelsomhed) {
        UUID id = UUID.randomUUID();
        ledger.ok("/api/sager", json("sagId", id, "borgerId", borger, "ejer", kommune, "ansvarligEnhed", "visitation-nord", "kleNummer", kle,
                "handlingsfacet", "G01", "foelsomhed", foelsomhed, "titel", titel, "opstaaetDato", opstaaet, "henvendelser", List.of(),
                "sagsbehandler", "sb-0001"));
        return id;
    }

    void oplyst(UUID sag, LocalDate dato) {
        ledger.ok("/api/sager/" + sag + "/oplyst", json("oplystDato", dato));
    }

    UUID afgoerelse(UUID sag, LocalDate truffet, LocalDate sendt) {
        UUID id = UUID.randomUUID();
        ledger.ok("/api/sager/" + sag + "/afgoerelser", json("afgoerelseId", id, "type", "BEVILLING", "hjemmel", "SEL § 83, stk. 1",
                "begrundelse", "Vurderet efter samtale med borgeren", "klagevejledningGivet", true, "truffetDato", truffet, "sendtDato", sendt,
                "virkningsdato", sendt));
        return id;
    }

    void afsluttetUdenAfgoerelse(UUID sag, LocalDate dato) {
        ledger.ok("/api/sager/" + sag + "/afslutning-uden-afgoerelse", json("aarsag", "TRUKKET_TILBAGE", "afsluttetDato", dato,
                "bemaerkning", "Ønsker ikke hjælp alligevel"));
    }

    /** A TID ydelse of the indsats, {@code gange} × 20 minutes per {@code periode}, from {@code start}. */
    UUID bevilling(UUID borger, UUID sag, UUID afgoerelse, String indsats, int gange, String periode, LocalDate start) {
        UUID id = UUID.randomUUID();
        ledger.ok("/api/bevillinger", json("bevillingId", id, "borgerId", borger, "sagId", sag, "afgoerelseId", afgoerelse, "indsatsKode",
                indsats, "startdato", start, "omfang", json("minutter", 20, "periode", periode, "gange", gange), "bevilgetDato", start));
        return id;
    }

    /** A forløb of type SEL-83 (KLE 27.36) for the citizen from {@code start}, with the sager tied to it. */
    UUID forloeb(UUID borger, LocalDate start, UUID... sager) {
        UUID id = ledger.forloeb(borger, "SEL-83", start);
        for (UUID sag : sager) {
            ledger.ok("/api/forloeb/" + id + "/sager", json("sagId", sag));
        }
        return id;
    }

    // ---- settings ----

    /** The kommune's case concept for all its sager from 2020-01-01 (ADR 0014), and then the projections have caught up. */
    void sagsbegreb(String variant) {
        Ledger.Svar s = ledger.post("/api/politik/aendringer", json("kommune", kommune, "klePraefiks", "", "sagsbegreb", variant,
                "gyldigFra", "2020-01-01"));
        assertThat(s.status()).as("%s", s).isEqualTo(201);
        ajour.run();
    }

    // ---- Borgerblikket ----

    /**
     * A Borgerblik setting for the test's kommune from 2020-01-01 with the given fields on top of "show as by default": a
     * command on the kommune's settings, and then the projections have caught up; the answer names its facts.
     */
    JsonNode konfigurer(String klePraefiks, Object... felter) {
        Map<String, Object> krop = json("kommune", kommune, "klePraefiks", klePraefiks, "gyldigFra", "2020-01-01", "titelKilde", "KLE",
                "dokumenttitler", false, "niveau2", false, "skjulForBorger", false);
        krop.putAll(json(felter));
        Ledger.Svar s = ledger.post("/api/borgerblik/konfiguration", krop);
        assertThat(s.status()).as("%s", s).isEqualTo(201);
        ajour.run();
        return s.krop();
    }

    JsonNode borgerblik(UUID borger) {
        return ledger.hent("/api/borgere/" + borger + "/borgerblik");
    }

    /** The view's sager as {@code sagId → sag}, in the order shown. */
    static List<String> sagIds(JsonNode blik) {
        return tekster(blik.get("sager"), "sagId");
    }

    static JsonNode sag(JsonNode blik, UUID sagId) {
        for (JsonNode s : blik.get("sager")) {
            if (s.get("sagId").asText().equals(sagId.toString())) {
                return s;
            }
        }
        throw new AssertionError("sagen " + sagId + " vises ikke: " + blik);
    }

    static List<String> tekster(JsonNode liste, String felt) {
        List<String> ud = new ArrayList<>();
        liste.forEach(n -> ud.add(n.get(felt).isNull() ? null : n.get(felt).asText()));
        return ud;
    }
}
