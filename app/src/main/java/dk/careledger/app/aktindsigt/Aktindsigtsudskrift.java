package dk.careledger.app.aktindsigt;

import dk.careledger.app.bevis.BevisController;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.ui.revisor.Revisorkilde;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * An aktindsigt as a file (ADR 0027): the JSON for machines (with the rows and the proof), or a printable HTML page for
 * people (template {@code aktindsigt.html}: the facts, settings and access log in Danish, the checkpoints, and how to
 * check the JSON). Also what the revisor's pages need from the application ({@link Revisorkilde}).
 */
@Component
public class Aktindsigtsudskrift implements Revisorkilde {
    private static final ZoneId DANMARK = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter TID = DateTimeFormatter.ofPattern("d.M.yyyy 'kl.' HH.mm.ss", Locale.forLanguageTag("da-DK"));
    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("d.M.yyyy", Locale.forLanguageTag("da-DK"));

    private final Aktindsigtslaeser laeser;
    private final ITemplateEngine skabeloner;
    private final JsonMapper json;
    private final BevisController bevis;

    public Aktindsigtsudskrift(Aktindsigtslaeser laeser, ITemplateEngine skabeloner, JsonMapper json, BevisController bevis) {
        this.laeser = laeser;
        this.skabeloner = skabeloner;
        this.json = json;
        this.bevis = bevis;
    }

    @Override
    public Map<String, Object> verifikation() {
        return bevis.verifikation();
    }

    @Override
    public Udtraek aktindsigt(Emne emne, UUID id, boolean udskrift, Bruger bruger) {
        Map<String, Object> a = laeser.udtraek(Aktindsigtslaeser.Emne.valueOf(emne.name()), id, bruger);
        String navn = "aktindsigt-" + emne.name().toLowerCase() + "-" + id;
        if (!udskrift) {
            return new Udtraek(navn + ".json", "application/json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(a));
        }
        Context c = new Context(Locale.forLanguageTag("da-DK"));
        c.setVariable("a", a);
        c.setVariable("v", new Visning());
        return new Udtraek(navn + ".html", "text/html;charset=UTF-8", skabeloner.process("aktindsigt", c).getBytes(StandardCharsets.UTF_8));
    }

    /** Helpers the printable page calls: Danish times and dates, field names, values. */
    public static final class Visning {
        /** An ISO instant as "7.12.2026 kl. 14.30.05" in Danish time, an ISO date as "7.12.2026"; anything else as it is. */
        public String tid(Object v) {
            if (v == null) {
                return "";
            }
            String s = v.toString();
            try {
                return TID.format(Instant.parse(s).atZone(DANMARK));
            } catch (DateTimeParseException e) {
                try {
                    return DATO.format(LocalDate.parse(s));
                } catch (DateTimeParseException e2) {
                    return s;
                }
            }
        }

        /** "kleNummer" → "kle nummer". */
        public String felt(String navn) {
            return navn.replaceAll("([a-zæøå])([A-ZÆØÅ])", "$1 $2").toLowerCase(Locale.ROOT) + ":";
        }

        public String vaerdi(Object v) {
            if (v instanceof Map<?, ?> m) {
                return m.entrySet().stream().map(e -> e.getKey() + " " + vaerdi(e.getValue())).collect(Collectors.joining(", "));
            }
            if (v instanceof List<?> l) {
                return l.stream().map(this::vaerdi).collect(Collectors.joining(", "));
            }
            return v == null ? "" : tid(v);
        }

        /** True when some row of the export is not yet under a checkpoint. */
        public boolean udaekket(Map<String, Object> a) {
            return ((List<?>) ((Map<?, ?>) a.get("bevis")).get("logs")).stream().anyMatch(l -> !((List<?>) ((Map<?, ?>) l).get("udaekket")).isEmpty());
        }
    }
}
