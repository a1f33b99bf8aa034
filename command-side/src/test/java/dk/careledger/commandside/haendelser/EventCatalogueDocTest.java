package dk.careledger.commandside.haendelser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.felles.Revision;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/event-catalogue.md} is generated from the code — every event, its fields and revision, and the
 * first sentence of its Javadoc — and this test fails when the committed file is out of date. Regenerate with
 * {@code -Dkatalog.skriv=true}.
 */
class EventCatalogueDocTest {
    private static final Path KATALOG = Path.of("../docs/event-catalogue.md");
    private static final Path KILDER = Path.of("../core-domain/src/main/java");
    private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);

    @Test
    void theEventCatalogueInDocsDescribesEveryEventAsTheCodeDefinesIt() throws IOException {
        String genereret = generer();
        if (Boolean.getBoolean("katalog.skriv")) {
            Files.writeString(KATALOG, genereret);
        }
        assertThat(KATALOG).as("docs/event-catalogue.md (regenerate with -Dkatalog.skriv=true)").exists();
        assertThat(Files.readString(KATALOG)).isEqualTo(genereret);
    }

    private static String generer() throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Event catalogue\n\n")
                .append("Generated from the code by `EventCatalogueDocTest` (command-side); do not edit by hand.\n")
                .append("Every event is an immutable record stored in the event store as JSON with its class name and revision.\n")
                .append("Every event carries `registrering` (kommune CVR, actor and role, record time); dates and times among\n")
                .append("its other fields are business time (virkning). `KrypteretTekst` fields hold free text encrypted with the\n")
                .append("citizen's key (ADR 0009). Golden JSON for each revision: `command-side/src/test/resources/events/`.\n");
        for (Class<?> aggregat : Haendelseskatalog.AGGREGATHAENDELSER) {
            md.append("\n## ").append(aggregat.getSimpleName().replace("Event", "")).append("\n\n")
                    .append("| Event | Rev. | Fact | Fields |\n|---|---|---|---|\n");
            for (Class<?> type : Arrays.stream(aggregat.getPermittedSubclasses()).sorted((a, b) -> a.getSimpleName().compareTo(b.getSimpleName())).toList()) {
                String felter = Arrays.stream(type.getRecordComponents())
                        .map(k -> "`" + k.getName() + "`: " + typenavn(k))
                        .collect(Collectors.joining("<br>"));
                md.append("| `").append(type.getSimpleName()).append("` | ").append(type.getAnnotation(Revision.class).value())
                        .append(" | ").append(foersteSaetning(type)).append(" | ").append(felter).append(" |\n");
            }
        }
        return md.toString();
    }

    private static String typenavn(RecordComponent komponent) {
        Type t = komponent.getGenericType();
        if (t instanceof ParameterizedType p) {
            return ((Class<?>) p.getRawType()).getSimpleName() + "&lt;" + Arrays.stream(p.getActualTypeArguments())
                    .map(a -> ((Class<?>) a).getSimpleName()).collect(Collectors.joining(", ")) + "&gt;";
        }
        return komponent.getType().getSimpleName();
    }

    private static String foersteSaetning(Class<?> type) throws IOException {
        Path kilde = KILDER.resolve(type.getName().replace('.', '/') + ".java");
        String tekst = Files.readString(kilde);
        int record = tekst.indexOf("public record " + type.getSimpleName());
        Matcher m = JAVADOC.matcher(tekst.substring(0, Math.max(record, 0)));
        String doc = "";
        while (m.find()) {
            doc = m.group(1);
        }
        String renset = Arrays.stream(doc.split("\n"))
                .map(l -> l.replaceFirst("^\\s*\\*\\s?", "").trim())
                .filter(l -> !l.startsWith("@"))
                .collect(Collectors.joining(" "))
                .replaceAll("\\{@(?:link|code) ([^}]*)}", "$1")
                .replaceAll("<[^>]+>", "")
                .replace("|", "\\|")
                .trim();
        int punktum = renset.indexOf(". ");
        return punktum > 0 ? renset.substring(0, punktum + 1) : renset;
    }
}
