package dk.careledger.indeksfeed.ydelsesindeks;

import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.XML;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.importer;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.personligPleje;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.indeksfeed.sagsindeks.Skemavalidering;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Given KOMBIT's v6 schemas on the classpath, when a request is validated, then the schema bites on what it can see. */
class YdelsesindeksSkemaTest {
    private final String gyldig = XML.xml(importer(personligPleje(null)));

    @Test
    void aRenderedBevillingIsValidAgainstTheSchemas() {
        assertThat(YdelsesindeksSkema.valider(gyldig)).isEmpty();
    }

    @Test
    void aMalformedUuidIsRejectedWithItsLineAndColumn() {
        String forkert = gyldig.replaceFirst("<sd:UUIDIdentifikator>[^<]*</sd:UUIDIdentifikator>",
                "<sd:UUIDIdentifikator>bevilling-1</sd:UUIDIdentifikator>");

        assertThat(YdelsesindeksSkema.valider(forkert)).isNotEmpty().first().asString().startsWith("1:").contains("bevilling-1");
    }

    @Test
    void aFoelsomhedOutsideTheEnumerationIsRejected() {
        String forkert = gyldig.replace(">FOELSOMME_PERSONOPLYSNINGER<", ">HEMMELIG<");

        assertThat(YdelsesindeksSkema.valider(forkert)).anySatisfy(f -> assertThat(f).contains("HEMMELIG"));
    }

    @Test
    void elementsOutOfOrderAndUnknownElementsAreRejected() {
        String byttet = gyldig.replaceFirst("(<bi:Id>[^<]*</bi:Id>)(<bi:Navn>[^<]*</bi:Navn>)", "$2$1");
        String ukendt = gyldig.replace("</bi:Egenskaber>", "<bi:Bevillingsnummer>17</bi:Bevillingsnummer></bi:Egenskaber>");

        assertThat(byttet).isNotEqualTo(gyldig);
        assertThat(YdelsesindeksSkema.valider(byttet)).isNotEmpty();
        assertThat(YdelsesindeksSkema.valider(ukendt)).anySatisfy(f -> assertThat(f).contains("Bevillingsnummer"));
    }

    @Test
    void anAmountThatIsNotADecimalNumberIsRejected() {
        String forkert = XML.xml(importer(Ydelsesindeksfixtures.kontantTilskud(java.time.LocalDate.of(2026, 3, 1), null)))
                .replace("<bi:Ydelsesbeloeb>12000.00<", "<bi:Ydelsesbeloeb>12.000,00<");

        assertThat(YdelsesindeksSkema.valider(forkert)).anySatisfy(f -> assertThat(f).contains("12.000,00"));
    }

    @Test
    void aDocumentThatIsNotXmlIsReportedNotThrown() {
        assertThat(YdelsesindeksSkema.valider("<yi:ImporterYdelseIndeksInput")).isNotEmpty();
    }

    @Test
    void theCopiedSchemasCompileAndValidateFromInsideAJar(@TempDir Path mappe) throws IOException {
        Path jar = mappe.resolve("skemaer.jar");
        Path kilde = Path.of("src/main/resources");
        try (JarOutputStream ud = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> filer = Files.walk(
                kilde.resolve(YdelsesindeksSkema.ROD))) {
            for (Path fil : filer.filter(Files::isRegularFile).toList()) {
                ud.putNextEntry(new JarEntry(kilde.relativize(fil).toString().replace('\\', '/')));
                ud.write(Files.readAllBytes(fil));
                ud.closeEntry();
            }
        }

        try (URLClassLoader kunJar = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Skemavalidering fraJar = Skemavalidering.fraKlassesti(kunJar, YdelsesindeksSkema.ROD, YdelsesindeksSkema.HOVEDSKEMA);

            assertThat(fraJar.valider(gyldig)).isEmpty();
            assertThat(fraJar.valider(gyldig.replace(">FOELSOMME_PERSONOPLYSNINGER<", ">HEMMELIG<"))).isNotEmpty();
        }
    }
}
