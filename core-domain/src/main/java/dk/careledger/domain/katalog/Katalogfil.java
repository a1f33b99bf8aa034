package dk.careledger.domain.katalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The text of one catalogue file and the name it is reported under when it is malformed (normally its
 * classpath resource, e.g. {@code katalog/fsiii.tsv}).
 */
public record Katalogfil(String navn, String indhold) {

    public Katalogfil {
        Objects.requireNonNull(navn, "navn");
        Objects.requireNonNull(indhold, "indhold");
    }

    /**
     * Reads a classpath resource as strict UTF-8 (malformed bytes are an error, not silently replaced).
     *
     * @throws IllegalStateException when the resource is missing, unreadable or not UTF-8
     */
    public static Katalogfil fraClasspath(String resource) {
        Objects.requireNonNull(resource, "resource");
        ClassLoader loader = Katalogfil.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Catalogue file " + resource + " not found on the classpath");
            }
            return fraBytes(resource, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("Catalogue file " + resource + " could not be read", e);
        }
    }

    /** Decodes {@code bytes} as strict UTF-8. */
    static Katalogfil fraBytes(String navn, byte[] bytes) {
        try {
            String tekst = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new Katalogfil(navn, tekst);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("Catalogue file " + navn + " is not valid UTF-8", e);
        }
    }
}
