package dk.careledger.indeksfeed.sagsindeks;

import dk.careledger.domain.felles.Dekryptering;
import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.sag.Fremdrift;
import dk.careledger.indeksfeed.Identitetsopslag;
import dk.careledger.indeksfeed.Personident;
import dk.careledger.indeksfeed.sagsindeks.Sagsregistrering.Operation;
import dk.careledger.indeksfeed.sagsindeks.Sagsregistrering.Tilstandsperiode;
import dk.careledger.indeksfeed.sagsindeks.Sagsregistrering.Titel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Test data for the Sagsindeks: a builder for {@link Sagsregistrering} that starts from a complete, valid, afgjort sag,
 * and an in-memory citizen register and key vault (a citizen missing from them is forgotten).
 */
final class Registreringer {
    static final UUID SAG = UUID.fromString("650f76c0-1a3c-3503-8a83-b615abc3431d");
    static final UUID BORGER = UUID.fromString("5229b47d-66d0-39fe-a0b4-1a9e3f2ca463");
    static final UUID MASTER = UUID.fromString("1111aaaa-11aa-22bb-33cc-111111aaaaaa");
    static final UUID AFSENDER = UUID.fromString("2222bbbb-11aa-22bb-33cc-222222bbbbbb");
    static final String KOMMUNE = "29189420";
    static final String CPR = "0101901234";
    static final String CHIFFER = "v1:Y2hpZmZlcjp0aXRlbA==";
    static final String EGEN_TITEL = "Hjemmehjælp til Karen efter hofteoperation";
    static final String KLE_TITEL = "Personlig og praktisk hjælp";

    /** Citizen register: borgerId → identifier; absent = forgotten. */
    final Map<UUID, Personident> register = new HashMap<>(Map.of(BORGER, new Personident(Personident.Identtype.CPR, CPR, "Karen Jensen")));
    /** Key vault: chiffertekst → plaintext; absent = the key is destroyed. */
    final Map<String, String> noegler = new HashMap<>(Map.of(CHIFFER, EGEN_TITEL));

    final Identitetsopslag opslag = id -> Optional.ofNullable(register.get(id));
    final Dekryptering dekryptering = t -> Optional.ofNullable(noegler.get(t.chiffertekst()));

    SagsindeksXml xml() {
        return new SagsindeksXml(dekryptering, opslag, SagsindeksXml.STANDARD_SYSTEMNAVN);
    }

    /** The citizen is forgotten: gone from the register, their key destroyed. */
    void glem() {
        register.remove(BORGER);
        noegler.remove(CHIFFER);
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Tilstandsperiode p(Fremdrift f, String fra, String til) {
        return new Tilstandsperiode(f, fra == null ? null : d(fra), til == null ? null : d(til), "sb-0001");
    }

    /** Opstaaet → Oplyst → Afgjort → Afsluttet, cut after the given state (which is then open). */
    static List<Tilstandsperiode> forloebTil(Fremdrift sidste) {
        String[] datoer = {"2026-01-05", "2026-01-20", "2026-02-01", "2026-03-03"};
        List<Tilstandsperiode> ud = new ArrayList<>();
        for (Fremdrift f : Fremdrift.values()) {
            boolean er = f == sidste;
            ud.add(p(f, datoer[f.ordinal()], er ? null : datoer[f.ordinal() + 1]));
            if (er) {
                break;
            }
        }
        return ud;
    }

    static Byg afgjortSag() {
        return new Byg();
    }

    /** Mutable on purpose: each test changes the one thing it is about. */
    static final class Byg {
        Operation operation = Operation.IMPORTER;
        UUID sagUuid = SAG;
        Instant tidspunkt = Instant.parse("2026-02-01T10:15:30Z");
        String brugerRef = "sb-0001";
        String sagsnummer = "27.36.04-G01-17-26";
        Titel titel = new Titel(KLE_TITEL, BORGER, CHIFFER, false);
        String kleEmne = "27.36.04";
        String handlingsfacet = "G01";
        Foelsomhed foelsomhed = Foelsomhed.FOELSOMME_PERSONOPLYSNINGER;
        String ejerCvr = KOMMUNE;
        String ansvarligEnhed = "hjemmepleje-nord";
        String primaerBehandler = "sb-0001";
        LocalDate primaerBehandlerFra = d("2026-01-05");
        UUID borgerId = BORGER;
        UUID masterItSystem = MASTER;
        UUID afsenderItSystem = AFSENDER;
        String afgoerelsesklasse = "BEVILGET";
        String sagsstatus = "Afgjort – bevilling";
        boolean skjultForBorger = false;
        LocalDate opstaaetDato = d("2026-01-05");
        Instant oprettetTidspunkt = Instant.parse("2026-01-05T08:00:00Z");
        List<Tilstandsperiode> tilstande = forloebTil(Fremdrift.AFGJORT);

        Byg opdater() {
            operation = Operation.OPDATER;
            return this;
        }

        Byg tilstande(Tilstandsperiode... t) {
            tilstande = List.of(t);
            return this;
        }

        /** Ends in {@code f}, with an Afgørelsesklasse only where the anvisning allows one. */
        Byg i(Fremdrift f) {
            tilstande = forloebTil(f);
            afgoerelsesklasse = f == Fremdrift.AFGJORT || f == Fremdrift.AFSLUTTET ? "BEVILGET" : null;
            return this;
        }

        Sagsregistrering byg() {
            return new Sagsregistrering(operation, sagUuid, tidspunkt, brugerRef, sagsnummer, titel, kleEmne, handlingsfacet, foelsomhed,
                    ejerCvr, ansvarligEnhed, primaerBehandler, primaerBehandlerFra, borgerId, masterItSystem, afsenderItSystem,
                    afgoerelsesklasse, sagsstatus, skjultForBorger, opstaaetDato, oprettetTidspunkt, tilstande);
        }
    }

    private Registreringer() {
    }

    static Registreringer nye() {
        return new Registreringer();
    }
}
