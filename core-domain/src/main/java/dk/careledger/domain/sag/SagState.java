package dk.careledger.domain.sag;

import dk.careledger.domain.felles.AfgoerelseId;
import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.felles.Sagsfakta;
import dk.careledger.domain.felles.Sagsfakta.Afgoerelsesfakta;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the {@link SagDecider} needs to know about one sag, folded from its events. Immutable: every
 * {@code med…} method returns a new state.
 *
 * @param sagId              the sag; null before creation
 * @param findes             whether the sag has been opened
 * @param borgerId           the primær part, whose key encrypts the sag's free text; null before creation
 * @param ejer               the owning authority (CVR); null before creation
 * @param opstaaetDato       when the sag arose; null before creation
 * @param fremdrift          the index case state; null before creation
 * @param iBero              whether the sag is i bero, awaiting requested information (UC2 2.a2)
 * @param iBeroFra           since when it is i bero; null when not i bero
 * @param underRevisitation  whether the sag is open for a new afgørelse after one was made: a revisitation was started,
 *                           or the afgørelse was omgjort (ADR 0022), and no new afgørelse has been made since
 * @param afgoerelser        the afgørelser made on the sag
 * @param partshoeringer     each partshøring sent, and whether it has been answered
 * @param samtykker          the registered samtykker
 * @param anmodninger        the anmodninger om oplysninger sent
 * @param klager             the klager received
 * @param bevillinger        the bevillinger granted on the sag ({@code BevillingTilknyttetSag}, ADR 0020)
 * @param klassifikation     KLE emne, handlingsfacet, ansvarlig enhed, følsomhed and titel as last corrected; null before
 *                           creation
 * @param senesteAfgoerelse  the afgørelse made last; null before the first
 */
