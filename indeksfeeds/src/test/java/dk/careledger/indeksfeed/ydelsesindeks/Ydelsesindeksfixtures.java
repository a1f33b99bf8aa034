package dk.careledger.indeksfeed.ydelsesindeks;

import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.katalog.Katalog;
import dk.careledger.domain.katalog.KleEmne;
import dk.careledger.domain.testfixtures.TestKontekst;
import dk.careledger.indeksfeed.Identitetsopslag;
import dk.careledger.indeksfeed.Personident;
import dk.careledger.indeksfeed.Personident.Identtype;
import dk.careledger.indeksfeed.ydelsesindeks.Ydelsesregistrering.Operation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Bevillinger and renderers the Ydelsesindeks tests share. */
final class Ydelsesindeksfixtures {
    static final String AALBORG = "29189420";
    static final UUID BORGER = UUID.fromString("7f1c2a90-3d4b-4e5f-8a6b-1c2d3e4f5a60");
    static final UUID SAG = UUID.fromString("0b6a4e2c-5f1d-4c3b-9a8e-7d6c5b4a3920");
    static final UUID PLEJE = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c01");
    static final UUID TILSKUD = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c95");
    static final UUID MASTER = UUID.fromString("6f1b7d1e-0000-4000-8000-00000000ca7e");
    static final UUID AFSENDER = UUID.fromString("6f1b7d1e-0000-4000-8000-00000000ca7f");
    static final LocalDate BEVILGET = LocalDate.of(2026, 3, 2);
    static final LocalDate START = LocalDate.of(2026, 3, 9);
    static final Instant TRIN = Instant.parse("2026-03-02T09:15:00Z");
    static final String SAGSBEHANDLER = "sb-0001";
    static final String CPR = "0101801234";
    /** 12,000.00 kr. a month. */
    static final long MAANEDSBELOEB = 1_200_000L;

    /** The register knows the citizen by CPR number and name. */
    static final Identitetsopslag KENDT = id -> Optional.of(new Personident(Identtype.CPR, CPR, "Karen Jensen"));
    /** The citizen has been forgotten (crypto-shredded). */
    static final Identitetsopslag GLEMT = id -> Optional.empty();

    static final YdelsesindeksXml XML = new YdelsesindeksXml(KENDT, YdelsesindeksXml.STANDARD_SYSTEMNAVN);

    private Ydelsesindeksfixtures() {
    }

    /** Personlig pleje (SEL § 83) on a sag, KLE 27.36.04, from {@link #START} with the given last day (null = løbende). */
    static Ydelsesdata personligPleje(LocalDate slut) {
        return new Ydelsesdata(PLEJE, BORGER, AALBORG, SAG, "SEL-83-PP", "27.36.04", "TID", BEVILGET, START, slut, null);
    }

    /** Kommunal sygepleje (SUL § 138) granted by a selvvisiterende unit: no sag. */
    static Ydelsesdata sygeplejeUdenSag() {
        return new Ydelsesdata(PLEJE, BORGER, AALBORG, null, "SUL-138", "29.18.00", "TID", BEVILGET, BEVILGET, LocalDate.of(2026, 4, 30),
                null);
    }

    /** Kontant tilskud til hjælpere (SEL § 95): money, {@link #MAANEDSBELOEB} a month. */
    static Ydelsesdata kontantTilskud(LocalDate start, LocalDate slut) {
        return new Ydelsesdata(TILSKUD, BORGER, AALBORG, SAG, "SEL-95", "27.39.16", "OEKONOMISK", BEVILGET, start, slut, MAANEDSBELOEB);
    }

    static Bevillingsbillede.Rammer rammer(String ydelsesnavn) {
        return new Bevillingsbillede.Rammer(ydelsesnavn, "Personlig og praktisk hjælp", Foelsomhed.FOELSOMME_PERSONOPLYSNINGER,
                new Bevillingsregistrering.Bevillingssag(SAG, "27.36.04-2026-17"), "Visitationen Øst", "Aalborg Kommune", MASTER, AFSENDER);
    }

    static Bevillingsbillede.Rammer rammer() {
        return rammer("Personlig pleje");
    }

    /** The context of a bevilling with its indsats' and KLE emne's names from the shipped catalogue. */
    static Bevillingsbillede.Rammer rammer(Ydelsesdata d) {
        Katalog k = TestKontekst.KATALOG;
        return new Bevillingsbillede.Rammer(k.indsats(d.indsatsKode()).orElseThrow().navn(),
                k.kleEmne(d.kleEmne()).map(KleEmne::titel).orElse(null), Foelsomhed.FOELSOMME_PERSONOPLYSNINGER,
                d.sagId() == null ? null : new Bevillingsregistrering.Bevillingssag(d.sagId(), "27.36.04-2026-17"), "Visitationen Øst", "Aalborg Kommune", MASTER, AFSENDER);
    }

    /** The bevilling's first delivery, by the caseworker in {@link #TRIN}. */
    static Bevillingsregistrering importer(Ydelsesdata d) {
        return Bevillingsbillede.medTrin(Bevillingsbillede.af(d, rammer(d)).orElseThrow(), Operation.IMPORTER, TRIN, SAGSBEHANDLER);
    }
}
