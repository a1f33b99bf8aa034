package dk.careledger.query.revision;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.adgang.Laesningslog;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Dekryptering;
import dk.careledger.domain.felles.Inputgraenser;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.projection.handling.laesning.HandlingRaekke;
import dk.careledger.projection.handling.laesning.Handlingslaeser;
import dk.careledger.query.sag.Sagsparametre;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Who did what" for the revisor (issue 17 item 3): every fact recorded by a user, or in a sag's unit, or on a citizen,
 * between two record times, across aggregates, in log order and paged by position; each with who, when, on what, and
 * the reason where the fact gives one (a code, or free text decrypted for the revisor; "[slettet]" for a forgotten
 * citizen). Scoped to the revisor's kommune: facts its users recorded and facts on aggregates it owns. Reads that name
 * citizens go to the access log.
 */
@RestController
@Kraever({Adgangsrolle.REVISOR})
@Tag(name = "Revision", description = "Hvem gjorde hvad: fakta pr. bruger, enhed eller borger mellem to registreringstidspunkter")
public class HandlingController {
    static final int STANDARD_ANTAL = 200;
    static final int MAKS_ANTAL = 1000;
    private static final String SLETTET = "[slettet]";

    private final Handlingslaeser laeser;
    private final Dekryptering dekryptering;
    private final Laesningslog log;

    public HandlingController(Handlingslaeser laeser, Dekryptering dekryptering, Laesningslog log) {
        this.laeser = laeser;
        this.dekryptering = dekryptering;
        this.log = log;
    }

    /** One fact as the revisor sees it. */
    public record Handling(long position, Instant registreret, String brugerId, String rolle, String kommune, String aggregattype,
            String aggregatId, String haendelse, UUID borgerId, String enhed, String begrundelseKode, String begrundelse) {
    }

    /** A page: the facts, and the position to ask after for the next page (null when this was the last). */
    public record Side(List<Handling> handlinger, Long naesteEfter) {
    }

    @GetMapping(path = "/api/revision/handlinger", produces = "application/json")
    @Operation(summary = "Hvem gjorde hvad: fakta registreret af en bruger, i en enhed eller om en borger mellem fra og til",
            description = "Mindst én af bruger, enhed og borgerId. fra (inklusiv) og til (eksklusiv) er registreringstid i ISO-8601 med "
                    + "tidszone. Sider: efter = naesteEfter fra forrige side; antal 1–" + MAKS_ANTAL + " (standard " + STANDARD_ANTAL + ").")
    public Side handlinger(@RequestParam(required = false) String bruger, @RequestParam(required = false) String enhed,
            @RequestParam(required = false) String borgerId, @RequestParam(required = false) String fra,
            @RequestParam(required = false) String til, @RequestParam(required = false) String efter,
            @RequestParam(required = false) String antal, @Parameter(hidden = true) Bruger revisor) {
        String b = tekst(bruger, "bruger");
        String e = tekst(enhed, "enhed");
        UUID borger = Sagsparametre.uuid(borgerId, "borgerId");
        if (b == null && e == null && borger == null) {
            throw Afvisning.ugyldig("PARAMETER_PAAKRAEVET", "bruger", "Angiv mindst én af bruger, enhed og borgerId");
        }
        Instant f = tid(fra, "fra", Instant.EPOCH);
        Instant t = tid(til, "til", Instant.parse("9999-01-01T00:00:00Z"));
        if (!f.isBefore(t)) {
            throw Afvisning.ugyldig("PARAMETER_UGYLDIG", "til", "til skal ligge efter fra");
        }
        int n = (int) heltal(antal, "antal", STANDARD_ANTAL, 1, MAKS_ANTAL);
        List<HandlingRaekke> raekker = laeser.find(new Handlingslaeser.Filter(revisor.kommune().value(), b, e, borger, f, t,
                heltal(efter, "efter", 0, 0, Long.MAX_VALUE), n));
        List<Handling> handlinger = raekker.stream().map(this::handling).toList();
        log.laest(revisor, "handlinger", null, raekker.stream().map(HandlingRaekke::borgerId).filter(Objects::nonNull).toList());
        return new Side(handlinger, raekker.size() < n ? null : raekker.get(raekker.size() - 1).position());
    }

    private Handling handling(HandlingRaekke r) {
        String begrundelse = r.begrundelseChiffer() == null ? null
                : dekryptering.dekrypter(new KrypteretTekst(new BorgerId(r.begrundelseEjer()), r.begrundelseChiffer())).orElse(SLETTET);
        return new Handling(r.position(), r.registreret(), r.brugerId(), r.rolle(), r.kommune(), r.aggregattype(), r.aggregatId(), r.haendelse(),
                r.borgerId(), r.enhed(), r.begrundelseKode(), begrundelse);
    }

    private static String tekst(String v, String felt) {
        String t = Sagsparametre.tom(v);
        return t == null ? null : Inputgraenser.tekst(t, 200, felt);
    }

    private static Instant tid(String v, String felt, Instant standard) {
        Instant t = Sagsparametre.tidspunkt(v, felt);
        return t == null ? standard : Inputgraenser.tidspunkt(t, felt);
    }

    private static long heltal(String v, String felt, long standard, long min, long maks) {
        if (v == null || v.isBlank()) {
            return standard;
        }
        try {
            long n = Long.parseLong(v.trim());
            if (n < min || n > maks) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw Afvisning.ugyldig("PARAMETER_UGYLDIG", felt, felt + " skal være et heltal fra " + min + " til " + maks + ", fik '" + v + "'");
        }
    }
}
