package dk.careledger.ui.formular;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.careledger.commandside.api.BevillingController;
import dk.careledger.commandside.api.ForloebController;
import dk.careledger.commandside.api.HenvendelseController;
import dk.careledger.commandside.api.KommandoApi;
import dk.careledger.commandside.api.SagController;
import dk.careledger.domain.felles.Afvisning;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Sends a form's command through the very code a REST request takes, in-process: the command side's controller
 * methods and {@link KommandoApi} (strict reading, cross-aggregate references, the command bound, exactly-once by the
 * command id, If-Match). The caller is the logged-in user the page's role check put on the request, as for the API.
 * A refusal is an {@link Afvisning}, for the form to show.
 */
@Component
public class Kommandoer {
    private final SagController sager;
    private final BevillingController bevillinger;
    private final HenvendelseController henvendelser;
    private final ForloebController forloeb;

    public Kommandoer(SagController sager, BevillingController bevillinger, HenvendelseController henvendelser, ForloebController forloeb) {
        this.sager = sager;
        this.bevillinger = bevillinger;
        this.henvendelser = henvendelser;
        this.forloeb = forloeb;
    }

    /**
     * Sends the action's command on the aggregate {@code id} names: the sag, one of its bevillinger, or (for the
     * forløb's actions and a bevilling joined to the sag afterwards) the forløb or bevilling the form picked.
     */
    public KommandoApi.Svar send(Handling handling, UUID id, ObjectNode krop, UUID kommandoId, Long version) {
        HttpHeaders h = headers(kommandoId, version);
        String json = krop.toString();
        var svar = switch (handling.id()) {
            case "tilstand" -> sager.vurderTilstand(id, json, h);
            case "samtykke" -> sager.registrerSamtykke(id, json, h);
            case "oplysningsanmodning" -> sager.anmodOmOplysninger(id, json, h);
            case "genoptagelse" -> sager.genoptag(id, json, h);
            case "oplyst" -> sager.markerOplyst(id, json, h);
            case "partshoering" -> sager.sendPartshoering(id, json, h);
            case "partshoeringssvar" -> sager.besvarPartshoering(id, json, h);
            case "afgoerelse" -> sager.traefAfgoerelse(id, json, h);
            case "afslutning" -> sager.afslut(id, json, h);
            case "afslutning-uden-afgoerelse" -> sager.afslutUdenAfgoerelse(id, json, h);
            case "bevilling" -> bevillinger.giv(json, headers(kommandoId, null));
            case "bestilling" -> bevillinger.bestil(id, json, h);
            case "startdato" -> bevillinger.fastsaetStartdato(id, json, h);
            case "levering" -> bevillinger.levering(id, json, h);
            case "ikke-leveret" -> bevillinger.ikkeLeveret(id, json, h);
            case "opfoelgning" -> bevillinger.opfoelgning(id, json, h);
            case "uplanlagt-levering" -> bevillinger.uplanlagt(id, json, h);
            case "aendring" -> bevillinger.aendr(id, json, h);
            case "ophoer" -> bevillinger.ophoer(id, json, h);
            case "annullering" -> bevillinger.annullerLevering(id, json, h);
            case "startdato-rettelse" -> bevillinger.retStartdato(id, json, h);
            case "tilknyt-bevilling" -> bevillinger.tilknytSag(id, json, h);
            case "klage" -> sager.modtagKlage(id, json, h);
            case "omklassificering" -> sager.omklassificer(id, json, h);
            case "sendt-dato-rettelse" -> sager.retSendtDato(id, json, h);
            case "omgoerelse" -> sager.omgoer(id, json, h);
            case "forloeb" -> forloeb.start(json, headers(kommandoId, null));
            case "forloeb-sag" -> forloeb.tilknytSag(id, json, h);
            case "forloeb-bevilling" -> forloeb.tilknytBevilling(id, json, h);
            case "forloeb-afslutning" -> forloeb.afslut(id, json, h);
            default -> throw new IllegalArgumentException("Ukendt handling " + handling.id());
        };
        return svar.getBody();
    }

    /** Opens a sag from henvendelser (UC1 step 4); the henvendelser are marked handled in the same transaction. */
    public KommandoApi.Svar opretSag(ObjectNode krop, UUID kommandoId) {
        return sager.opret(krop.toString(), headers(kommandoId, null)).getBody();
    }

    /** Marks a henvendelse handled: joined to an existing sag, or no sag (UC1 step 6, 3.a1). */
    public KommandoApi.Svar haandterHenvendelse(UUID henvendelseId, ObjectNode krop, UUID kommandoId) {
        return henvendelser.haandter(henvendelseId, krop.toString(), headers(kommandoId, null)).getBody();
    }

    private static HttpHeaders headers(UUID kommandoId, Long version) {
        HttpHeaders h = new HttpHeaders();
        h.set(KommandoApi.KOMMANDO_ID, kommandoId.toString());
        if (version != null) {
            h.setIfMatch("\"" + version + "\"");
        }
        return h;
    }
}
