package dk.careledger.app.arkitektur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every main package says what it is for: a {@code package-info.java} with a Javadoc comment and the right
 * {@code package} line, in every module. Packages are found in the source trees at test time, not listed here,
 * so a module or package added later (or moved, e.g. the generator into a module of its own) is checked as it
 * stands. Sources, not classes: {@code package-info.class} is emitted only for annotated packages.
 */
class PackageInfoTest {
    private static final Set<String> UEGNEDE_MAPPER = Set.of("target", "node_modules", ".git", ".ledger-data");
    private static final Pattern JAVADOC = Pattern.compile("\\A\\s*/\\*\\*(.*?)\\*/", Pattern.DOTALL);
    private static final Pattern PAKKE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    @Test
    void everyMainPackageHasADocumentedPackageInfo() throws IOException {
        Path rod = projektrod();
        List<Path> kildetraeer = kildetraeer(rod);
        assertThat(kildetraeer).as("source trees under %s", rod).extracting(t -> rod.relativize(t).getName(0).toString())
                .contains("core-domain", "command-side", "projections", "query-side", "app");

        Set<String> mangler = new TreeSet<>();
        int pakker = 0;
        for (Path trae : kildetraeer) {
            for (Path mappe : pakkemapper(trae)) {
                pakker++;
                String pakke = trae.relativize(mappe).toString().replace(mappe.getFileSystem().getSeparator(), ".");
                String fejl = fejlI(mappe.resolve("package-info.java"), pakke);
                if (fejl != null) {
                    mangler.add(rod.relativize(mappe) + ": " + fejl);
                }
            }
        }
        assertThat(pakker).as("packages found").isGreaterThan(30);
        assertThat(mangler).as("packages without a proper package-info.java (say what the package is for, its entry points, "
                + "what it may depend on, and the ADR that decided it)").isEmpty();
    }

    /** The reason the package-info is not acceptable, or null. */
    private static String fejlI(Path info, String pakke) throws IOException {
        if (!Files.isRegularFile(info)) {
            return "no package-info.java";
        }
        String tekst = Files.readString(info, StandardCharsets.UTF_8);
        Matcher javadoc = JAVADOC.matcher(tekst);
        if (!javadoc.find()) {
            return "package-info.java does not start with a Javadoc comment";
        }
        String indhold = javadoc.group(1).replaceAll("(?m)^\\s*\\*", " ").trim();
        if (indhold.length() < 80) {
            return "the Javadoc is too short to say what the package is for";
        }
        Matcher linje = PAKKE.matcher(tekst);
        if (!linje.find() || !linje.group(1).equals(pakke)) {
            return "package-info.java does not declare package " + pakke;
        }
        return null;
    }

    /** The project root: the nearest directory upwards from the working directory whose pom lists modules. */
    private static Path projektrod() throws IOException {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path pom = p.resolve("pom.xml");
            if (Files.isRegularFile(pom) && Files.readString(pom, StandardCharsets.UTF_8).contains("<module>core-domain</module>")) {
                return p;
            }
        }
        throw new IllegalStateException("no project root above " + Path.of("").toAbsolutePath());
    }

    /** Every {@code src/main/java} below the root, in any module, however deep. */
    private static List<Path> kildetraeer(Path rod) throws IOException {
        List<Path> traeer = new ArrayList<>();
        Files.walkFileTree(rod, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path mappe, BasicFileAttributes attributter) {
                if (!mappe.equals(rod) && UEGNEDE_MAPPER.contains(mappe.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (mappe.endsWith(Path.of("src", "main", "java"))) {
                    traeer.add(mappe);
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return traeer;
    }

    /** The directories of a source tree that hold at least one Java type (package-info itself does not count). */
    private static List<Path> pakkemapper(Path trae) throws IOException {
        try (Stream<Path> filer = Files.walk(trae)) {
            return filer.filter(f -> f.getFileName().toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("package-info.java"))
                    .map(Path::getParent).distinct().sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
