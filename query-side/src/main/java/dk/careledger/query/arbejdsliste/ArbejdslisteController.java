package dk.careledger.query.arbejdsliste;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.adgang.Laesningslog;
import java.util.UUID;
import java.util.function.Function;
import dk.careledger.domain.katalog.Katalog;
import dk.careledger.query.arbejdsliste.Svar.AabenPartshoering;
import dk.careledger.query.arbejdsliste.Svar.Arbejdsliste;
import dk.careledger.query.arbejdsliste.Svar.ForfaldenOpfoelgning;
import dk.careledger.query.arbejdsliste.Svar.SagMedFrist;
import dk.careledger.query.arbejdsliste.Svar.UhaandteretHenvendelse;
import dk.careledger.query.arbejdsliste.Svar.VentendeBevilling;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import dk.careledger.projection.tilbageblik.laesning.Historikudsnit;
import dk.careledger.query.tid.Tidsbestemt;
import dk.careledger.query.tid.Tidsparametre;
import dk.careledger.query.tid.Tidsparametre.Tidsvalg;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caseworkers' worklists, per kommune and (optionally) ansvarlig enhed. Every list is computed for today (Danish
 * time) from the {@code arbejdslister} projection, which is eventually consistent with the commands; or, asked "as of",
 * for the day {@code gaeldendePr} (ADR 0026) and as the ledger knew it at {@code kendtPr} (ADR 0031).
 */
@RestController
@Kraever({Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER, Adgangsrolle.SELVVISITERENDE, Adgangsrolle.REVISOR})
@RequestMapping(path = "/api/arbejdslister", produces = "application/json")
@Tag(name = "Arbejdslister", description = "Sagsbehandlernes arbejdslister pr. kommune og enhed: uhåndterede henvendelser, "
        + "sagsbehandlingsfrister (overskredet og tæt på), venteliste og forfaldne opfølgninger")
public class ArbejdslisteController {
    static final int STANDARD_OPFOELGNING_DAGE = 14;
    static final String KENDT_PR_BESKRIVELSE = Tidsparametre.KENDT_PR_BESKRIVELSE + " Listen læses af arbejdslisternes historik i "
            + "registreringstid (ADR 0031); dage og frister tælles til gaeldendePr, der som standard er kendtPr's dag.";

    private final Arbejdslistelaeser arbejdslister;
    private final Katalog katalog;
    private final Laesningslog log;
    private final Clock clock;

    public ArbejdslisteController(Arbejdslistelaeser arbejdslister, Katalog katalog, Laesningslog log, Clock clock) {
        this.clock = clock;
        this.arbejdslister = arbejdslister;
        this.katalog = katalog;
        this.log = log;
    }

    /** Logs every citizen the list shows (one row each, one batch) and answers with it. */
    private <T> Arbejdsliste<T> logget(Bruger bruger, String visning, Arbejdsliste<T> liste, Function<T, UUID> borger) {
        log.laest(bruger, visning, null, liste.poster().stream().map(borger).toList());
        return liste;
    }

    @GetMapping("/henvendelser")
    @Operation(summary = "Henvendelser modtaget og endnu ikke håndteret, ældste først, med dage ventet",
            description = "Med enhed: kun henvendelser der allerede er knyttet til en sag i enheden; en henvendelse uden sag "
                    + "står kun på kommunens liste.")
    public Tidsbestemt<Arbejdsliste<UhaandteretHenvendelse>> henvendelser(
            @Parameter(description = "Kommunens CVR-nummer (otte cifre); kun brugerens egen, som også er standard") @RequestParam(required = false) String kommune,
            @Parameter(description = "Ansvarlig enhed") @RequestParam(required = false) String enhed,
            @RequestParam(required = false) @Parameter(description = KENDT_PR_BESKRIVELSE) String kendtPr,
            @RequestParam(required = false) @Parameter(description = Tidsparametre.GAELDENDE_PR_BESKRIVELSE) String gaeldendePr,
            @Parameter(hidden = true) Bruger bruger) {
        Tidsvalg tid = Tidsparametre.laes(kendtPr, gaeldendePr, clock);
        return tidsbestemt(tid, logget(bruger, "arbejdsliste-henvendelser", arbejdslister.henvendelser(egen(bruger, kommune), Parametre.enhed(enhed),
                dag(tid), udsnit(tid)), UhaandteretHenvendelse::borgerId));
    }

