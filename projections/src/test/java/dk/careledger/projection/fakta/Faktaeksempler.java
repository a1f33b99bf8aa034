package dk.careledger.projection.fakta;

import dk.careledger.domain.bevilling.OphoersAarsag;
import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.felles.Rolle;
import dk.careledger.domain.sag.Afgoerelsestype;
import dk.careledger.domain.sag.AfslutningsAarsag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One fact of every kind, with every field set (and a free text that needs escaping), for the stored-shape tests. */
final class Faktaeksempler {
    static final UUID SAG = UUID.fromString("00000000-0000-0000-0000-00000000005a");
    static final UUID BORGER = UUID.fromString("00000000-0000-0000-0000-0000000000b0");
    static final UUID BEVILLING = UUID.fromString("00000000-0000-0000-0000-0000000000be");
    static final UUID FORLOEB = UUID.fromString("00000000-0000-0000-0000-0000000000f0");
    static final UUID AFGOERELSE = UUID.fromString("00000000-0000-0000-0000-0000000000af");
    static final UUID ANMODNING = UUID.fromString("00000000-0000-0000-0000-0000000000a0");
    static final UUID KLAGE = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

    private Faktaeksempler() {
    }

    static Faktahoved hoved(long indeks, UUID emne) {
        return new Faktahoved(indeks, emne, Instant.parse("2026-03-02T09:15:30.123456Z"), "29189420", "sb-0001", Rolle.SAGSBEHANDLER);
    }

    static LocalDate dag(int d) {
        return LocalDate.of(2026, 3, d);
    }

    static List<Faktum> alle() {
        return List.of(
                new Faktum.SagOprettet(hoved(1, SAG), "S-2026-000017", BORGER, "29189420", "Visitation \"Øst\" \\ hjemmepleje", "27.24.12",
                        "G01", Foelsomhed.FOELSOMME_PERSONOPLYSNINGER, BORGER, "Y2lmZmVydGVrc3Q=", dag(1), "sb-0001"),
                new Faktum.SagsbehandlerTildelt(hoved(2, SAG), "sb-0002", dag(2)),
                new Faktum.TilstandVurderet(hoved(3, SAG), dag(3)),
                new Faktum.OplysningerAnmodet(hoved(4, SAG), dag(4)),
                new Faktum.SagSatIBero(hoved(5, SAG), ANMODNING, dag(5)),
                new Faktum.SagGenoptaget(hoved(6, SAG), dag(6)),
                new Faktum.SagOplyst(hoved(7, SAG), dag(7)),
                new Faktum.PartshoeringSendt(hoved(8, SAG), dag(8)),
                new Faktum.PartshoeringBesvaret(hoved(9, SAG), dag(9)),
                new Faktum.AfgoerelseTruffet(hoved(10, SAG), AFGOERELSE, Afgoerelsestype.DELVIS_BEVILLING, true, dag(10), dag(11), dag(12)),
                new Faktum.KlageModtaget(hoved(11, SAG), KLAGE, AFGOERELSE, dag(13)),
                new Faktum.RevisitationStartet(hoved(12, SAG), dag(14)),
                new Faktum.SagAfsluttetUdenAfgoerelse(hoved(13, SAG), AfslutningsAarsag.TRUKKET_TILBAGE, dag(15)),
                new Faktum.SagAfsluttet(hoved(14, SAG), dag(16)),
                new Faktum.BevillingGivet(hoved(15, BEVILLING), BORGER, SAG, AFGOERELSE, "SEL-83", "27.24.12", dag(10), dag(17)),
                new Faktum.BevillingOphoert(hoved(16, BEVILLING), OphoersAarsag.DOED, dag(18)),
                new Faktum.ForloebStartet(hoved(17, FORLOEB), BORGER, "FSIII-SUL", "29.18.00", dag(19)),
                new Faktum.SagTilknyttetForloeb(hoved(18, FORLOEB), SAG),
                new Faktum.BevillingTilknyttetForloeb(hoved(19, FORLOEB), BEVILLING),
                new Faktum.ForloebAfsluttet(hoved(20, FORLOEB), dag(20)),
                new Faktum.SagOmklassificeret(hoved(21, SAG), "Rehabilitering", "27.36.06", "G01", Foelsomhed.FORTROLIGE_PERSONOPLYSNINGER,
                        BORGER, "bnl0aXRlbA=="),
                new Faktum.AfgoerelseSendtDatoRettet(hoved(22, SAG), AFGOERELSE, dag(21)),
                new Faktum.AfgoerelseOmgjort(hoved(23, SAG), AFGOERELSE, dag(22)),
                new Faktum.BevillingStartdatoRettet(hoved(24, BEVILLING), dag(23)),
                new Faktum.BevillingSagTilknyttet(hoved(25, BEVILLING), SAG, AFGOERELSE));
    }
}
