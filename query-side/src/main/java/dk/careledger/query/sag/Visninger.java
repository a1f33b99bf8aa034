package dk.careledger.query.sag;

import dk.careledger.domain.sag.Fremdrift;
import dk.careledger.domain.indstilling.Politik;
import dk.careledger.domain.indstilling.Sagsbegreb;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The JSON answers of the sag endpoints. */
public final class Visninger {
    private Visninger() {
    }

    /** A state with its virkning (from inclusive, to exclusive; {@code til} null: open). */
    public record Tilstand(Fremdrift fremdrift, LocalDate fra, LocalDate til) {
    }

    public record Afgoerelse(UUID afgoerelseId, String type, LocalDate truffetDato, LocalDate sendtDato, LocalDate virkningsdato,
            Boolean klagevejledningGivet, LocalDate klagefristSidsteDag, boolean klagefristLoeber) {
    }

    public record IBeroPeriode(LocalDate fra, LocalDate til, UUID anmodningId) {
    }

    /** The setting in force for the sag today, and the sag's state under it. */
    public record EffektivIndstilling(Politik politik, Sagsbegreb sagsbegreb, String klePraefiks, LocalDate gyldigFra, boolean standard,
            Tilstand fremdrift, List<UUID> variantSager) {
    }

    /**
     * One sag with the Sags- og Dokumentindeks fields, its fremdrift today under every policy side by side, and the
     * setting in force. {@code titel} is decrypted ({@code "[slettet]"} when the citizen is forgotten).
     */
    public record Sag(UUID sagId, String sagsnummer, String titel, String primaerKlasse, String handlingsklasse, String foelsomhed,
            String ejer, String ansvarligEnhed, String primaerBehandler, LocalDate primaerBehandlerFra, UUID primaerPart, String sagsstatus,
            LocalDate sagsstatusDato, LocalDate opstaaetDato, String kommune, Afgoerelse senesteAfgoerelse, int antalAfgoerelser,
            LocalDate senesteKlageModtaget, int antalKlager, boolean iBero, List<IBeroPeriode> iBeroPerioder, boolean underRevisitation,
            LocalDate afsluttetDato, String afslutningsaarsag, int antalBevillinger, int antalForloeb, Map<Politik, Tilstand> fremdrift,
            EffektivIndstilling effektiv, LocalDate dato) {
    }

    /** One row of the bitemporal history. */
    public record Fremdriftsraekke(Politik politik, int loebenummer, Fremdrift fremdrift, LocalDate virkningFra, LocalDate virkningTil,
            String aktoerBruger, String aktoerRolle, Instant registreretFra, Instant registreretTil) {
    }

    public record Fremdriftshistorik(UUID sagId, Politik politik, Instant kendtPr, List<Fremdriftsraekke> raekker) {
    }

    public record Sagsresume(UUID sagId, String sagsnummer, String titel, String kleNummer, String handlingsfacet, String ejer,
            String ansvarligEnhed, UUID borgerId, String sagsstatus, LocalDate opstaaetDato, Politik politik, Fremdrift fremdrift) {
    }

    public record Sagsliste(int side, int stoerrelse, long antal, LocalDate dato, List<Sagsresume> sager) {
    }

    public record Variantsag(UUID id, Sagsbegreb variant, String noegle, String kommune, UUID borgerId, String omraade, String titelBasis,
            String titelKode, String titel, Fremdrift fremdrift, LocalDate opstaaetDato, LocalDate afsluttetDato, List<Tilstand> tidslinje,
            List<UUID> sagIds, List<UUID> bevillingIds, UUID forloebId) {
    }

    public record Variantliste(Sagsbegreb variant, int side, int stoerrelse, long antal, LocalDate dato, List<Variantsag> sager) {
    }
}