    /** The live list, for the UI's pages (called in-process). */
    public Arbejdsliste<UhaandteretHenvendelse> henvendelser(String kommune, String enhed, Bruger bruger) {
        return henvendelser(kommune, enhed, null, null, bruger).svar();
    }

    @GetMapping("/frister")
    @Operation(summary = "Sager der venter på afgørelse, målt mod sagsbehandlingsfristen (RSL § 3), mest presserende først",
            description = "Fristen løber fra modtagelsen af ansøgningen (den tidligste henvendelse sagen kom fra, ellers "
                    + "opstaaetDato) til afgørelsen sendes, og ikke mens sagen er i bero. Sager uden konfigureret frist for "
                    + "deres område er ikke med; afgjorte og lukkede sager heller ikke.")
    public Tidsbestemt<Arbejdsliste<SagMedFrist>> frister(
            @Parameter(description = "Kommunens CVR-nummer (otte cifre); kun brugerens egen, som også er standard") @RequestParam(required = false) String kommune,
            @Parameter(description = "Ansvarlig enhed") @RequestParam(required = false) String enhed,
            @Parameter(description = "OVERSKREDET, TAET_PAA og/eller I_TIDE, kommasepareret; uden: alle") @RequestParam(required = false) String status,
            @Parameter(description = "TAET_PAA når højst så mange dage er tilbage (0–365, standard 3)") @RequestParam(required = false) String varselDage,
            @RequestParam(required = false) @Parameter(description = KENDT_PR_BESKRIVELSE) String kendtPr,
            @RequestParam(required = false) @Parameter(description = Tidsparametre.GAELDENDE_PR_BESKRIVELSE) String gaeldendePr,
            @Parameter(hidden = true) Bruger bruger) {
        Tidsvalg tid = Tidsparametre.laes(kendtPr, gaeldendePr, clock);
        return tidsbestemt(tid, logget(bruger, "arbejdsliste-frister", arbejdslister.frister(egen(bruger, kommune), Parametre.enhed(enhed),
                Parametre.statusser(status), Parametre.heltal("varselDage", varselDage, Sagsbehandlingstid.STANDARD_VARSEL_DAGE, 0, 365), dag(tid),
                udsnit(tid)), SagMedFrist::borgerId));
    }

    /** The live list, for the UI's pages (called in-process). */
    public Arbejdsliste<SagMedFrist> frister(String kommune, String enhed, String status, String varselDage, Bruger bruger) {
        return frister(kommune, enhed, status, varselDage, null, null, bruger).svar();
    }

    @GetMapping("/venteliste")
    @Operation(summary = "Bevillinger uden startdato (venteliste), længst ventende først, med dage ventet siden bevillingen",
            description = "En bevilling med sag hører til sagens kommune og enhed; uden sag kun til den bevilgende kommune.")
    public Tidsbestemt<Arbejdsliste<VentendeBevilling>> venteliste(
            @Parameter(description = "Kommunens CVR-nummer (otte cifre); kun brugerens egen, som også er standard") @RequestParam(required = false) String kommune,
            @Parameter(description = "Ansvarlig enhed (sagens)") @RequestParam(required = false) String enhed,
            @Parameter(description = "Indsatskode fra kataloget, fx SEL-83-PP") @RequestParam(required = false) String indsats,
            @RequestParam(required = false) @Parameter(description = KENDT_PR_BESKRIVELSE) String kendtPr,
            @RequestParam(required = false) @Parameter(description = Tidsparametre.GAELDENDE_PR_BESKRIVELSE) String gaeldendePr,
            @Parameter(hidden = true) Bruger bruger) {
        Tidsvalg tid = Tidsparametre.laes(kendtPr, gaeldendePr, clock);
        return tidsbestemt(tid, logget(bruger, "arbejdsliste-venteliste", arbejdslister.venteliste(egen(bruger, kommune), Parametre.enhed(enhed),
                Parametre.indsats(katalog, indsats), dag(tid), udsnit(tid)), VentendeBevilling::borgerId));
    }

    /** The live list, for the UI's pages (called in-process). */
    public Arbejdsliste<VentendeBevilling> venteliste(String kommune, String enhed, String indsats, Bruger bruger) {
        return venteliste(kommune, enhed, indsats, null, null, bruger).svar();
    }

