package dk.careledger.domain.katalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link Katalog} held in hash maps: every lookup is O(1). Built only by {@link Kataloglaeser}, which has
 * validated the content; the maps are never changed after construction, so instances are safe to share
 * between threads.
 */
final class InMemoryKatalog implements Katalog {

    private final String version;
    private final Map<String, KleEmne> kleEmner;
    private final Map<String, Handlingsfacet> handlingsfacetter;
    private final Map<String, FsiiiKode> fsiii;
    private final Map<String, Indsats> indsatser;
    private final Map<String, Forloebstype> forloebstyper;
    private final Map<String, String> versioner;

    /**
     * @param versioner each list's version by its API name ({@code kle-emner}, {@code handlingsfacetter}, {@code fsiii},
     *                  {@code indsatser}, {@code forloebstyper}); the maps keep the files' order
     */
    InMemoryKatalog(String version, Map<String, String> versioner, Map<String, KleEmne> kleEmner,
            Map<String, Handlingsfacet> handlingsfacetter, Map<String, FsiiiKode> fsiii, Map<String, Indsats> indsatser,
            Map<String, Forloebstype> forloebstyper) {
        this.version = Objects.requireNonNull(version, "version");
        this.versioner = Map.copyOf(versioner);
        this.kleEmner = new LinkedHashMap<>(kleEmner);
        this.handlingsfacetter = new LinkedHashMap<>(handlingsfacetter);
        this.fsiii = new LinkedHashMap<>(fsiii);
        this.indsatser = new LinkedHashMap<>(indsatser);
        this.forloebstyper = new LinkedHashMap<>(forloebstyper);
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Optional<KleEmne> kleEmne(String nummer) {
        return Optional.ofNullable(kleEmner.get(nummer));
    }

    @Override
    public Optional<Handlingsfacet> handlingsfacet(String kode) {
        return Optional.ofNullable(handlingsfacetter.get(kode));
    }

    @Override
    public Optional<FsiiiKode> fsiii(String kode) {
        return Optional.ofNullable(fsiii.get(kode));
    }

    @Override
    public Optional<Indsats> indsats(String kode) {
        return Optional.ofNullable(indsatser.get(kode));
    }

    @Override
    public Optional<Forloebstype> forloebstype(String kode) {
        return Optional.ofNullable(forloebstyper.get(kode));
    }

    @Override
    public Kodeliste<KleEmne> kleEmner() {
        return liste("kle-emner", kleEmner);
    }

    @Override
    public Kodeliste<Handlingsfacet> handlingsfacetter() {
        return liste("handlingsfacetter", handlingsfacetter);
    }

    @Override
    public Kodeliste<FsiiiKode> fsiiiKoder() {
        return liste("fsiii", fsiii);
    }

    @Override
    public Kodeliste<Indsats> indsatser() {
        return liste("indsatser", indsatser);
    }

    @Override
    public Kodeliste<Forloebstype> forloebstyper() {
        return liste("forloebstyper", forloebstyper);
    }

    private <T> Kodeliste<T> liste(String navn, Map<String, T> koder) {
        return new Kodeliste<>(navn, versioner.get(navn), List.copyOf(koder.values()));
    }

    @Override
    public String toString() {
        return "Katalog[" + version + "; " + kleEmner.size() + " KLE emner, " + handlingsfacetter.size()
                + " handlingsfacetter, " + fsiii.size() + " FSIII codes, " + indsatser.size() + " indsatser, "
                + forloebstyper.size() + " forløbstyper]";
    }
}
