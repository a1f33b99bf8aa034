package dk.careledger.domain.katalog;

import java.util.HashMap;
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

    InMemoryKatalog(String version, Map<String, KleEmne> kleEmner, Map<String, Handlingsfacet> handlingsfacetter,
            Map<String, FsiiiKode> fsiii, Map<String, Indsats> indsatser, Map<String, Forloebstype> forloebstyper) {
        this.version = Objects.requireNonNull(version, "version");
        this.kleEmner = new HashMap<>(kleEmner);
        this.handlingsfacetter = new HashMap<>(handlingsfacetter);
        this.fsiii = new HashMap<>(fsiii);
        this.indsatser = new HashMap<>(indsatser);
        this.forloebstyper = new HashMap<>(forloebstyper);
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
    public String toString() {
        return "Katalog[" + version + "; " + kleEmner.size() + " KLE emner, " + handlingsfacetter.size()
                + " handlingsfacetter, " + fsiii.size() + " FSIII codes, " + indsatser.size() + " indsatser, "
                + forloebstyper.size() + " forløbstyper]";
    }
}
