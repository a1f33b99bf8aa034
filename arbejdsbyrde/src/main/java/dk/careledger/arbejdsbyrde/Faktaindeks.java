package dk.careledger.arbejdsbyrde;

import dk.careledger.domain.sag.event.AfgoerelseOmgjort;
import dk.careledger.domain.bevilling.event.BevillingGivet;
import dk.careledger.domain.bevilling.event.BevillingOphoert;
import dk.careledger.domain.felles.Faktatabel;
import dk.careledger.domain.felles.Opslag;
import dk.careledger.domain.felles.Sagsfakta;
import dk.careledger.domain.felles.Sagsfakta.Afgoerelsesfakta;
import dk.careledger.domain.henvendelse.event.HenvendelseModtaget;
import dk.careledger.domain.sag.Afgoerelsestype;
import dk.careledger.domain.sag.event.AfgoerelseTruffet;
import dk.careledger.domain.sag.event.SagOprettet;
import java.util.Map;

/**
 * The generator's {@link Opslag}: the immutable facts of every sag, henvendelse and bevilling generated so far, and when
 * each bevilling stops, kept from their events (a few ids and dates each, not the aggregates' states), so the deciders
 * check references as the command side does (ADR 0020).
 */
final class Faktaindeks {
    private final Faktatabel tabel = new Faktatabel();

    Opslag opslag() {
        return tabel;
    }

    void husk(Object haendelse) {
        if (haendelse instanceof SagOprettet o) {
            tabel.medSag(o.sagId(), new Sagsfakta(o.borgerId(), o.opstaaetDato(), Map.of()));
        } else if (haendelse instanceof AfgoerelseTruffet a) {
            tabel.medAfgoerelse(a.sagId(), a.afgoerelseId(), new Afgoerelsesfakta(a.type() != Afgoerelsestype.AFSLAG, a.truffetDato()));
        } else if (haendelse instanceof AfgoerelseOmgjort o) {
            tabel.medOmgjort(o.sagId(), o.afgoerelseId());
        } else if (haendelse instanceof HenvendelseModtaget m) {
            tabel.medHenvendelse(m.henvendelseId(), m.borgerId());
        } else if (haendelse instanceof BevillingGivet g) {
            tabel.medBevilling(g.bevillingId(), g.borgerId());
            if (g.slutdato() != null) {
                tabel.medSlut(g.bevillingId(), g.slutdato().plusDays(1));
            }
        } else if (haendelse instanceof BevillingOphoert o) {
            tabel.medSlut(o.bevillingId(), o.ophoersdato());
        }
    }
}