public record SagState(SagId sagId, boolean findes, BorgerId borgerId, Cvr ejer, LocalDate opstaaetDato,
        Fremdrift fremdrift, boolean iBero, LocalDate iBeroFra, boolean underRevisitation,
        Map<AfgoerelseId, Afgoerelsesspor> afgoerelser,
        Map<UUID, Boolean> partshoeringer, Set<UUID> samtykker, Set<UUID> anmodninger, Set<UUID> klager,
        Set<BevillingId> bevillinger, Sagsklassifikation klassifikation, AfgoerelseId senesteAfgoerelse) {

    public SagState {
        afgoerelser = Map.copyOf(Objects.requireNonNull(afgoerelser, "afgoerelser"));
        partshoeringer = Map.copyOf(Objects.requireNonNull(partshoeringer, "partshoeringer"));
        samtykker = Set.copyOf(Objects.requireNonNull(samtykker, "samtykker"));
        anmodninger = Set.copyOf(Objects.requireNonNull(anmodninger, "anmodninger"));
        klager = Set.copyOf(Objects.requireNonNull(klager, "klager"));
        bevillinger = Set.copyOf(Objects.requireNonNull(bevillinger, "bevillinger"));
    }

    /** Before the first event: the sag does not exist. */
    public static SagState initial() {
        return new SagState(null, false, null, null, null, null, false, null, false, Map.of(), Map.of(), Set.of(),
                Set.of(), Set.of(), Set.of(), null, null);
    }

    /** A freshly opened sag: {@link Fremdrift#OPSTAAET}, nothing else happened yet. */
    public static SagState oprettet(SagId sagId, BorgerId borgerId, Cvr ejer, LocalDate opstaaetDato,
            Sagsklassifikation klassifikation) {
        return new SagState(sagId, true, borgerId, ejer, opstaaetDato, Fremdrift.OPSTAAET, false, null, false, Map.of(),
                Map.of(), Set.of(), Set.of(), Set.of(), Set.of(), klassifikation, null);
    }

    /** What other aggregates' rules may rely on (ADR 0020); only for an existing sag. */
    public Sagsfakta fakta() {
        return new Sagsfakta(borgerId, opstaaetDato, afgoerelser.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> new Afgoerelsesfakta(e.getValue().type() != Afgoerelsestype.AFSLAG, e.getValue().truffetDato(),
                        e.getValue().omgjort()))));
    }

    /** Whether the afgørelse was made on this sag, omgjort or not. */
    public boolean harAfgoerelse(AfgoerelseId afgoerelseId) {
        return afgoerelser.containsKey(afgoerelseId);
    }

    /** Business-closed, with or without an afgørelse. */
    public boolean afsluttet() {
        return fremdrift == Fremdrift.AFSLUTTET;
    }

    /** At least one afgørelse that has not been omgjort stands on the sag. */
    public boolean harAfgoerelse() {
        return afgoerelser.values().stream().anyMatch(a -> !a.omgjort());
    }

    /** Afgjort and not reopened by a revisitation or an omgørelse: a further afgørelse is not yet possible. */
    public boolean afgjortUdenRevisitation() {
        return harAfgoerelse() && !underRevisitation;
    }

    /** Whether the partshøring has been sent on this sag. */
    public boolean harPartshoering(UUID partshoeringId) {
        return partshoeringer.containsKey(partshoeringId);
    }

    /** Whether the partshøring has been answered; false when unknown. */
    public boolean partshoeringBesvaret(UUID partshoeringId) {
        return Boolean.TRUE.equals(partshoeringer.get(partshoeringId));
    }

    public SagState medFremdrift(Fremdrift nyFremdrift) {
        return new SagState(sagId, findes, borgerId, ejer, opstaaetDato, nyFremdrift, iBero, iBeroFra, underRevisitation, afgoerelser,
                partshoeringer, samtykker, anmodninger, klager, bevillinger, klassifikation, senesteAfgoerelse);
    }

    public SagState medIBero(boolean nyIBero, LocalDate fra) {
        return new SagState(sagId, findes, borgerId, ejer, opstaaetDato, fremdrift, nyIBero, nyIBero ? fra : null, underRevisitation,
                afgoerelser, partshoeringer, samtykker, anmodninger, klager, bevillinger, klassifikation, senesteAfgoerelse);
    }

    public SagState medRevisitation(boolean nyUnderRevisitation) {
        return new SagState(sagId, findes, borgerId, ejer, opstaaetDato, fremdrift, iBero, iBeroFra, nyUnderRevisitation, afgoerelser,
                partshoeringer, samtykker, anmodninger, klager, bevillinger, klassifikation, senesteAfgoerelse);
    }

    /** Records the afgørelse: the sag becomes {@link Fremdrift#AFGJORT} and any revisitation is concluded. */
    public SagState medAfgoerelse(AfgoerelseId afgoerelseId, Afgoerelsestype type, LocalDate truffetDato, LocalDate sendtDato) {
        Map<AfgoerelseId, Afgoerelsesspor> nye = new HashMap<>(afgoerelser);
        nye.put(afgoerelseId, new Afgoerelsesspor(type, truffetDato, sendtDato, false));
        return new SagState(sagId, findes, borgerId, ejer, opstaaetDato, Fremdrift.AFGJORT, iBero, iBeroFra, false,
                nye, partshoeringer, samtykker, anmodninger, klager, bevillinger, klassifikation, afgoerelseId);
    }

    /** The afgørelse's sendtDato corrected (ADR 0022). */
    public SagState medSendtDato(AfgoerelseId afgoerelseId, LocalDate sendtDato) {
        Afgoerelsesspor spor = afgoerelser.get(afgoerelseId);
        return medAfgoerelsesspor(afgoerelseId, new Afgoerelsesspor(spor.type(), spor.truffetDato(), sendtDato, spor.omgjort()),
                fremdrift, underRevisitation);
    }

    /**
     * The afgørelse omgjort (ADR 0022): it no longer stands, and the sag is open for a new afgørelse, as after a
     * revisitation, informed as it was ({@link Fremdrift#OPLYST}).
     */
    public SagState medOmgjortAfgoerelse(AfgoerelseId afgoerelseId) {
        Afgoerelsesspor spor = afgoerelser.get(afgoerelseId);
        return medAfgoerelsesspor(afgoerelseId, new Afgoerelsesspor(spor.type(), spor.truffetDato(), spor.sendtDato(), true),
                Fremdrift.OPLYST, true);
    }

    private SagState medAfgoerelsesspor(AfgoerelseId afgoerelseId, Afgoerelsesspor spor, Fremdrift nyFremdrift,
            boolean nyUnderRevisitation) {
        Map<AfgoerelseId, Afgoerelsesspor> nye = new HashMap<>(afgoerelser);
        nye.put(afgoerelseId, spor);
        return new SagState(sagId, findes, borgerId, ejer, opstaaetDato, nyFremdrift, iBero, iBeroFra, nyUnderRevisitation,
                nye, partshoeringer, samtykker, anmodninger, klager, bevillinger, klassifikation, senesteAfgoerelse);
    }

    /** The classification corrected (ADR 0022). */
    public SagState medKlassifikation(Sagsklassifikation ny) {
        return new SagState(sagId, findes, borgerId, ejer, opstaaetDato, fremdrift, iBero, iBeroFra, underRevisitation,
                afgoerelser, partshoeringer, samtykker, anmodninger, klager, bevillinger, ny, senesteAfgoerelse);
    }

    public SagState medPartshoering(UUID partshoeringId, boolean besvaret) {
        Map<UUID, Boolean> nye = new HashMap<>(partshoeringer);
        nye.put(partshoeringId, besvaret);
        return new SagState(sagId, findes, borgerId, ejer, opstaaetDato, fremdrift, iBero, iBeroFra, underRevisitation, afgoerelser,
                nye, samtykker, anmodninger, klager, bevillinger, klassifikation, senesteAfgoerelse);
    }

    public SagState medSamtykke(UUID samtykkeId) {
        return new SagState(sagId, findes, borgerId, ejer, opstaaetDato, fremdrift, iBero, iBeroFra, underRevisitation, afgoerelser,
                partshoeringer, plus(samtykker, samtykkeId), anmodninger, klager, bevillinger, klassifikation, senesteAfgoerelse);
    }

    public SagState medAnmodning(UUID anmodningId) {
        return new SagState(sagId, findes, borgerId, ejer, opstaaetDato, fremdrift, iBero, iBeroFra, underRevisitation, afgoerelser,
                partshoeringer, samtykker, plus(anmodninger, anmodningId), klager, bevillinger, klassifikation, senesteAfgoerelse);
    }

    public SagState medKlage(UUID klageId) {
        return new SagState(sagId, findes, borgerId, ejer, opstaaetDato, fremdrift, iBero, iBeroFra, underRevisitation, afgoerelser,
                partshoeringer, samtykker, anmodninger, plus(klager, klageId), bevillinger, klassifikation, senesteAfgoerelse);
    }

    public SagState medBevilling(BevillingId bevillingId) {
        return new SagState(sagId, findes, borgerId, ejer, opstaaetDato, fremdrift, iBero, iBeroFra, underRevisitation,
                afgoerelser, partshoeringer, samtykker, anmodninger, klager, plus(bevillinger, bevillingId), klassifikation,
                senesteAfgoerelse);
    }

    private static <T> Set<T> plus(Set<T> set, T element) {
        Set<T> nye = new HashSet<>(set);
        nye.add(element);
        return nye;
    }
}
