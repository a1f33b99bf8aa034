package dk.careledger.domain.indstilling;


/**
 * When a sag is "afsluttet" (KL/KOMBIT solution A). Every sag carries its fremdrift under every policy side by side;
 * which one a kommune uses is a fact of its settings ({@link dk.careledger.domain.indstilling.event.AfslutningspolitikFastsat}, ADR 0021). The names are stored and part of the
 * API: never rename them. The rules, as the sag read model ({@code SagTilstand.tidslinje}) applies them to each afgørelse:
 * <ul>
 *   <li>{@link #VED_AFGOERELSE}: Afsluttet when the afgørelse is sent ({@code sendtDato}, else {@code truffetDato}).</li>
 *   <li>{@link #VED_KLAGEFRIST}: Afsluttet the day after the four-week klagefrist, counted from {@code sendtDato} (else
 *       {@code truffetDato}), when no klage on that afgørelse was received within it. The row is stored with its
 *       (possibly future) virkning; whether the frist has passed is answered at query time against the clock. A klage
 *       within the frist keeps the sag Afgjort until it is closed explicitly or revisited (a later, late klage changes
 *       nothing).</li>
 *   <li>{@link #VED_LEVERINGSOPHOER}: Afsluttet when every bevilling given on the sag ({@code BevillingGivet.sagId}) has
 *       ophørt and every forløb the sag is tied to has ended; virkning = the last of those dates. An afslag without a
 *       bevilling falls back to the afgørelse; a grant whose bevilling has not been given yet stays Afgjort.</li>
 *   <li>{@link #EKSPLICIT}: only the caseworker's closing ({@code SagAfsluttet}, {@code SagAfsluttetUdenAfgoerelse}).</li>
 * </ul>
 * Under every policy an explicit closing closes the sag (KOMBIT: Afsluttet must mirror the business closure in the
 * source system); a policy can only close it earlier.
 */
public enum Politik {
    VED_AFGOERELSE,
    VED_KLAGEFRIST,
    VED_LEVERINGSOPHOER,
    EKSPLICIT
}
