package dk.careledger.indeksfeed.sagsindeks;

/**
 * The rules of KOMBIT's anvisning for the Sag object (sag.md v1.7, anvendelsesmønstre AM-01, vejledning §11) that the XSDs
 * cannot express, because the schemas make almost everything optional so one schema serves import, update and search
 * (vejledning §8: "der er ikke mange dataelementer, der er angivet som obligatoriske i XSD'erne"). The index does not
 * enforce them either ("man som anvendersystem ikke kan regne med at modtage en fejlmeddelelse"), so
 * {@link Anvisningskontrol} does. The constant's name is the stable code; {@link #kilde} says where the rule comes from.
 */
public enum Anvisningsregel {
    /** Ejer: "En sag SKAL have nøjagtig 1 relation til en sagsaktør med rollen 'Ejer'", by CVR 'urn:oio:cvr-nr:[0-9]{8}'. */
    EJER_MANGLER("sag.md 3.6 Sagsaktør, Ejer"),
    /** Ansvarlig: "En sag SKAL have nøjagtig 1 relation til en sagsaktør med rollen 'Ansvarlig'". */
    ANSVARLIG_MANGLER("sag.md 3.6 Sagsaktør, Ansvarlig"),
    /**
     * Ansvarlig: "Typen 'Organisation' kan ikke anvendes her, det vil sige man kan ikke tilknytte fx Roskilde kommune som
     * ansvarlig for behandlingen af en given sag. Der er behov en markering på et lavere niveau i organisationen."
     */
    ANSVARLIG_ER_MYNDIGHED("sag.md 3.6 Sagsaktør, Ansvarlig, Type"),
    /**
     * Primær klasse: "En sag SKAL have nøjagtig 1 relation til en sagsklasse med rollen 'Primær klasse'. Denne
     * klassifikation skal være en KLE-emne-relation"; "KLE-nummeret udfyldes med 6-cifre i formatet 'xx.xx.xx'".
     */
    PRIMAER_KLASSE_MANGLER("sag.md 3.8 Sagsklasse, Primær klasse"),
    /** Handlingsklasse: "En sag SKAL have nøjagtig 1 relation til en sagsklasse med rollen 'Handlingsklasse'". */
    HANDLINGSKLASSE_MANGLER("sag.md 3.8 Sagsklasse, Handlingsklasse"),
    /** Master and Afsender: "En sag SKAL have nøjagtig 1 relation til et IT-system med rollen 'Master'" (and 'Afsender'). */
    IT_SYSTEM_MANGLER("sag.md 3.12 IT-system, Master og Afsender"),
    /** Foelsomhed: "[OB1] Obligatorisk ved import – må ikke fjernes men gerne ændres." */
    FOELSOMHED_MANGLER("sag.md 3.5 Sagindeksegenskaber, Foelsomhed"),
    /** BrugervendtNoegle and Sagsnummer: "[OB1] Obligatorisk ved import – må gerne ændres men ikke fjernes". */
    SAGSNUMMER_MANGLER("sag.md 3.3 Sagsegenskaber, Brugervendtnøgle og Sagsnummer"),
    /** Titel: "[OB1] Obligatorisk ved import – må gerne ændres men ikke fjernes"; the KLE title is our fallback. */
    TITEL_MANGLER("sag.md 3.3 Sagsegenskaber, Titel"),
    /**
     * "En sag i indekset må med andre ord ikke mangle 'Opstaaet'", and the history starts there: the list is empty or
     * does not begin with Opstaaet.
     */
    OPSTAAET_MANGLER("sag.md 3.4 Tilstand, FremdriftStatusKode"),
    /**
     * A state the sag passed through is left out: Opstaaet straight to Afgjort. "Man kan altså ikke undlade at anvende
     * nogle tilstande, hvis sagen i afsendersystemet faktisk ligger i en status som svarer til en af de her listede
     * tilstande." An afgørelse means the sag was (treated as) oplyst, so Oplyst must come first (zero-length if the same
     * day). Closing without afgørelse (Opstaaet or Oplyst straight to Afsluttet) is not a skip: the anvisning's own example
     * imports such a sag "med både 'Opstaaet' og 'Afsluttet'".
     */
    TILSTAND_SPRUNGET_OVER("sag.md 3.4 Tilstand, FremdriftStatusKode"),
    /**
     * A change of state that no sag makes: a state repeated, or a step back that is not a new cycle. The only way back is
     * a revisitation, which starts again at Opstaaet after Afgjort or Afsluttet.
     */
    TILSTANDSSKIFT_UGYLDIG("sag.md 3.4 Tilstand; SagTilstand (revisitation starts a new cycle)"),
    /** "Afsendersystemer må ikke angive uendelig som FraTidspunkt for en virkning": every period has a from-date. */
    VIRKNING_FRA_MANGLER("sag.md 3.4 Tilstand, Virkning/FraTidspunkt"),
    /** A period that ends before it starts (from inclusive, to exclusive; zero length [d, d) is allowed in the middle). */
    VIRKNING_BAGLAENS("vejledning §11 Fra- og tiltidspunkter"),
    /**
     * Periods with a gap or an overlap: "samme tidsstempel kan være fradato/-tidspunkt for den efterfølgende periode,
     * hvorved der så ikke skal regnes på, om der er huller i perioderne". Each period ends where the next begins.
     */
    VIRKNING_IKKE_SAMMENHAENGENDE("vejledning §11; anvendelsesmønster AM-01"),
    /** Only the last period may be open (to = infinity); an open period before another is an overlap. */
    VIRKNING_AABEN_FOER_SIDSTE("vejledning §11; anvendelsesmønster AM-01"),
    /** The current state is open-ended (AM-01: "Afgjort 05-08-2019 +∞"); a closed last period leaves the sag without state. */
    SIDSTE_TILSTAND_LUKKET("anvendelsesmønster AM-01"),
    /**
     * "Afgørelsesklasse er relevant for sager med fremdriftsstatuskode 'Afgjort' eller 'Afsluttet'": the sag must be
     * Afgjort or Afsluttet now, and its current cycle must have been afgjort.
     */
    AFGOERELSESKLASSE_UDEN_AFGOERELSE("sag.md 3.8 Sagsklasse, Afgørelsesklasse"),
    /**
     * Importer: "Ved import af en sag skal alle sagens eventuelle forudgående tilstande medtages" (sag.md 3.4) and "Når en
     * sag første gang importeres i indeks, skal hele sagens fremdriftsforløb fra den er opstået ... angives" (AM-01). The
     * history must start at the sag's own start (its opstaaetDato).
     */
    IMPORT_UDEN_FULD_HISTORIK("sag.md 3.4 Tilstand; anvendelsesmønster AM-01"),
    /**
     * In the rendered document: a role that must occur exactly once (Ejer, Ansvarlig, Primær klasse, Handlingsklasse,
     * Master, Afsender) occurs zero or several times, or one that may occur at most once (Primær behandler, Primær part,
     * Afgørelsesklasse) occurs several times.
     */
    RELATIONSANTAL("sag.md 3.6–3.12, 'Forekomster' per rolle"),
    /**
     * A Fjern (ADR 0014) removes exactly the one index sag it was made for, named by its UUID: not several, not none
     * (an empty list), not by URN, and never by a search expression ({@code SoegUdtryk}), which could remove sager other
     * systems delivered.
     */
    FJERN_IKKE_PRAECIS_EN_SAG("SagDokumentIndeksOperationer.xsd FjernSagDokumentIndeksInput; ADR 0014"),
    /**
     * A Fjern leaves the Ydelsesindeks alone ({@code FjernOgsaaYdelse} absent or false): the bevillinger are delivered by
     * the Ydelsesindeks feed, which does not follow the Sagsindeks' regrouping.
     */
    FJERN_OGSAA_YDELSE("SagDokumentIndeksOperationer.xsd FjernSagDokumentIndeksInput; ADR 0014"),
    /** The rendered document cannot be read at all. */
    DOKUMENT_ULAESELIGT("-");

    /** Where in KOMBIT's material the rule is stated. */
    public final String kilde;

    Anvisningsregel(String kilde) {
        this.kilde = kilde;
    }
}
