package dk.careledger.query.tidslinje;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.careledger.domain.felles.Dekryptering;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.Tidszone;
import dk.careledger.query.tid.Tidsparametre.Tidsvalg;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Reads one aggregate's stream from the event store and makes it readable. This is the minimal read view that
 * closes the loop before the projections (issue 3); it reads the log and never writes.
 */
@Service
public class Tidslinjelaeser {
    public static final String SLETTET = "[slettet]";

    private static final Map<String, String> BESKRIVELSER = Map.ofEntries(
            Map.entry("HenvendelseModtaget", "Henvendelse modtaget"),
            Map.entry("HenvendelseAfklaret", "Henvendelse afklaret"),
            Map.entry("HenvendelseHaandteret", "Henvendelse håndteret"),
            Map.entry("SagOprettet", "Sag oprettet"),
            Map.entry("SagsbehandlerTildelt", "Sagsbehandler tildelt"),
            Map.entry("SamtykkeRegistreret", "Samtykke registreret"),
            Map.entry("TilstandVurderet", "Tilstand vurderet"),
            Map.entry("OplysningerAnmodet", "Oplysninger anmodet fra tredjepart"),
            Map.entry("SagSatIBero", "Sag sat i bero"),
            Map.entry("SagGenoptaget", "Sag genoptaget"),
            Map.entry("SagOplyst", "Sag oplyst"),
            Map.entry("PartshoeringSendt", "Partshøring sendt"),
            Map.entry("PartshoeringBesvaret", "Partshøring besvaret"),
            Map.entry("AfgoerelseTruffet", "Afgørelse truffet"),
            Map.entry("KlageModtaget", "Klage modtaget"),
            Map.entry("RevisitationStartet", "Revisitation startet"),
            Map.entry("SagAfsluttetUdenAfgoerelse", "Sag afsluttet uden afgørelse"),
            Map.entry("SagAfsluttet", "Sag afsluttet"),
            Map.entry("BevillingTilknyttetSag", "Bevilling givet på sagen"),
            Map.entry("BevillingerFortsatEfterAfslutning", "Bevillinger fortsætter efter sagens afslutning"),
            Map.entry("BevillingGivet", "Bevilling givet"),
            Map.entry("BevillingBestilt", "Bevilling bestilt hos leverandør"),
            Map.entry("BevillingStartdatoFastsat", "Startdato fastsat"),
            Map.entry("BevillingAendret", "Bevilling ændret inden for rammen"),
            Map.entry("BevillingOphoert", "Bevilling ophørt"),
            Map.entry("LeveringUdfoert", "Levering udført"),
            Map.entry("LeveringIkkeUdfoert", "Levering ikke udført"),
            Map.entry("UplanlagtLeveringRegistreret", "Ikke-planlagt levering registreret"),
            Map.entry("OpfoelgningGennemfoert", "Opfølgning gennemført"),
            Map.entry("OpfoelgningPlanlagt", "Første opfølgning planlagt"),
            Map.entry("TilbagevirkningBegrundet", "Start før bevillingen begrundet"),
            Map.entry("ForloebStartet", "Forløb startet"),
            Map.entry("SagTilknyttetForloeb", "Sag tilknyttet forløb"),
            Map.entry("BevillingTilknyttetForloeb", "Bevilling tilknyttet forløb"),
            Map.entry("ForloebAfsluttet", "Forløb afsluttet"),
            Map.entry("LeveringAnnulleret", "Rettelse: levering annulleret"),
            Map.entry("BevillingStartdatoRettet", "Rettelse: startdato rettet"),
            Map.entry("BevillingSagTilknyttet", "Rettelse: bevilling knyttet til sag"),
            Map.entry("SagOmklassificeret", "Rettelse: sag omklassificeret"),
            Map.entry("AfgoerelseSendtDatoRettet", "Rettelse: afgørelsens afsendelsesdato rettet"),
            Map.entry("AfgoerelseOmgjort", "Afgørelse omgjort"));

    private final EventStore eventStore;
    private final Dekryptering dekryptering;
    private final ObjectMapper json;

