package dk.careledger.indeksfeed.ydelsesindeks;

import dk.careledger.indeksfeed.sagsindeks.Skemavalidering;
import java.util.List;

/**
 * KOMBIT's Ydelsesindeks v6 schemas, compiled once, and validation of a rendered request against them
 * ({@code javax.xml.validation}, through the feeds' shared {@link Skemavalidering}). The root is
 * {@value #HOVEDSKEMA}, which imports the BevillingIndeks, OekonomiskEffektueringIndeks, GenerelleDefinitioner/-Operationer
 * and SagDokObjekt schemas: together they define every request element {@link YdelsesindeksXml} renders.
 *
 * <p>The schemas are read from this module's classpath under {@value #ROD} (copied unchanged from KOMBIT; see ORIGIN.md
 * and LICENSE-NOTE.md there), and their relative imports are resolved inside that folder, so validation works from the
 * exploded build, from the jar and from inside Spring Boot's nested jar, and never touches the network.
 */
public final class YdelsesindeksSkema {
    /** The classpath folder of the copied schemas. */
    public static final String ROD = "kombit/ydelsesindeks-6";
    /** The schema with the YdelseIndeks service's request elements (importer, opdater), relative to {@link #ROD}. */
    public static final String HOVEDSKEMA = "xsd/6.0.STS-0/YdelseIndeksOperationer.xsd";

    private static final Skemavalidering SKEMA = Skemavalidering.fraKlassesti(YdelsesindeksSkema.class.getClassLoader(), ROD, HOVEDSKEMA);

    private YdelsesindeksSkema() {
    }

    /** The compiled schemas (thread-safe). */
    public static Skemavalidering skema() {
        return SKEMA;
    }

    /**
     * Every schema error in one rendered request, as {@code line:column message}, in document order; empty when valid. A
     * document that is not well-formed gives one error rather than an exception.
     */
    public static List<String> valider(String xml) {
        return SKEMA.valider(xml).stream().map(Skemavalidering.Skemafejl::toString).toList();
    }
}
