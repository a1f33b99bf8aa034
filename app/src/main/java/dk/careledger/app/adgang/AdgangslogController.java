package dk.careledger.app.adgang;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Inputgraenser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The access log's two questions (ADR 0019): the revisor's "who in our kommune read citizen X between T1 and T2", and
 * the same as the answer to the citizen's own request (who consulted their data and when, C-579/21). Both are scoped to
 * the caller's kommune, whose reads its log holds, and both are reads of the citizen's data, so they are logged too.
 */
@RestController
@Tag(name = "Adgangslog", description = "Hvem har læst en borgers oplysninger, hvornår og hvorfor (SUL § 42 a)")
public class AdgangslogController {
    private final Adgangslog log;

    public AdgangslogController(Adgangslog log) {
        this.log = log;
    }

    @GetMapping(path = "/api/adgangslog", produces = "application/json")
    @Kraever({Adgangsrolle.REVISOR})
    @Operation(summary = "Revisorens opslag: hvem i kommunen læste borgeren mellem fra og til",
            description = "fra (inklusiv) og til (eksklusiv) i ISO-8601 med tidszone; uden dem hele loggen.")
    public List<Adgangslog.Post> revision(@RequestParam(required = false) String borgerId, @RequestParam(required = false) String fra,
            @RequestParam(required = false) String til, @Parameter(hidden = true) Bruger bruger) {
        UUID borger = uuid(Afvisning.paakraevet(borgerId, "borgerId"), "borgerId");
        List<Adgangslog.Post> poster = log.hvemLaeste(borger, tid(fra, "fra", Instant.EPOCH), tid(til, "til", Instant.parse("9999-01-01T00:00:00Z")),
                bruger.kommune().value());
        log.laest(bruger, "adgangslog", borger.toString(), List.of(borger));
        return poster;
    }

    @GetMapping(path = "/api/borgere/{borgerId}/adgangslog", produces = "application/json")
    @Kraever({Adgangsrolle.REVISOR, Adgangsrolle.LEDER})
    @Operation(summary = "Svar på borgerens egen anmodning: hvem har læst mine oplysninger, hvornår og hvorfor",
            description = "Samme rækker som revisorens opslag, i den form borgeren får dem: tidspunkt, bruger, rolle, visning og formål.")
    public Map<String, Object> borgerensAnmodning(@PathVariable UUID borgerId, @RequestParam(required = false) String fra,
            @RequestParam(required = false) String til, @Parameter(hidden = true) Bruger bruger) {
        if (!log.kender(borgerId, bruger.kommune().value())) {
            // a citizen the kommune has neither registered nor read is unknown to it (ADR 0019)
            throw Afvisning.ikkeFundet("BORGER_UKENDT", "borgerId", "Borgeren " + borgerId + " findes ikke");
        }
        List<Map<String, Object>> laesninger = log.hvemLaeste(borgerId, tid(fra, "fra", Instant.EPOCH),
                tid(til, "til", Instant.parse("9999-01-01T00:00:00Z")), bruger.kommune().value()).stream()
                .map(p -> {
                    Map<String, Object> m = new java.util.LinkedHashMap<>();
                    m.put("tidspunkt", p.tidspunkt());
                    m.put("bruger", p.brugerId());
                    m.put("rolle", p.rolle());
                    m.put("myndighed", p.kommune());
                    m.put("visning", p.visning());
                    m.put("formaal", p.formaal());
                    return m;
                }).toList();
        log.laest(bruger, "adgangslog", borgerId.toString(), List.of(borgerId));
        return Map.of("borgerId", borgerId, "laesninger", laesninger);
    }

    private static UUID uuid(String v, String felt) {
        try {
            return UUID.fromString(v);
        } catch (IllegalArgumentException e) {
            throw Afvisning.ugyldig("UUID_UGYLDIG", felt, "'" + felt + "' skal være et UUID");
        }
    }

    private static Instant tid(String v, String felt, Instant standard) {
        if (v == null || v.isBlank()) {
            return standard;
        }
        try {
            return Inputgraenser.tidspunkt(Instant.parse(v.trim()), felt);
        } catch (DateTimeParseException e) {
            throw Afvisning.ugyldig("UGYLDIG_VAERDI", felt, "'" + felt + "' skal være et tidspunkt i ISO-8601 med tidszone");
        }
    }
}
