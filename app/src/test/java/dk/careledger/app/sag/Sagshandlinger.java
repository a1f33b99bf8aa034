package dk.careledger.app.sag;

import static dk.careledger.app.e2e.LedgerKlientAdgang.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.app.e2e.LedgerKlientAdgang;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Commands on sager, bevillinger and forløb over REST, as the sag read-model tests need them. */
public final class Sagshandlinger {
    public final LedgerKlientAdgang klient;
    private final String kommune = egenKommune();

    /** Acts for a kommune of its own (a random CVR): its sager, and what it reads, are that kommune's (ADR 0019). */
    public Sagshandlinger(int port) {
        this.klient = new LedgerKlientAdgang(port, kommune);
    }

    /** The kommune this client acts for; sager it opens must have it as ejer. */
    public String kommune() {
        return kommune;
    }

    /** A kommune of the test's own (a random CVR), so lists and reports see only the test's sager. */
    public static String egenKommune() {
        return String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
    }

    public LedgerKlientAdgang.Svar ok(int status, LedgerKlientAdgang.Svar svar) {
        assertThat(svar.status()).as("%s %s", svar.status(), svar.krop()).isEqualTo(status);
        return svar;
    }

    public UUID borger() {
        return klient.borger();
    }

    public UUID sag(UUID borger, String ejer, String kle, String enhed, String titel, LocalDate opstaaet) {
        UUID s = UUID.randomUUID();
        ok(201, klient.post("/api/sager", json("sagId", s, "borgerId", borger, "ejer", ejer, "ansvarligEnhed", enhed, "kleNummer", kle,
                "handlingsfacet", "G01", "foelsomhed", "FOELSOMME_PERSONOPLYSNINGER", "titel", titel, "opstaaetDato", opstaaet.toString(),
                "henvendelser", List.of(), "sagsbehandler", "sb-0001")));
        return s;
    }

    public void oplyst(UUID sag, LocalDate dato) {
        ok(200, klient.post("/api/sager/" + sag + "/oplyst", json("oplystDato", dato.toString())));
    }

    public UUID afgoerelse(UUID sag, String type, LocalDate truffet, LocalDate sendt) {
        UUID a = UUID.randomUUID();
        ok(200, klient.post("/api/sager/" + sag + "/afgoerelser", json("afgoerelseId", a, "type", type, "hjemmel", "SEL § 83, stk. 1",
                "begrundelse", "Vurderet efter samtale med borgeren", "klagevejledningGivet", true, "truffetDato", truffet.toString(),
                "sendtDato", sendt.toString(), "virkningsdato", sendt.toString())));
        return a;
    }

    public void klage(UUID sag, UUID afgoerelse, LocalDate modtaget) {
        ok(200, klient.post("/api/sager/" + sag + "/klager", json("klageId", UUID.randomUUID(), "afgoerelseId", afgoerelse,
                "modtagetDato", modtaget.toString())));
    }

    public UUID bevilling(UUID borger, UUID sag, UUID afgoerelse, String indsats, LocalDate dato) {
        UUID b = UUID.randomUUID();
        Map<String, Object> krop = json("bevillingId", b, "borgerId", borger, "sagId", sag, "afgoerelseId", afgoerelse, "indsatsKode", indsats,
                "startdato", dato.toString(), "omfang", json("minutter", 20, "periode", "PR_DAG", "gange", 1), "bevilgetDato", dato.toString());
        ok(201, klient.post("/api/bevillinger", krop));
        return b;
    }

    public UUID forloeb(UUID borger, LocalDate start) {
        UUID f = UUID.randomUUID();
        ok(201, klient.post("/api/forloeb", json("forloebId", f, "borgerId", borger, "forloebstypeKode", "SEL-83", "startdato", start.toString())));
        return f;
    }

    public void tilknyt(UUID forloeb, UUID sag, UUID bevilling) {
        ok(200, klient.post("/api/forloeb/" + forloeb + "/sager", json("sagId", sag)));
        ok(200, klient.post("/api/forloeb/" + forloeb + "/bevillinger", json("bevillingId", bevilling)));
    }
}
