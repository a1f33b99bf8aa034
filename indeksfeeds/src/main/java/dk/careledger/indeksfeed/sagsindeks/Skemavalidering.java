package dk.careledger.indeksfeed.sagsindeks;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;

/**
 * Validates a document against KOMBIT's XSDs shipped on the classpath. The schema set is compiled once (a {@link Schema}
 * is immutable and thread-safe); each call gets its own {@link Validator}, which is cheap and not thread-safe.
 *
 * <p>The XSDs import each other with relative {@code schemaLocation}s ({@code ../common/SagDokObjekt.xsd}). Those are
 * resolved by path inside the classpath folder, not by the parser's URL arithmetic, so they also resolve inside a jar
 * and inside a Spring Boot jar nested in a jar. Nothing is ever fetched from outside that folder: no network, no DTDs,
 * and the validated document cannot point the validator at a schema of its own ({@code xsi:schemaLocation} is ignored).
 */
public final class Skemavalidering {
    /** The Sags- og Dokumentindeks v6: the request elements of the SagDokumentIndeks operations (importer, opdater, ...). */
    public static final String SAGSINDEKS_ROD = "kombit/sagdokumentindeks-6";
    public static final String SAGSINDEKS_HOVEDSKEMA = "xsd/6.0.STS-0/SagDokumentIndeksOperationer.xsd";

    private final Schema skema;

    private Skemavalidering(Schema skema) {
        this.skema = skema;
    }

    /** One error: where in the document (1-based; -1 when unknown) and the parser's message. */
    public record Skemafejl(int linje, int kolonne, String besked) {
        @Override
        public String toString() {
            return linje + ":" + kolonne + " " + besked;
        }
    }

    /** The Sags- og Dokumentindeks v6 schemas, from this module's classpath. Compile once and share. */
    public static Skemavalidering sagsindeks() {
        return fraKlassesti(Skemavalidering.class.getClassLoader(), SAGSINDEKS_ROD, SAGSINDEKS_HOVEDSKEMA);
    }

    /**
     * Compiles the schema {@code hovedskema} (a path relative to {@code rod}) and everything it imports or includes, all
     * of it read from {@code rod} on {@code klasser}' classpath.
     *
     * @throws IllegalStateException when a schema is missing or does not compile
     */
    public static Skemavalidering fraKlassesti(ClassLoader klasser, String rod, String hovedskema) {
        Objects.requireNonNull(klasser, "klasser");
        String mappe = rod.endsWith("/") ? rod : rod + "/";
        URL hoved = klasser.getResource(mappe + hovedskema);
        if (hoved == null) {
            throw new IllegalStateException("schema not on the classpath: " + mappe + hovedskema);
        }
        try (InputStream ind = hoved.openStream()) {
            SchemaFactory fabrik = SchemaFactory.newDefaultInstance();
            fabrik.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            fabrik.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            fabrik.setResourceResolver(new Klassestiopslag(klasser, mappe));
            List<Skemafejl> fejl = new ArrayList<>();
            fabrik.setErrorHandler(new Opsamler(fejl));
            Schema skema = fabrik.newSchema(new StreamSource(ind, hoved.toExternalForm()));
            if (!fejl.isEmpty()) {
                throw new IllegalStateException("schema " + hovedskema + " does not compile: " + fejl);
            }
            return new Skemavalidering(skema);
        } catch (SAXException e) {
            throw new IllegalStateException("schema " + hovedskema + " does not compile: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every schema error in {@code xml}, in document order; empty when the document is valid. A document that is not even
     * well-formed gives one error (where parsing stopped) rather than an exception.
     */
    public List<Skemafejl> valider(String xml) {
        List<Skemafejl> fejl = new ArrayList<>();
        Validator validator = skema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("the JDK validator refuses to be locked down", e);
        }
        validator.setErrorHandler(new Opsamler(fejl));
        try {
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            if (fejl.isEmpty() || !fejl.get(fejl.size() - 1).besked().equals(e.getMessage())) {
                fejl.add(new Skemafejl(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
            }
        } catch (SAXException e) {
            fejl.add(new Skemafejl(-1, -1, e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(fejl);
    }

    /** Collects errors instead of stopping at the first; a fatal error still stops the parser (it is rethrown). */
    private record Opsamler(List<Skemafejl> fejl) implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // warnings do not make a document invalid
        }

        @Override
        public void error(SAXParseException e) {
            fejl.add(new Skemafejl(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            fejl.add(new Skemafejl(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
            throw e;
        }
    }

    /**
     * Resolves an import's {@code schemaLocation} against the importing schema's path inside {@code mappe} and opens it from
     * the classpath. A location that leaves the folder, or is absolute, is refused: the schemas are ours and complete.
     */
    private record Klassestiopslag(ClassLoader klasser, String mappe) implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespaceURI, String publicId, String systemId, String baseURI) {
            if (systemId == null) {
                return null;
            }
            String sti = sti(systemId, baseURI);
            URL url = klasser.getResource(mappe + sti);
            if (url == null) {
                throw new IllegalStateException("schema " + systemId + " (from " + baseURI + ") is not on the classpath at " + mappe + sti);
            }
            try {
                return new Skemainput(url.toExternalForm(), publicId, url.openStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The resolved path relative to {@code mappe}, e.g. {@code xsd/common/SagDokObjekt.xsd}. */
        private String sti(String systemId, String baseURI) {
            if (URI.create(systemId).isAbsolute()) {
                throw new IllegalStateException("absolute schemaLocation refused: " + systemId);
            }
            String basis = "";
            if (baseURI != null) {
                int i = baseURI.lastIndexOf(mappe);
                if (i < 0) {
                    throw new IllegalStateException("schema " + baseURI + " is not under " + mappe);
                }
                basis = baseURI.substring(i + mappe.length());
            }
            String sti = URI.create("/" + basis).resolve(systemId).normalize().getPath();
            if (sti.startsWith("/..") || !sti.startsWith("/")) {
                throw new IllegalStateException("schemaLocation " + systemId + " leaves " + mappe);
            }
            return sti.substring(1);
        }
    }

    /** A schema opened by {@link Klassestiopslag}; its system id is its real URL, so its own imports resolve from it. */
    private static final class Skemainput implements LSInput {
        private final String systemId;
        private final String publicId;
        private InputStream stroem;

        Skemainput(String systemId, String publicId, InputStream stroem) {
            this.systemId = systemId;
            this.publicId = publicId;
            this.stroem = stroem;
        }

        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public InputStream getByteStream() {
            return stroem;
        }

        @Override
        public void setByteStream(InputStream byteStream) {
            this.stroem = byteStream;
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public void setSystemId(String systemId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public void setPublicId(String publicId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getBaseURI() {
            return systemId;
        }

        @Override
        public void setBaseURI(String baseURI) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
            throw new UnsupportedOperationException();
        }
    }
}
