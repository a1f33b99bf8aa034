package dk.careledger.projection.sag.sagsbegreb.laesning;

import dk.careledger.domain.sag.Fremdrift;
import dk.careledger.projection.sag.laesning.SagTilstand.Periode;
import dk.careledger.domain.indstilling.Sagsbegreb;
import dk.careledger.projection.jdbc.Sqlvaerdi;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One sag on the list a kommune would keep under a {@link Sagsbegreb} variant (one row of {@code sagsbegreb_sag}).
 *
 * @param id           {@code UUID.nameUUIDFromBytes(variant + ":" + noegle)}, so the same facts give the same id
 * @param noegle       what the row is one of: {@code sag:<sagId>:<cyklus>}, {@code borger:<borgerId>:<kommune>:<NN.NN>},
 *                     {@code forloeb:<forloebId>}, {@code sag:<sagId>} or {@code bevilling:<bevillingId>}
 * @param omraade      the KLE the row is about: the sag's emne, the KLE gruppe {@code NN.NN}, or the forløb's KLE
 * @param titelBasis   where the title comes from: {@code SAGSTITEL} (the sag's encrypted title, {@code titelKode} =
 *                     sagsnummer), {@code KLE_GRUPPE} ({@code titelKode} = NN.NN), {@code FORLOEBSTYPE} (the type code)
 *                     or {@code INDSATS} (the indsats code of a lone bevilling)
 * @param tidslinje    the row's fremdrift under its variant's own rule (see {@link Sagsbegrebsberegning})
 * @param fremdrift    the last state in the timeline, from {@code fremdriftFra} (may lie in the future)
 * @param afsluttetDato the start of a final Afsluttet, else null
 */
public record VariantSag(UUID id, Sagsbegreb variant, String noegle, String kommune, UUID borgerId, String omraade, String titelBasis,
        String titelKode, UUID titelEjer, String titelChiffertekst, Fremdrift fremdrift, LocalDate fremdriftFra, LocalDate opstaaetDato,
        LocalDate afsluttetDato, List<Periode> tidslinje, List<UUID> sagIds, List<UUID> bevillingIds, UUID forloebId) {

    public VariantSag {
        tidslinje = List.copyOf(tidslinje);
        sagIds = List.copyOf(sagIds);
        bevillingIds = List.copyOf(bevillingIds);
    }

    /** The deterministic id of the row with this key under the variant. */
    public static UUID id(Sagsbegreb variant, String noegle) {
        return UUID.nameUUIDFromBytes((variant.name() + ":" + noegle).getBytes(StandardCharsets.UTF_8));
    }

    /** The id of the citizen's borgersag for a kommune and KLE gruppe ({@code NN.NN}) under borgersag per område. */
    public static UUID borgersag(UUID borger, String kommune, String gruppe) {
        return id(Sagsbegreb.BORGERSAG_PR_OMRAADE, borgersagsnoegle(borger, kommune, gruppe));
    }

    /** The key of that borgersag's row. */
    public static String borgersagsnoegle(UUID borger, String kommune, String gruppe) {
        return "borger:" + borger + ":" + kommune + ":" + gruppe;
    }

    /** The id of a forløb's sag under FSIII per forløb. */
    public static UUID forloebssag(UUID forloeb) {
        return id(Sagsbegreb.FSIII_PR_FORLOEB, forloebsnoegle(forloeb));
    }

    /** The key of that forløb's row. */
    public static String forloebsnoegle(UUID forloeb) {
        return "forloeb:" + forloeb;
    }

    /**
     * The row's KLE emne where it stands as one index sag (Sagsindeks, Borgerblikket): a borgersag's gruppe as its emne
     * {@code NN.NN.00} ("… i almindelighed"); a forløb's KLE, or its {@code .00} emne if it is a gruppe.
     */
    public String indeksKle() {
        return variant == Sagsbegreb.BORGERSAG_PR_OMRAADE || omraade.length() == 5 ? omraade + ".00" : omraade;
    }

    /** The row's sagsnummer where it stands as one index sag: {@link #borgersagsnummer} or {@link #forloebssagsnummer}. */
    public String indekssagsnummer() {
        return variant == Sagsbegreb.BORGERSAG_PR_OMRAADE ? borgersagsnummer(omraade, id) : forloebssagsnummer(id);
    }

    /**
     * A borgersag's sagsnummer (BrugervendtNoegle): {@code BS-<NN.NN>-<uuid>}, the UUID without dashes (41 characters;
     * KOMBIT allows 50). Unique per kommune because the UUID is, and it names no person.
     */
    public static String borgersagsnummer(String gruppe, UUID id) {
        return "BS-" + gruppe + "-" + id.toString().replace("-", "");
    }

    /** A forløb's sag's sagsnummer: {@code FL-<uuid>}, the UUID without dashes (35 characters). */
    public static String forloebssagsnummer(UUID id) {
        return "FL-" + id.toString().replace("-", "");
    }

    /** A stored row of {@code sagsbegreb_sag}, read back by the projection, the query side and the policy-change report. */
    public static VariantSag fra(ResultSet rs) throws SQLException {
        return new VariantSag(rs.getObject("id", UUID.class), Sagsbegreb.valueOf(rs.getString("variant")), rs.getString("noegle"),
                rs.getString("kommune"), rs.getObject("borger_id", UUID.class), rs.getString("omraade"), rs.getString("titel_basis"),
                rs.getString("titel_kode"), rs.getObject("titel_ejer", UUID.class), rs.getString("titel_chiffertekst"),
                Fremdrift.valueOf(rs.getString("fremdrift")), Sqlvaerdi.lokal(rs.getDate("fremdrift_fra")), Sqlvaerdi.lokal(rs.getDate("opstaaet_dato")),
                Sqlvaerdi.lokal(rs.getDate("afsluttet_dato")), Tidslinjer.fraJson(rs.getString("tidslinje")), uuider(rs.getArray("sag_ids")),
                uuider(rs.getArray("bevilling_ids")), rs.getObject("forloeb_id", UUID.class));
    }

    private static List<UUID> uuider(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.stream((Object[]) a.getArray()).map(o -> (UUID) o).toList();
    }
}