    public Tidslinjelaeser(EventStore eventStore, Dekryptering dekryptering, @Qualifier("eventObjectMapper") ObjectMapper json) {
        this.eventStore = eventStore;
        this.dekryptering = dekryptering;
        this.json = json;
    }

    /** A fact's name in Danish ("SagOprettet" → "Sag oprettet"), or the name itself when it has none. */
    public static String beskrivelse(String haendelse) {
        return BESKRIVELSER.getOrDefault(haendelse, haendelse);
    }

    /** The aggregate's facts in order, or empty when the id is unknown or belongs to another aggregate type. */
    public Optional<List<Tidslinjepost>> for_(String aggregatId, String aggregattype) {
        DomainEventStream stream = eventStore.readEvents(aggregatId);
        List<Tidslinjepost> poster = new ArrayList<>();
        while (stream.hasNext()) {
            DomainEventMessage<?> besked = stream.next();
            if (aggregattype != null && !aggregattype.equals(besked.getType())) {
                return Optional.empty();
            }
            poster.add(post(besked));
        }
        return poster.isEmpty() ? Optional.empty() : Optional.of(poster);
    }

    /**
     * The posts as of {@code tid} (ADR 0026): those registered at or before {@code kendtPr}; with {@code gaeldendePr}
     * given, of those only the facts that had taken effect by that day (their earliest business date, or else the day they
     * were registered, in Danish time, on or before it). Empty when none remain: the aggregate was not known then.
     */
    public static Optional<List<Tidslinjepost>> pr(List<Tidslinjepost> poster, Tidsvalg tid) {
        Instant kendtPr = tid.angivelse().kendtPr();
        LocalDate dag = tid.angivelse().gaeldendePr();
        List<Tidslinjepost> ud = poster.stream().filter(p -> !p.registreringstid().isAfter(kendtPr))
                .filter(p -> !tid.gaeldendePrGivet() || !virketFra(p).isAfter(dag)).toList();
        return ud.isEmpty() ? Optional.empty() : Optional.of(ud);
    }

    /** The first day a fact takes effect: its earliest business date, or the day it was registered when it names none. */
    private static LocalDate virketFra(Tidslinjepost p) {
        LocalDate foerste = null;
        for (Object v : p.virkning().values()) {
            String t = v.toString();
            LocalDate d = t.length() == 10 ? LocalDate.parse(t) : LocalDate.ofInstant(Instant.parse(t), Tidszone.DANMARK);
            foerste = foerste == null || d.isBefore(foerste) ? d : foerste;
        }
        return foerste != null ? foerste : LocalDate.ofInstant(p.registreringstid(), Tidszone.DANMARK);
    }

    private Tidslinjepost post(DomainEventMessage<?> besked) {
        Object haendelse = besked.getPayload();
        Class<?> type = haendelse.getClass();
        Map<String, Object> virkning = new LinkedHashMap<>();
        Map<String, Object> data = new LinkedHashMap<>();
        Registrering registrering = null;
        for (RecordComponent komponent : type.getRecordComponents()) {
            Object vaerdi = vaerdi(komponent, haendelse);
            if (vaerdi instanceof Registrering r) {
                registrering = r;
            } else if (vaerdi instanceof LocalDate || vaerdi instanceof Instant) {
                virkning.put(komponent.getName(), vaerdi.toString());
            } else if (vaerdi instanceof KrypteretTekst tekst) {
                data.put(komponent.getName(), dekryptering.dekrypter(tekst).orElse(SLETTET));
            } else if (vaerdi != null) {
                data.put(komponent.getName(), json.convertValue(vaerdi, Object.class));
            }
        }
        Revision revision = type.getAnnotation(Revision.class);
        String navn = type.getSimpleName();
        return new Tidslinjepost(besked.getSequenceNumber(), navn, revision == null ? 0 : Integer.parseInt(revision.value()),
                beskrivelse(navn), registrering != null ? registrering.registreringstid() : besked.getTimestamp(),
                registrering != null ? registrering.kommune().value() : null,
                registrering != null ? registrering.aktoer().brugerId() : null,
                registrering != null ? registrering.aktoer().rolle().name() : null, virkning, data);
    }

    private static Object vaerdi(RecordComponent komponent, Object haendelse) {
        try {
            return komponent.getAccessor().invoke(haendelse);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
