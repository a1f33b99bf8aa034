package dk.careledger.domain.katalog;

import java.util.Objects;

/**
 * The five files a {@link Katalog} is loaded from. {@link #standard()} names the versioned files shipped in
 * {@code core-domain/src/main/resources/katalog/}; the {@code med...} methods swap one file, which is how tests
 * feed the loader a malformed file.
 */
public record Katalogfiler(Katalogfil kle, Katalogfil handlingsfacetter, Katalogfil fsiii, Katalogfil indsatser,
        Katalogfil forloebstyper) {

    /** Classpath resource of the shipped KLE emner; the file name carries the KLE version. */
    public static final String KLE = "katalog/kle-emner-2026-02.tsv";
    public static final String HANDLINGSFACETTER = "katalog/handlingsfacetter.tsv";
    public static final String FSIII = "katalog/fsiii.tsv";
    public static final String INDSATSER = "katalog/indsatser.tsv";
    public static final String FORLOEBSTYPER = "katalog/forloebstyper.tsv";

    public Katalogfiler {
        Objects.requireNonNull(kle, "kle");
        Objects.requireNonNull(handlingsfacetter, "handlingsfacetter");
        Objects.requireNonNull(fsiii, "fsiii");
        Objects.requireNonNull(indsatser, "indsatser");
        Objects.requireNonNull(forloebstyper, "forloebstyper");
    }

    /** The shipped files, read from the classpath. */
    public static Katalogfiler standard() {
        return new Katalogfiler(
                Katalogfil.fraClasspath(KLE),
                Katalogfil.fraClasspath(HANDLINGSFACETTER),
                Katalogfil.fraClasspath(FSIII),
                Katalogfil.fraClasspath(INDSATSER),
                Katalogfil.fraClasspath(FORLOEBSTYPER));
    }

    public Katalogfiler medKle(Katalogfil fil) {
        return new Katalogfiler(fil, handlingsfacetter, fsiii, indsatser, forloebstyper);
    }

    public Katalogfiler medHandlingsfacetter(Katalogfil fil) {
        return new Katalogfiler(kle, fil, fsiii, indsatser, forloebstyper);
    }

    public Katalogfiler medFsiii(Katalogfil fil) {
        return new Katalogfiler(kle, handlingsfacetter, fil, indsatser, forloebstyper);
    }

    public Katalogfiler medIndsatser(Katalogfil fil) {
        return new Katalogfiler(kle, handlingsfacetter, fsiii, fil, forloebstyper);
    }

    public Katalogfiler medForloebstyper(Katalogfil fil) {
        return new Katalogfiler(kle, handlingsfacetter, fsiii, indsatser, fil);
    }
}
