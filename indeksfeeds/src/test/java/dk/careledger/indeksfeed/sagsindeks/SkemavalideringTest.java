package dk.careledger.indeksfeed.sagsindeks;

import static dk.careledger.indeksfeed.sagsindeks.Registreringer.afgjortSag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.careledger.indeksfeed.sagsindeks.Skemavalidering.Skemafejl;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Given KOMBIT's v6 schemas on the classpath, when a document is validated, then schema errors are found and reported. */
class SkemavalideringTest {
    private static final Skemavalidering SKEMA = Skemavalidering.sagsindeks();
    private static final String[] SKEMAER = {"xsd/6.0.STS-0/DokumentIndeks.xsd", "xsd/6.0.STS-0/DokumentIndeksOperationer.xsd",
            "xsd/6.0.STS-0/GenerelleDefinitioner.xsd", "xsd/6.0.STS-0/GenerelleOperationer.xsd", "xsd/6.0.STS-0/Sag.xsd",
            "xsd/6.0.STS-0/SagDokumentIndeksOperationer.xsd", "xsd/6.0.STS-0/SagIndeks.xsd", "xsd/6.0.STS-0/SagIndeksOperationer.xsd",
            "xsd/6.0.STS-0/SagOperationer.xsd", "xsd/common/SagDokObjekt.xsd"};

    private final String gyldig = Registreringer.nye().xml().xml(afgjortSag().byg());

    @Test
    void aRenderedRegistrationIsValid() {
        assertThat(SKEMA.valider(gyldig)).isEmpty();
    }

    @Test
    void aFoelsomhedOutsideTheSchemasFourLevelsIsRejectedWithWhereItIs() {
        String xml = gyldig.replace("<si:Foelsomhed>FOELSOMME_PERSONOPLYSNINGER</si:Foelsomhed>",
                "\n<si:Foelsomhed>MEGET_FOELSOMT</si:Foelsomhed>");

        List<Skemafejl> fejl = SKEMA.valider(xml);

        assertThat(xml).isNotEqualTo(gyldig);
        assertThat(fejl).isNotEmpty();
        assertThat(fejl).anySatisfy(f -> assertThat(f.besked()).contains("MEGET_FOELSOMT"));
        assertThat(fejl).allSatisfy(f -> assertThat(f.linje()).isEqualTo(2));
    }

    @Test
    void aRegistrationWithoutTheSagsUuidIsRejected() {
        String uuid = "<sd:UUIDIdentifikator>" + Registreringer.SAG + "</sd:UUIDIdentifikator>";
        String xml = gyldig.replaceFirst(uuid, "");

        assertThat(xml).isNotEqualTo(gyldig);
        assertThat(SKEMA.valider(xml)).isNotEmpty();
    }

    @Test
    void aTitleLongerThan255CharactersIsRejected() {
        String xml = gyldig.replace("<sag:Titel>", "<sag:Titel>" + "x".repeat(255));

        assertThat(SKEMA.valider(xml)).anySatisfy(f -> assertThat(f.besked()).contains("255"));
    }

    @Test
    void anElementOfNoKnownSchemaIsRejected() {
        assertThat(SKEMA.valider("<sag><titel>x</titel></sag>")).anySatisfy(f -> assertThat(f.besked()).contains("sag"));
    }

    @Test
    void aDocumentThatIsNotWellFormedGivesOneErrorInsteadOfAnException() {
        List<Skemafejl> fejl = SKEMA.valider(gyldig.substring(0, gyldig.length() / 2));

        assertThat(fejl).hasSize(1);
        assertThat(fejl.get(0).linje()).isPositive();
    }

    @Test
    void aDocumentCannotMakeTheValidatorReadAnExternalEntity(@TempDir Path mappe) throws IOException {
        Path hemmelig = Files.writeString(mappe.resolve("hemmelig.txt"), "FOELSOMME_PERSONOPLYSNINGER");
        String xml = "<!DOCTYPE x [<!ENTITY e SYSTEM \"" + hemmelig.toUri() + "\">]>"
                + gyldig.replace("<si:Foelsomhed>FOELSOMME_PERSONOPLYSNINGER</si:Foelsomhed>", "<si:Foelsomhed>&e;</si:Foelsomhed>");

        assertThat(SKEMA.valider(xml)).isNotEmpty();
    }

    @Test
    void theSchemasAndTheirRelativeImportsLoadFromInsideAJar(@TempDir Path mappe) throws IOException {
        Path jar = mappe.resolve("skemaer.jar");
        try (OutputStream ud = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(ud)) {
            for (String skema : SKEMAER) {
                String sti = Skemavalidering.SAGSINDEKS_ROD + "/" + skema;
                j.putNextEntry(new JarEntry(sti));
                try (InputStream ind = getClass().getClassLoader().getResourceAsStream(sti)) {
                    assertThat(ind).as(sti).isNotNull();
                    ind.transferTo(j);
                }
                j.closeEntry();
            }
        }
        try (URLClassLoader kunJar = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(kunJar.getResource(Skemavalidering.SAGSINDEKS_ROD + "/" + Skemavalidering.SAGSINDEKS_HOVEDSKEMA).getProtocol())
                    .isEqualTo("jar");

            Skemavalidering fraJar = Skemavalidering.fraKlassesti(kunJar, Skemavalidering.SAGSINDEKS_ROD, Skemavalidering.SAGSINDEKS_HOVEDSKEMA);

            assertThat(fraJar.valider(gyldig)).isEmpty();
            assertThat(fraJar.valider(gyldig.replace("FOELSOMME_PERSONOPLYSNINGER", "MEGET_FOELSOMT"))).isNotEmpty();
        }
    }

    @Test
    void aSchemaMissingFromTheClasspathIsAnErrorAtStartNotAtTheFirstDelivery() {
        assertThatThrownBy(() -> Skemavalidering.fraKlassesti(getClass().getClassLoader(), "kombit/findes-ikke", "x.xsd"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("kombit/findes-ikke/x.xsd");
    }
}