    @GetMapping("/opfoelgninger")
    @Operation(summary = "Bevillinger hvis næste opfølgning er overskredet eller falder inden for de næste 'dage' dage",
            description = "Næste opfølgning er den dato den seneste opfølgning planlagde; før første opfølgning er ingen "
                    + "planlagt. Ophørte bevillinger og bevillinger efter deres slutdato er ikke med.")
    public Tidsbestemt<Arbejdsliste<ForfaldenOpfoelgning>> opfoelgninger(
            @Parameter(description = "Kommunens CVR-nummer (otte cifre); kun brugerens egen, som også er standard") @RequestParam(required = false) String kommune,
            @Parameter(description = "Ansvarlig enhed (sagens)") @RequestParam(required = false) String enhed,
            @Parameter(description = "Hvor mange dage frem (0–3650, standard 14)") @RequestParam(required = false) String dage,
            @RequestParam(required = false) @Parameter(description = KENDT_PR_BESKRIVELSE) String kendtPr,
            @RequestParam(required = false) @Parameter(description = Tidsparametre.GAELDENDE_PR_BESKRIVELSE) String gaeldendePr,
            @Parameter(hidden = true) Bruger bruger) {
        Tidsvalg tid = Tidsparametre.laes(kendtPr, gaeldendePr, clock);
        return tidsbestemt(tid, logget(bruger, "arbejdsliste-opfoelgninger", arbejdslister.opfoelgninger(egen(bruger, kommune), Parametre.enhed(enhed),
                Parametre.heltal("dage", dage, STANDARD_OPFOELGNING_DAGE, 0, 3650), dag(tid), udsnit(tid)), ForfaldenOpfoelgning::borgerId));
    }

    /** The live list, for the UI's pages (called in-process). */
    public Arbejdsliste<ForfaldenOpfoelgning> opfoelgninger(String kommune, String enhed, String dage, Bruger bruger) {
        return opfoelgninger(kommune, enhed, dage, null, null, bruger).svar();
    }

    /** The day a list is computed for: {@code gaeldendePr}, else {@code kendtPr}'s day in Denmark, else today. */
    private LocalDate dag(Tidsvalg tid) {
        return tid == null ? arbejdslister.idag() : tid.angivelse().gaeldendePr();
    }

    /** The rows a list reads: live, or with {@code kendtPr} as the ledger held them then (ADR 0031). */
    private static Historikudsnit udsnit(Tidsvalg tid) {
        return tid != null && tid.kendtPrGivet() ? Historikudsnit.kendtPr(tid.angivelse().kendtPr()) : Historikudsnit.live();
    }

    private static <T> Tidsbestemt<T> tidsbestemt(Tidsvalg tid, T svar) {
        return new Tidsbestemt<>(tid == null ? null : tid.angivelse(), svar);
    }

    @GetMapping("/partshoeringer")
    @Operation(summary = "Partshøringer (FVL § 19) der venter på borgerens svar, tidligste svarfrist først",
            description = "Kun åbne sager; en besvaret partshøring er ikke med. overskredet når svarfristen er passeret.")
    public Tidsbestemt<Arbejdsliste<AabenPartshoering>> partshoeringer(
            @Parameter(description = "Kommunens CVR-nummer (otte cifre); kun brugerens egen, som også er standard") @RequestParam(required = false) String kommune,
            @Parameter(description = "Ansvarlig enhed (sagens)") @RequestParam(required = false) String enhed,
            @RequestParam(required = false) @Parameter(description = KENDT_PR_BESKRIVELSE) String kendtPr,
            @RequestParam(required = false) @Parameter(description = Tidsparametre.GAELDENDE_PR_BESKRIVELSE) String gaeldendePr,
            @Parameter(hidden = true) Bruger bruger) {
        Tidsvalg tid = Tidsparametre.laes(kendtPr, gaeldendePr, clock);
        return tidsbestemt(tid, logget(bruger, "arbejdsliste-partshoeringer", arbejdslister.partshoeringer(egen(bruger, kommune), Parametre.enhed(enhed),
                dag(tid), udsnit(tid)), AabenPartshoering::borgerId));
    }

    /** The live list, for the UI's pages (called in-process). */
    public Arbejdsliste<AabenPartshoering> partshoeringer(String kommune, String enhed, Bruger bruger) {
        return partshoeringer(kommune, enhed, null, null, bruger).svar();
    }

    /**
     * The kommune of the list: the caller's own. The parameter may be left out; naming another kommune is 404
     * {@code KOMMUNE_UKENDT} (ADR 0019). A malformed value is still 400.
     */
    private static String egen(Bruger bruger, String kommune) {
        if (kommune != null && !kommune.isBlank()) {
            Parametre.kommune(kommune);
        }
        return bruger.egenKommune(kommune);
    }
}
