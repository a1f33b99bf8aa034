package dk.careledger.arbejdsbyrde;

import dk.careledger.domain.felles.Tidszone;
import dk.careledger.commandside.kommando.Aggregattype;
import dk.careledger.domain.bevilling.command.AnnullerLevering;
import dk.careledger.domain.bevilling.command.RetStartdato;
import dk.careledger.domain.bevilling.command.TilknytSagTilBevilling;
import dk.careledger.domain.bevilling.BevillingDecider;
import dk.careledger.domain.bevilling.BevillingState;
import dk.careledger.domain.bevilling.IkkeLeveretAarsag;
import dk.careledger.domain.bevilling.Omfang;
import dk.careledger.domain.bevilling.OphoersAarsag;
import dk.careledger.domain.bevilling.command.AendrBevilling;
import dk.careledger.domain.bevilling.command.BestilBevilling;
import dk.careledger.domain.bevilling.command.BevillingCommand;
import dk.careledger.domain.bevilling.command.FastsaetStartdato;
import dk.careledger.domain.bevilling.command.GennemfoerOpfoelgning;
import dk.careledger.domain.bevilling.command.GivBevilling;
import dk.careledger.domain.bevilling.command.OphoerBevilling;
import dk.careledger.domain.bevilling.command.RegistrerIkkeLeveret;
import dk.careledger.domain.bevilling.command.RegistrerLevering;
import dk.careledger.domain.bevilling.command.RegistrerUplanlagtLevering;
import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.domain.felles.AfgoerelseId;
import dk.careledger.domain.felles.Aktoer;
import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.felles.ForloebId;
import dk.careledger.domain.felles.HenvendelseId;
import dk.careledger.domain.felles.Kryptering;
import dk.careledger.domain.felles.Rolle;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.forloeb.ForloebState;
import dk.careledger.domain.forloeb.command.AfslutForloeb;
import dk.careledger.domain.forloeb.command.ForloebCommand;
import dk.careledger.domain.forloeb.command.StartForloeb;
import dk.careledger.domain.forloeb.command.TilknytBevilling;
import dk.careledger.domain.forloeb.command.TilknytSag;
import dk.careledger.domain.forloeb.event.ForloebEvent;
import dk.careledger.domain.henvendelse.HenvendelseState;
import dk.careledger.domain.henvendelse.Kanal;
import dk.careledger.domain.henvendelse.Udfald;
import dk.careledger.domain.henvendelse.command.AfklarHenvendelse;
import dk.careledger.domain.henvendelse.command.HaandterHenvendelse;
import dk.careledger.domain.henvendelse.command.HenvendelseCommand;
import dk.careledger.domain.henvendelse.command.ModtagHenvendelse;
import dk.careledger.domain.henvendelse.event.HenvendelseEvent;
import dk.careledger.domain.katalog.Indsats;
import dk.careledger.domain.katalog.Katalog;
import dk.careledger.domain.katalog.Ydelsestype;
import dk.careledger.domain.sag.Afgoerelsestype;
import dk.careledger.domain.sag.AfslutningsAarsag;
import dk.careledger.domain.sag.Fremdrift;
import dk.careledger.domain.sag.SagState;
import dk.careledger.domain.sag.SamtykkeFormaal;
import dk.careledger.domain.sag.SamtykkeSvar;
import dk.careledger.domain.sag.Samtykkeform;
import dk.careledger.domain.sag.command.AfslutSag;
import dk.careledger.domain.sag.command.AfslutSagUdenAfgoerelse;
import dk.careledger.domain.sag.command.AnmodOmOplysninger;
import dk.careledger.domain.sag.command.BesvarPartshoering;
import dk.careledger.domain.sag.command.GenoptagSag;
import dk.careledger.domain.sag.command.MarkerSagOplyst;
import dk.careledger.domain.sag.command.ModtagKlage;
import dk.careledger.domain.sag.command.OmgoerAfgoerelse;
import dk.careledger.domain.sag.command.OmklassificerSag;
import dk.careledger.domain.sag.command.OpretSag;
import dk.careledger.domain.sag.command.RetAfgoerelsensSendtDato;
import dk.careledger.domain.sag.command.TilknytBevillingTilSag;
import dk.careledger.domain.sag.command.RegistrerSamtykke;
import dk.careledger.domain.sag.command.SagCommand;
import dk.careledger.domain.sag.command.SendPartshoering;
import dk.careledger.domain.sag.command.StartRevisitation;
import dk.careledger.domain.sag.command.TildelSagsbehandler;
import dk.careledger.domain.sag.command.TraefAfgoerelse;
import dk.careledger.domain.sag.command.VurderTilstand;
import dk.careledger.domain.sag.event.SagEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The story of a municipal care area, day by day: citizens arrive with a henvendelse, most get a sag that is
 * informed (samtykke, tilstande, information from the GP, sometimes i bero), decided, granted and delivered; the
 * leverandører visit as often as the omfang says; follow-ups every few months continue, change, end or revisit the
 * help; citizens are admitted to hospital, die or move away, and their cases are closed.
 *
 * <p>Every fact is a command decided by the real decider ({@link Motor#udfoer}); this class only decides what
 * happens when. To stay valid it follows two rules:
 * <ul>
 *   <li>A caseworker's steps on one sag or henvendelse form a chain: the next step is planned when the previous
 *       one ran, so the commands of one aggregate come in the order the rules need. Each step first checks that it
 *       still applies (the citizen may have died, the sag may have been closed meanwhile) and quietly does nothing
 *       otherwise.</li>
 *   <li>Anything that ends help takes effect after every visit already planned: a death or move is decided at the
 *       start of its day, before that day's visits are planned, and registered days later with that day as
 *       ophoersdato; an E3 ends the bevilling the day after the follow-up; a new afgørelse after a revisitation
 *       takes effect after the day it is recorded. So a visit registered late is always inside its bevilling.</li>
 * </ul>
 * Visits are planned at the start of each day for that day only, which keeps memory flat however long the history.
 */
final class Simulering implements Iterator<GenereretHaendelse> {

    private static final ZoneId TIDSZONE = Tidszone.DANMARK;
    private static final Aktoer REVISITATIONSPROCES = new Aktoer("careledger:revisitation-proces", Rolle.SYSTEM);
    private static final Aktoer MEDCOM = new Aktoer("careledger:medcom", Rolle.SYSTEM);
    private static final double DOED_PR_DAG = 0.11 / 365;
    /** After a hospital referral (hip fracture, stroke, pneumonia) the risk of dying is several times higher for a while. */
    private static final double DOED_EFTER_UDSKRIVNING_FAKTOR = 5;
    private static final int UDSKRIVNINGSRISIKO_DAGE = 60;
    private static final double FRAFLYTNING_PR_DAG = 0.025 / 365;
    private static final double INDLAEGGELSE_PR_DAG = 0.2 / 365;
    private static final double UPLANLAGT_PR_DAG = 0.01;
    private static final Set<String> AKUTTE = Set.of("SEL-83-PP", "SUL-138", "AEL-HELHEDSPLEJE");

    private final Parametre parametre;
    private final Katalog katalog;
    private final Motor motor;
    private final List<Borger> aktive = new ArrayList<>();
    private final Map<String, Integer> sagsnumre = new HashMap<>();
    private int dag = -1;
    private LocalDate idag;
    private int offsetIdag;
    private long dagSlut = Long.MIN_VALUE;
    private boolean slut;

    Simulering(Parametre parametre, Katalog katalog, Kryptering kryptering, List<GenereretBorger> borgere) {
        this.parametre = parametre;
        this.katalog = katalog;
        SplittableRandom[] straenge = Arbejdsbyrde.straenge(parametre.seed());
        this.motor = new Motor(katalog, kryptering, straenge[1], parametre.beholdTilstande());
        SplittableRandom adfaerd = straenge[2];
        int dage = parametre.antalDage();
        for (GenereretBorger data : borgere) {
            Borger borger = new Borger(data, adfaerd.split());
            SplittableRandom rnd = borger.rnd;
            int ankomst = rnd.nextDouble() < 0.3 ? rnd.nextInt(Math.min(14, dage)) : rnd.nextInt(Math.max(1, dage * 7 / 10));
            motor.planlaeg(tid(parametre.startdato().plusDays(ankomst), kontorminut(rnd)), () -> ankomst(borger));
        }
    }

    // ---- the iterator -------------------------------------------------------------------------------------------

    @Override
    public boolean hasNext() {
        while (!motor.harUdgang() && !slut) {
            skridt();
        }
        return motor.harUdgang();
    }

    @Override
    public GenereretHaendelse next() {
        if (!hasNext()) {
            throw new java.util.NoSuchElementException();
        }
        return motor.tagUdgang();
    }

    long antal() {
        return motor.antal();
    }

    Map<String, Object> tilstande() {
        return motor.tilstande();
    }

    Object tilstand(String aggregatId) {
        return motor.tilstand(aggregatId);
    }

    private void skridt() {
        if (motor.koerNaeste(dagSlut)) {
            return;
        }
        if (dag + 1 >= parametre.antalDage()) {
            slut = true;
            return;
        }
        dag++;
        idag = parametre.startdato().plusDays(dag);
        offsetIdag = offset(idag);
        dagSlut = idag.plusDays(1).atStartOfDay(TIDSZONE).toInstant().toEpochMilli();
        motor.nyDag(idag.atStartOfDay(TIDSZONE).toInstant().toEpochMilli());
        planlaegDag();
    }

    // ---- the day ------------------------------------------------------------------------------------------------

    /** Deaths, moves and admissions of the day, then the day's visits of every running bevilling. */
    private void planlaegDag() {
        for (Iterator<Borger> it = aktive.iterator(); it.hasNext(); ) {
            Borger b = it.next();
            SplittableRandom rnd = b.rnd;
            double x = rnd.nextDouble();
            double doedPrDag = b.skroebeligTil != null && idag.isBefore(b.skroebeligTil)
                    ? DOED_PR_DAG * DOED_EFTER_UDSKRIVNING_FAKTOR : DOED_PR_DAG;
            if (x < doedPrDag + FRAFLYTNING_PR_DAG) {
                boolean doed = x < doedPrDag;
                b.ude = true;
                it.remove();
                LocalDate dato = idag;
                motor.planlaeg(tid(idag.plusDays(rnd.nextInt(5)), kontorminut(rnd)), () -> afslutBorger(b, dato, doed));
                continue;
            }
            if (b.indlagtTil != null && !idag.isBefore(b.indlagtTil)) {
                b.indlagtFra = null;
                b.indlagtTil = null;
                if (rnd.nextDouble() < 0.4) {
                    Behov behov = rnd.nextDouble() < 0.6 ? Behov.PLEJE_EFTER_UDSKRIVNING
                            : rnd.nextBoolean() ? Behov.GENOPTRAENING : Behov.SYGEPLEJE;
                    String kilde = rnd.nextBoolean() ? "A11" : "A12";
                    motor.planlaeg(tid(idag, kontorminut(rnd)), () -> henvendelse(b, behov, kilde));
                }
            } else if (b.indlagtTil == null && !b.bevillinger.isEmpty() && rnd.nextDouble() < INDLAEGGELSE_PR_DAG) {
                b.indlagtFra = idag;
                b.indlagtTil = idag.plusDays(2 + rnd.nextInt(11));
            }
            for (Iterator<Bevilling> bit = b.bevillinger.iterator(); bit.hasNext(); ) {
                Bevilling bev = bit.next();
                if (bev.slut(idag)) {
                    bit.remove();
                    bevillingSlut(bev);
                } else {
                    planlaegBesoeg(bev);
                }
            }
        }
    }

    private void planlaegBesoeg(Bevilling bev) {
        BevillingState st = bev.tilstand();
        if (st.ydelsestype() != Ydelsestype.TID || st.startdato() == null || idag.isBefore(st.startdato())
                || st.omfang() == null) {
            return;
        }
        Borger b = bev.borger;
        SplittableRandom rnd = b.rnd;
        if (bev.plan == null || !bev.plan.omfang.equals(st.omfang())) {
            bev.plan = new Besoegsplan(st.omfang(), rnd);
        }
        int[] tider = bev.plan.tiderPaa(idag);
        if (b.indlagtFra != null) {
            if (idag.equals(b.indlagtFra)) {
                for (int minut : tider) {
                    ikkeLeveret(bev, minut, IkkeLeveretAarsag.BORGER_INDLAGT, false, null);
                }
            }
            return;
        }
        int minutter = st.omfang().minutter();
        for (int minut : tider) {
            int planlagt = minut + rnd.nextInt(21) - 10;
            double x = rnd.nextDouble();
            if (x < 0.935) {
                levering(bev, planlagt, Math.max(1, minutter + rnd.nextInt(11) - 5));
            } else if (x < 0.985) {
                IkkeLeveretAarsag aarsag = ikkeLeveretAarsag(rnd);
                boolean erstatning = rnd.nextDouble() < (aarsag == IkkeLeveretAarsag.MEDARBEJDER_FRAVAER ? 0.6
                        : aarsag == IkkeLeveretAarsag.BORGER_AFLYST ? 0.2 : 0.1);
                String bemaerkning = aarsag == IkkeLeveretAarsag.ANDET ? Tekster.vaelg(rnd, Tekster.IKKE_LEVERET_ANDET)
                        : rnd.nextDouble() < 0.3 ? Tekster.vaelg(rnd, Tekster.IKKE_LEVERET) : null;
                ikkeLeveret(bev, planlagt, aarsag, erstatning, bemaerkning);
                int senere = planlagt + 60 + rnd.nextInt(121);
                if (erstatning && rnd.nextDouble() < 0.7 && senere < 22 * 60) {
                    levering(bev, senere, Math.max(1, minutter + rnd.nextInt(11) - 5));
                }
            }
            // else: the visit happened but was never registered
        }
        if (AKUTTE.contains(st.indsatsKode()) && rnd.nextDouble() < UPLANLAGT_PR_DAG) {
            long leveret = bev.ledigtTidspunkt(tidIdag(90 + rnd.nextInt(21 * 60)));
            int varighed = 10 + rnd.nextInt(36);
            String udfoerer = bev.leverandoer.medarbejder(rnd);
            RegistrerUplanlagtLevering kommando = new RegistrerUplanlagtLevering(bev.id, motor.uuid(),
                    Instant.ofEpochMilli(leveret), udfoerer, varighed, Tekster.vaelg(rnd, Tekster.UPLANLAGT));
            Aktoer aktoer = bev.leverandoer.aktoer(udfoerer);
            motor.planlaeg(registreringstid(rnd, leveret, varighed),
                    () -> motor.udfoer(bev.agg, kommando, bev.leverandoer.kommune().cvr(), aktoer));
        }
    }

    private void levering(Bevilling bev, int minut, int varighed) {
        SplittableRandom rnd = bev.borger.rnd;
        long leveret = bev.ledigtTidspunkt(tidIdag(minut));
        String udfoerer = bev.leverandoer.medarbejder(rnd);
        RegistrerLevering kommando = new RegistrerLevering(bev.id, motor.uuid(), Instant.ofEpochMilli(leveret), udfoerer,
                varighed);
        Aktoer aktoer = bev.leverandoer.aktoer(rnd.nextDouble() < 0.92 ? udfoerer : bev.leverandoer.medarbejder(rnd));
        long registreret = registreringstid(rnd, leveret, varighed);
        motor.planlaeg(registreret, () -> motor.udfoer(bev.agg, kommando, bev.leverandoer.kommune().cvr(), aktoer));
        // now and then a visit was registered on the wrong citizen, and the leverandør annuls it (ADR 0022); chosen from the
        // id, so the citizen's random sequence, and with it the rest of the history, stays as it was
        if (Math.floorMod(kommando.leveringId().getLeastSignificantBits(), 400) == 0) {
            motor.planlaeg(registreret + 30 * 60_000L, () -> motor.udfoer(bev.agg, new AnnullerLevering(bev.id, kommando.leveringId(),
                    "Registreret på den forkerte borger"), bev.leverandoer.kommune().cvr(), aktoer));
        }
    }

    private void ikkeLeveret(Bevilling bev, int minut, IkkeLeveretAarsag aarsag, boolean erstatning, String bemaerkning) {
        SplittableRandom rnd = bev.borger.rnd;
        long planlagt = bev.ledigtTidspunkt(tidIdag(minut));
        RegistrerIkkeLeveret kommando = new RegistrerIkkeLeveret(bev.id, motor.uuid(), Instant.ofEpochMilli(planlagt),
                aarsag, erstatning, bemaerkning);
        Aktoer aktoer = bev.leverandoer.aktoer(bev.leverandoer.medarbejder(rnd));
        motor.planlaeg(registreringstid(rnd, planlagt, 5),
                () -> motor.udfoer(bev.agg, kommando, bev.leverandoer.kommune().cvr(), aktoer));
    }

    /** Mostly minutes after the visit on the phone, sometimes at the end of the shift, rarely days later in the office. */
    private long registreringstid(SplittableRandom rnd, long besoeg, int varighed) {
        double x = rnd.nextDouble();
        long efter = besoeg + (varighed + 1L) * 60_000L;
        if (x < 0.9) {
            return efter + rnd.nextInt(20) * 60_000L + rnd.nextInt(60) * 1_000L;
        }
        if (x < 0.98) {
            long vagtslut = tidIdag(efter < tidIdag(15 * 60) ? 15 * 60 + rnd.nextInt(30) : 22 * 60 + 45 + rnd.nextInt(30));
            return Math.max(efter, vagtslut) + rnd.nextInt(60) * 1_000L;
        }
        return tid(idag.plusDays(1 + rnd.nextInt(3)), 9 * 60 + rnd.nextInt(5 * 60)) + rnd.nextInt(60) * 1_000L;
    }

    private static IkkeLeveretAarsag ikkeLeveretAarsag(SplittableRandom rnd) {
        double x = rnd.nextDouble();
        return x < 0.3 ? IkkeLeveretAarsag.BORGER_IKKE_HJEMME
                : x < 0.65 ? IkkeLeveretAarsag.BORGER_AFLYST
                : x < 0.9 ? IkkeLeveretAarsag.MEDARBEJDER_FRAVAER
                : IkkeLeveretAarsag.ANDET;
    }

    // ---- henvendelser -------------------------------------------------------------------------------------------

    private void ankomst(Borger b) {
        aktive.add(b);
        henvendelse(b, Behov.vaelg(b.rnd), null);
    }

    private void henvendelse(Borger b, Behov behov, String givenKilde) {
        if (b.ude) {
            return;
        }
        SplittableRandom rnd = b.rnd;
        String[] indsatser = behov.indsatser(rnd);
        String kilde = givenKilde != null ? givenKilde : behov.kilde(rnd);
        boolean henvisning = katalog.fsiii(kilde).orElseThrow().henvisning();
        if (kilde.equals("A11") || kilde.equals("A12") || kilde.equals("A14")) {
            b.skroebeligTil = idag.plusDays(UDSKRIVNINGSRISIKO_DAGE);
        }
        Kanal kanal = kanal(kilde, henvisning, rnd);
        LocalDate modtaget = idag.minusDays(rnd.nextDouble() < 0.1 ? 1 + rnd.nextInt(3) : 0);
        Henvendelse h = new Henvendelse(b, behov, indsatser, modtaget);
        String diagnose = henvisning || rnd.nextDouble() < 0.1 ? Tekster.vaelg(rnd, Tekster.DIAGNOSER) : null;
        String oensket = indsatser.length > 0 && rnd.nextDouble() < 0.7 ? indsatser[0] : null;
        Aktoer aktoer = kanal == Kanal.MEDCOM && rnd.nextBoolean() ? MEDCOM : sagsbehandler(b);
        motor.udfoer(h.agg, new ModtagHenvendelse(h.id, b.id(), kilde, kanal, modtaget,
                Tekster.aarsag(behov, indsatser, rnd), diagnose, oensket), b.cvr(), aktoer);
        b.henvendelser.add(h);
        if (rnd.nextDouble() < 0.3) {
            henvendelsestrin(h, true, modtaget.plusDays(rnd.nextInt(3)));
        } else {
            henvendelsestrin(h, false, modtaget.plusDays(rnd.nextInt(5)));
        }
        if (rnd.nextDouble() < (b.antalHenvendelser++ == 0 ? 0.6 : 0.35)) {
            LocalDate naeste = idag.plusDays(45 + rnd.nextInt(320));
            motor.planlaeg(tid(naeste, kontorminut(rnd)), () -> henvendelse(b, Behov.vaelg(b.rnd), null));
        }
    }

    private static Kanal kanal(String kilde, boolean henvisning, SplittableRandom rnd) {
        if (henvisning) {
            return rnd.nextDouble() < 0.85 ? Kanal.MEDCOM : Kanal.SKRIFTLIG;
        }
        double x = rnd.nextDouble();
        if ("A1".equals(kilde) || "A2".equals(kilde)) {
            return x < 0.45 ? Kanal.TELEFON : x < 0.75 ? Kanal.DIGITAL : x < 0.9 ? Kanal.PERSONLIG : Kanal.SKRIFTLIG;
        }
        return x < 0.5 ? Kanal.TELEFON : x < 0.8 ? Kanal.SKRIFTLIG : Kanal.DIGITAL;
    }

    private void henvendelsestrin(Henvendelse h, boolean afklaring, LocalDate forretningsdato) {
        SplittableRandom rnd = h.borger.rnd;
        int forsinkelse = rnd.nextDouble() < 0.85 ? 0 : 1 + rnd.nextInt(3);
        motor.planlaeg(tid(forretningsdato.plusDays(forsinkelse), kontorminut(rnd)), () -> {
            if (h.borger.ude || h.tilstand().haandteret()) {
                return;
            }
            LocalDate d = senest(forretningsdato, h.modtaget);
            if (afklaring) {
                motor.udfoer(h.agg, new AfklarHenvendelse(h.id, d, Tekster.vaelg(rnd, Tekster.AFKLARINGER)),
                        h.borger.cvr(), sagsbehandler(h.borger));
                henvendelsestrin(h, false, d.plusDays(rnd.nextInt(4)));
            } else {
                haandter(h, d);
            }
        });
    }

    private void haandter(Henvendelse h, LocalDate d) {
        Borger b = h.borger;
        SplittableRandom rnd = b.rnd;
        b.henvendelser.remove(h);
        if (h.behov.art == Behov.Art.INGEN) {
            motor.udfoer(h.agg, new HaandterHenvendelse(h.id, Udfald.INGEN_SAG, List.of(),
                    Tekster.vaelg(rnd, Tekster.INGEN_SAG), d), b.cvr(), sagsbehandler(b));
            return;
        }
        if (h.behov.art == Behov.Art.SELVVISITERET) {
            String kode = h.indsatser[0];
            Indsats indsats = indsats(kode);
            Leverandoer enhed = Leverandoer.til(kode, b.kommune(), rnd);
            Aktoer aktoer = enhed.aktoer(enhed.medarbejder(rnd));
            motor.udfoer(h.agg, new HaandterHenvendelse(h.id, Udfald.INGEN_SAG, List.of(),
                    "Selvvisiteret af " + enhed.navn() + " efter " + indsats.hjemmel() + "; ingen sag", d), b.cvr(), aktoer);
            giv(b, null, kode, Bevillingsforslag.til(kode, rnd), null, d.plusDays(rnd.nextInt(4)), d, aktoer, enhed);
            return;
        }
        String kle = indsats(h.indsatser[0]).kleNummer();
        Sag eksisterende = null;
        for (Sag s : b.sager) {
            if (s.indsatsKle.equals(kle) && !s.tilstand().afsluttet()) {
                eksisterende = s;
                break;
            }
        }
        if (eksisterende != null && rnd.nextDouble() < 0.7) {
            Sag s = eksisterende;
            motor.udfoer(h.agg, new HaandterHenvendelse(h.id, Udfald.TILKNYTTET_SAG, List.of(s.id), null, d),
                    b.cvr(), s.aktoer());
            Bevilling aktiv = s.aktivBevilling();
            if (aktiv != null && kanRevisiteres(s) && rnd.nextBoolean()) {
                startRevisitation(s, aktiv, senest(d, s.sidsteDato), "Ny henvendelse om ændret behov", s.aktoer(), false);
            }
            return;
        }
        List<String[]> grupper = new ArrayList<>();
        if (h.indsatser.length > 1 && rnd.nextDouble() < 0.3) {
            grupper.add(new String[] {h.indsatser[0]});
            grupper.add(java.util.Arrays.copyOfRange(h.indsatser, 1, h.indsatser.length));
        } else {
            grupper.add(h.indsatser);
        }
        List<Sag> nye = new ArrayList<>();
        List<SagId> ider = new ArrayList<>();
        for (String[] gruppe : grupper) {
            Sag s = opretSag(b, h.behov, gruppe, d, List.of(h.id));
            nye.add(s);
            ider.add(s.id);
        }
        motor.udfoer(h.agg, new HaandterHenvendelse(h.id, Udfald.SAG_OPRETTET, ider, null, d), b.cvr(), nye.get(0).aktoer());
        for (Sag s : nye) {
            Forloeb f = forloebFor(b, indsats(s.indsatser[0]).forloebstype(), d, s.aktoer());
            motor.udfoer(f.agg, new TilknytSag(f.id, s.id), b.cvr(), s.aktoer());
            f.aabneSager++;
            s.forloeb = f;
            trin(s, Trin.OPLYSNING, d.plusDays(rnd.nextInt(4)));
        }
    }

    // ---- sager --------------------------------------------------------------------------------------------------

    private enum Trin { OPLYSNING, GENOPTAGELSE, OPLYST, PARTSHOERINGSSVAR, AFGOERELSE, REVURDERING, NY_AFGOERELSE }

    private Sag opretSag(Borger b, Behov behov, String[] indsatser, LocalDate d, List<HenvendelseId> henvendelser) {
        SplittableRandom rnd = b.rnd;
        Indsats primaer = indsats(indsatser[0]);
        String kode = primaer.kode();
        String kle = (kode.equals("SEL-83-PP") || kode.equals("SEL-83-PH")) && rnd.nextDouble() < 0.3 ? "27.36.20"
                : primaer.kleNummer();
        String facet = kode.startsWith("SEL-84") && rnd.nextBoolean() ? "Ø54" : "G01";
        Foelsomhed foelsomhed = kode.equals("SEL-85") || rnd.nextDouble() < 0.75 ? Foelsomhed.FOELSOMME_PERSONOPLYSNINGER
                : Foelsomhed.FORTROLIGE_PERSONOPLYSNINGER;
        String sagsbehandler = rnd.nextDouble() < 0.8 ? sagsbehandlerId(b) : null;
        Sag s = new Sag(b, behov, indsatser, primaer.kleNummer());
        s.sagsbehandler = sagsbehandler;
        s.sidsteDato = d;
        motor.udfoer(s.agg, new OpretSag(s.id, sagsnummer(b.kommune(), kle, facet, d.getYear()), b.id(), b.cvr(),
                ansvarligEnhed(kode, rnd), kle, facet, foelsomhed, Tekster.sagstitel(primaer.navn(), rnd), d, henvendelser,
                sagsbehandler), b.cvr(), sagsbehandler != null ? new Aktoer(sagsbehandler, Rolle.SAGSBEHANDLER)
                : sagsbehandler(b));
        b.sager.add(s);
        // now and then opened under the wrong emne or følsomhed and reclassified at once (issue 15, ADR 0022)
        if (Math.floorMod(s.id.value().getMostSignificantBits(), 20) == 3) {
            Foelsomhed rigtig = foelsomhed == Foelsomhed.FOELSOMME_PERSONOPLYSNINGER ? Foelsomhed.FORTROLIGE_PERSONOPLYSNINGER
                    : Foelsomhed.FOELSOMME_PERSONOPLYSNINGER;
            sag(s, new OmklassificerSag(s.id, primaer.kleNummer(), null, null, rigtig, null, "Sagen blev oprettet under forkert emne"), d);
        }
        return s;
    }

    private void trin(Sag s, Trin trin, LocalDate forretningsdato) {
        s.kaede = true;
        SplittableRandom rnd = s.borger.rnd;
        int forsinkelse = rnd.nextDouble() < 0.85 ? 0 : 1 + rnd.nextInt(5);
        motor.planlaeg(tid(forretningsdato.plusDays(forsinkelse), kontorminut(rnd)), () -> udfoerTrin(s, trin, forretningsdato));
    }

    private void udfoerTrin(Sag s, Trin trin, LocalDate forretningsdato) {
        if (s.borger.ude || s.tilstand().afsluttet()) {
            s.kaede = false;
            return;
        }
        SplittableRandom rnd = s.borger.rnd;
        LocalDate d = senest(forretningsdato, s.sidsteDato);
        switch (trin) {
            case OPLYSNING -> oplysning(s, d, rnd);
            case GENOPTAGELSE -> {
                sag(s, new GenoptagSag(s.id, d), d);
                if (rnd.nextDouble() < 0.4) {
                    vurder(s, d, 1);
                }
                trin(s, Trin.OPLYST, d.plusDays(rnd.nextInt(4)));
            }
            case OPLYST -> {
                sag(s, new MarkerSagOplyst(s.id, d), d);
                s.planlagtType = afgoerelsestype(rnd);
                if (rnd.nextDouble() < (s.planlagtType == Afgoerelsestype.BEVILLING ? 0.06 : 0.6)) {
                    UUID partshoering = motor.uuid();
                    LocalDate svarfrist = d.plusDays(7 + rnd.nextInt(8));
                    sag(s, new SendPartshoering(s.id, partshoering, d, svarfrist, Tekster.vaelg(rnd, Tekster.PARTSHOERINGER)), d);
                    s.partshoering = partshoering;
                    if (rnd.nextDouble() < 0.8) {
                        trin(s, Trin.PARTSHOERINGSSVAR, d.plusDays(2 + rnd.nextInt(9)));
                    } else {
                        trin(s, Trin.AFGOERELSE, svarfrist.plusDays(1 + rnd.nextInt(3)));
                    }
                } else {
                    trin(s, Trin.AFGOERELSE, d.plusDays(rnd.nextInt(8)));
                }
            }
            case PARTSHOERINGSSVAR -> {
                sag(s, new BesvarPartshoering(s.id, s.partshoering, d, Tekster.vaelg(rnd, Tekster.PARTSHOERINGSSVAR)), d);
                trin(s, Trin.AFGOERELSE, d.plusDays(1 + rnd.nextInt(5)));
            }
            case AFGOERELSE -> {
                if (s.planlagtType == null) {
                    s.planlagtType = afgoerelsestype(rnd);
                }
                traefAfgoerelse(s, d, s.planlagtType, false);
            }
            case REVURDERING -> {
                vurder(s, d, 1 + rnd.nextInt(3));
                if (rnd.nextDouble() >= 0.1) {
                    sag(s, new MarkerSagOplyst(s.id, d), d);
                }
                trin(s, Trin.NY_AFGOERELSE, d.plusDays(1 + rnd.nextInt(7)));
            }
            case NY_AFGOERELSE -> {
                double x = rnd.nextDouble();
                Afgoerelsestype type = s.klageOmgoerelse || x < 0.75 ? Afgoerelsestype.BEVILLING
                        : x < 0.9 ? Afgoerelsestype.DELVIS_BEVILLING : Afgoerelsestype.AFSLAG;
                s.klageOmgoerelse = false;
                traefAfgoerelse(s, d, type, true);
            }
            default -> throw new IllegalStateException("Unknown step " + trin);
        }
    }

    private void oplysning(Sag s, LocalDate d, SplittableRandom rnd) {
        if (s.sagsbehandler == null) {
            s.sagsbehandler = sagsbehandlerId(s.borger);
            sag(s, new TildelSagsbehandler(s.id, s.sagsbehandler, d), d);
        }
        double x = rnd.nextDouble();
        if (x < 0.04) {
            afslutUdenAfgoerelse(s, AfslutningsAarsag.TRUKKET_TILBAGE, d,
                    rnd.nextBoolean() ? "Borgeren har trukket ansøgningen tilbage" : null);
            return;
        }
        if (x < 0.05) {
            afslutUdenAfgoerelse(s, AfslutningsAarsag.ANDET, d, Tekster.vaelg(rnd, Tekster.ANDET_AFSLUTNING));
            return;
        }
        boolean givet = rnd.nextDouble() < 0.92;
        Set<SamtykkeFormaal> formaal = rnd.nextDouble() < 0.6 ? EnumSet.allOf(SamtykkeFormaal.class)
                : EnumSet.of(SamtykkeFormaal.INDHENTNING);
        Samtykkeform form = Samtykkeform.values()[rnd.nextInt(Samtykkeform.values().length)];
        sag(s, new RegistrerSamtykke(s.id, motor.uuid(), givet ? SamtykkeSvar.GIVET : SamtykkeSvar.AFSLAAET, form, formaal,
                givet ? Tekster.vaelg(rnd, Tekster.SAMTYKKE_OMFANG) : null, d), d);
        vurder(s, d, 2 + rnd.nextInt(4));
        if (rnd.nextDouble() < 0.4) {
            boolean iBero = rnd.nextBoolean();
            String[] tredjeparter = {"A9", "A9", "A12", "A11", "A5", "A10"};
            sag(s, new AnmodOmOplysninger(s.id, motor.uuid(), tredjeparter[rnd.nextInt(tredjeparter.length)],
                    Tekster.vaelg(rnd, Tekster.ANMODNINGER), d, d.plusDays(7 + rnd.nextInt(15)), iBero), d);
            trin(s, iBero ? Trin.GENOPTAGELSE : Trin.OPLYST, d.plusDays(iBero ? 3 + rnd.nextInt(16) : 2 + rnd.nextInt(9)));
        } else if (rnd.nextDouble() < 0.05) {
            trin(s, Trin.AFGOERELSE, d.plusDays(rnd.nextInt(3)));
        } else {
            trin(s, Trin.OPLYST, d.plusDays(rnd.nextInt(6)));
        }
    }

    private void vurder(Sag s, LocalDate d, int antal) {
        SplittableRandom rnd = s.borger.rnd;
        String[] j = s.behov.jTilstande;
        for (int i = 0; i < antal; i++) {
            String kode = j[rnd.nextInt(j.length)];
            int niveau = rnd.nextDouble() < 0.02 ? 9 : 1 + vaegtet(rnd, 15, 35, 35, 15);
            Integer forventet = rnd.nextDouble() < 0.7 ? (niveau == 9 ? 9 : Math.max(0, niveau - rnd.nextInt(2))) : null;
            String c = rnd.nextDouble() < 0.5 ? "C" + (1 + rnd.nextInt(3)) : null;
            String dKode = rnd.nextDouble() < 0.4 ? "D" + (1 + rnd.nextInt(2)) : null;
            String vurdering = rnd.nextBoolean() ? Tekster.vaelg(rnd, Tekster.BORGERENS_VURDERING) : null;
            sag(s, new VurderTilstand(s.id, kode, niveau, forventet, c, dKode, vurdering, d), d);
        }
        if (rnd.nextDouble() < 0.35 && s.behov.iTilstande.length > 0) {
            String kode = s.behov.iTilstande[rnd.nextInt(s.behov.iTilstande.length)];
            sag(s, new VurderTilstand(s.id, kode, null, null, null, null, null, d), d);
        }
    }

    private void traefAfgoerelse(Sag s, LocalDate d, Afgoerelsestype type, boolean efterRevisitation) {
        Borger b = s.borger;
        SplittableRandom rnd = b.rnd;
        if (rnd.nextDouble() < 0.1) {
            s.sagsbehandler = sagsbehandlerId(b);
            sag(s, new TildelSagsbehandler(s.id, s.sagsbehandler, d), d);
        }
        Aktoer aktoer = rnd.nextDouble() < 0.2
                ? new Aktoer("vk-" + b.kommune().nummer() + String.format("%02d", 1 + rnd.nextInt(3)), Rolle.KOORDINATOR)
                : s.aktoer();
        String uoplyst = s.tilstand().fremdrift() != Fremdrift.OPLYST ? Tekster.vaelg(rnd, Tekster.UOPLYST) : null;
        String begrundelse = switch (type) {
            case AFSLAG -> Tekster.vaelg(rnd, Tekster.BEGRUNDELSE_AFSLAG);
            case DELVIS_BEVILLING -> Tekster.vaelg(rnd, Tekster.BEGRUNDELSE_DELVIS);
            default -> rnd.nextDouble() < 0.4 ? Tekster.vaelg(rnd, Tekster.BEGRUNDELSE_BEVILLING) : null;
        };
        boolean klagevejledning = type != Afgoerelsestype.BEVILLING || rnd.nextDouble() < 0.9;
        LocalDate sendt = rnd.nextDouble() < 0.9 || !d.isBefore(idag) ? d : d.plusDays(1);
        LocalDate virkning = efterRevisitation ? idag.plusDays(1 + rnd.nextInt(7)) : d.plusDays(rnd.nextInt(8));
        AfgoerelseId afgoerelse = new AfgoerelseId(motor.uuid());
        String hjemmel = indsats(s.indsatser[0]).hjemmel();
        motor.udfoer(s.agg, new TraefAfgoerelse(s.id, afgoerelse, type, hjemmel, begrundelse, klagevejledning, d, sendt,
                virkning, uoplyst), b.cvr(), aktoer);
        s.sidsteDato = senest(s.sidsteDato, d);
        // now and then the letter went out a day later than recorded, or the day it was made, and a caseworker corrects it
        // two days on (ADR 0022)
        if (Math.floorMod(afgoerelse.value().getMostSignificantBits(), 12) == 0) {
            LocalDate rigtig = sendt.isAfter(d) ? d : d.plusDays(1);
            motor.planlaeg(tid(d.plusDays(2), 11 * 60), () -> motor.udfoer(s.agg, new RetAfgoerelsensSendtDato(s.id, afgoerelse, rigtig,
                    "Brevet blev sendt en anden dag"), b.cvr(), aktoer));
        }
        // now and then an afslag is reversed by the kommune itself, and a bevilling follows (omgørelse, ADR 0022)
        if (type == Afgoerelsestype.AFSLAG && !efterRevisitation && Math.floorMod(afgoerelse.value().getLeastSignificantBits(), 3) == 0) {
            LocalDate dato = idag.plusDays(1 + Math.floorMod(afgoerelse.value().getMostSignificantBits(), 4));
            motor.planlaeg(tid(dato, 10 * 60), () -> omgoer(s, afgoerelse, dato));
        }
        Bevilling gammel = efterRevisitation ? s.revisitationAf : null;
        if (type != Afgoerelsestype.AFSLAG) {
            if (efterRevisitation) {
                String kode = gammel != null ? gammel.indsats.kode() : s.indsatser[0];
                Bevillingsforslag forslag = Bevillingsforslag.til(kode, rnd);
                giv(b, s, kode, type == Afgoerelsestype.BEVILLING ? forslag.mere() : forslag, afgoerelse, virkning, d,
                        aktoer, gammel != null ? gammel.leverandoer : null);
            } else {
                String[] koder = type == Afgoerelsestype.DELVIS_BEVILLING && s.indsatser.length > 1
                        ? new String[] {s.indsatser[0]} : s.indsatser;
                for (String kode : koder) {
                    Bevillingsforslag forslag = Bevillingsforslag.til(kode, rnd);
                    giv(b, s, kode, type == Afgoerelsestype.DELVIS_BEVILLING && s.indsatser.length == 1 ? forslag.mindre()
                            : forslag, afgoerelse, virkning, d, aktoer, null);
                }
            }
        }
        if (gammel != null && !gammel.tilstand().erOphoert()) {
            motor.udfoer(gammel.agg, new OphoerBevilling(gammel.id, virkning, OphoersAarsag.NY_AFGOERELSE), b.cvr(), aktoer);
            gammel.planSlut = virkning;
        }
        double klage = switch (type) {
            case AFSLAG -> 0.35;
            case DELVIS_BEVILLING -> 0.25;
            default -> 0.02;
        };
        if (rnd.nextDouble() < (efterRevisitation ? klage / 2 : klage)) {
            LocalDate modtaget = d.plusDays(5 + rnd.nextInt(24));
            motor.planlaeg(tid(modtaget, kontorminut(rnd)), () -> klage(s, afgoerelse, modtaget));
        }
        s.revisitationAf = null;
        s.kaede = false;
        s.afslutningVurderet = false;
        tjekSagsafslutning(s);
    }

    /**
     * The afslag is reversed in the citizen's favour, if nothing has moved the sag on meanwhile; the afgørelse that follows
     * grants what was applied for.
     */
    private void omgoer(Sag s, AfgoerelseId afgoerelse, LocalDate dato) {
        SagState st = s.tilstand();
        if (s.borger.ude || s.kaede || st.afsluttet() || st.underRevisitation() || !afgoerelse.equals(st.senesteAfgoerelse())) {
            return;
        }
        LocalDate d = senest(dato, s.sidsteDato);
        sag(s, new OmgoerAfgoerelse(s.id, afgoerelse, d, "Afslaget byggede på en fejl i oplysningerne"), d);
        s.afslutningsplan++;
        s.planlagtType = Afgoerelsestype.BEVILLING;
        trin(s, Trin.AFGOERELSE, d.plusDays(1));
    }

    private void klage(Sag s, AfgoerelseId afgoerelse, LocalDate modtaget) {
        if (s.borger.ude) {
            return;
        }
        LocalDate d = senest(modtaget, s.sidsteDato);
        motor.udfoer(s.agg, new ModtagKlage(s.id, motor.uuid(), afgoerelse, d), s.borger.cvr(), s.aktoer());
        if (kanRevisiteres(s) && s.borger.rnd.nextDouble() < 0.3) {
            startRevisitation(s, s.aktivBevilling(), d, "Genvurdering efter klage", s.aktoer(), true);
        }
    }

    private boolean kanRevisiteres(Sag s) {
        SagState st = s.tilstand();
        return !s.kaede && !s.borger.ude && !st.afsluttet() && st.harAfgoerelse() && !st.underRevisitation();
    }

    private void startRevisitation(Sag s, Bevilling bevilling, LocalDate d, String aarsag, Aktoer aktoer, boolean efterKlage) {
        motor.udfoer(s.agg, new StartRevisitation(s.id, bevilling == null ? null : bevilling.id, d, aarsag), s.borger.cvr(),
                aktoer);
        s.sidsteDato = senest(s.sidsteDato, d);
        s.revisitationAf = bevilling;
        s.klageOmgoerelse = efterKlage;
        s.afslutningsplan++;
        trin(s, Trin.REVURDERING, d.plusDays(3 + s.borger.rnd.nextInt(12)));
    }

    private void afslutUdenAfgoerelse(Sag s, AfslutningsAarsag aarsag, LocalDate d, String bemaerkning) {
        // a self-referring unit's bevilling joined to the sag may run on without it (ADR 0020, 0022)
        sag(s, new AfslutSagUdenAfgoerelse(s.id, aarsag, d, bemaerkning, true), d);
        s.kaede = false;
        sagLukket(s);
    }

    /**
     * Closes the sag explicitly once nothing granted on it runs any more (after the klagefrist for an afslag), in most
     * kommuner; the others leave it afgjort. A revisitation before the planned day (after a klage) cancels the closing.
     */
    private void tjekSagsafslutning(Sag s) {
        SagState st = s.tilstand();
        if (s.kaede || s.afslutningVurderet || s.borger.ude || st.afsluttet() || !st.harAfgoerelse()
                || st.underRevisitation() || (s.aktivBevilling() != null && !lukkesMedLoebendeHjaelp(s))) {
            return;
        }
        s.afslutningVurderet = true;
        SplittableRandom rnd = s.borger.rnd;
        boolean afslag = s.bevillinger.isEmpty();
        if (rnd.nextDouble() >= (afslag ? 0.8 : 0.85)) {
            return;
        }
        LocalDate dato = idag.plusDays(afslag ? 35 + rnd.nextInt(36) : 1 + rnd.nextInt(30));
        long planlagt = ++s.afslutningsplan;
        motor.planlaeg(tid(dato, kontorminut(rnd)), () -> {
            SagState nu = s.tilstand();
            if (planlagt != s.afslutningsplan || s.borger.ude || s.kaede || nu.afsluttet() || nu.underRevisitation()
                    || (s.aktivBevilling() != null && !lukkesMedLoebendeHjaelp(s))) {
                return;
            }
            LocalDate d = senest(dato, s.sidsteDato);
            sag(s, new AfslutSag(s.id, d, true), d);
            sagLukket(s);
        });
    }

    /**
     * Some kommuner close a sag soon after its afgørelse while the help runs on (KL/KOMBIT solution C; brief §0.5); the
     * caseworker then says explicitly that the bevillinger go on (ADR 0020). Chosen from the sag's id, so the random
     * sequence of the rest of the history stays as it was.
     */
    private static boolean lukkesMedLoebendeHjaelp(Sag s) {
        return Math.floorMod(s.id.value().getLeastSignificantBits(), 8) == 0;
    }

    private void sagLukket(Sag s) {
        s.borger.sager.remove(s);
        if (s.forloeb != null) {
            s.forloeb.aabneSager--;
            tjekForloebsafslutning(s.forloeb);
        }
    }

    private void sag(Sag s, SagCommand kommando, LocalDate d) {
        motor.udfoer(s.agg, kommando, s.borger.cvr(), s.aktoer());
        s.sidsteDato = senest(s.sidsteDato, d);
    }

    private static Afgoerelsestype afgoerelsestype(SplittableRandom rnd) {
        double x = rnd.nextDouble();
        return x < 0.8 ? Afgoerelsestype.BEVILLING : x < 0.92 ? Afgoerelsestype.DELVIS_BEVILLING : Afgoerelsestype.AFSLAG;
    }

    // ---- bevillinger --------------------------------------------------------------------------------------------

    /**
     * Grants an indsats: on a sag's afgørelse, or without a sag by a self-referring unit ({@code sag} null), then
     * orders it from a leverandør, ties it to the citizen's forløb and plans what follows (start from the venteliste,
     * follow-ups, a change, a change of leverandør).
     */
    private void giv(Borger b, Sag s, String kode, Bevillingsforslag forslag, AfgoerelseId afgoerelse, LocalDate start,
            LocalDate bevilget, Aktoer aktoer, Leverandoer leverandoer) {
        SplittableRandom rnd = b.rnd;
        Indsats indsats = indsats(kode);
        boolean tid = indsats.ydelsestype() == Ydelsestype.TID;
        boolean venteliste = s != null && tid && forslag.varighedDage() == 0 && rnd.nextDouble() < 0.1;
        Bevilling bev = new Bevilling(b, s, indsats);
        // a self-referring unit sometimes registers help it gave acutely the day before, with the reason (ADR 0020);
        // chosen from the id, so the citizen's random sequence, and with it the rest of the history, stays as it was
        boolean tilbagevirkende = s == null && Math.floorMod(bev.id.value().getLeastSignificantBits(), 4) == 0;
        LocalDate startdato = venteliste ? null : tilbagevirkende ? bevilget.minusDays(1) : start;
        // a myndighed plans the first opfølgning when it grants (UC3 step 4)
        LocalDate foersteOpfoelgning = s != null ? bevilget.plusDays(91) : null;
        bev.myndighed = aktoer;
        motor.udfoer(bev.agg, new GivBevilling(bev.id, b.id(), s == null ? null : s.id, afgoerelse, kode, startdato,
                forslag.slutdato(startdato), forslag.omfang(), forslag.ramme(), forslag.egenbetalingOere(),
                forslag.beloebOere(), bevilget, tilbagevirkende ? "Hjælpen blev givet akut dagen før" : null, foersteOpfoelgning),
                b.cvr(), aktoer);
        b.bevillinger.add(bev);
        if (s != null) {
            // what the command side does in the bevilling's transaction: the sag records it (ADR 0020)
            motor.udfoer(s.agg, new TilknytBevillingTilSag(s.id, bev.id), b.cvr(), aktoer);
            s.bevillinger.add(bev);
        } else {
            tilknytSenere(b, bev);
        }
        // now and then the startdato was typed a day late and is corrected at once (ADR 0022)
        if (startdato != null && !startdato.minusDays(1).isBefore(bevilget)
                && Math.floorMod(bev.id.value().getMostSignificantBits(), 10) == 1) {
            motor.udfoer(bev.agg, new RetStartdato(bev.id, startdato.minusDays(1), "Startdatoen var tastet en dag for sent", null),
                    b.cvr(), aktoer);
        }
        Forloeb f = forloebFor(b, indsats.forloebstype(), bevilget, aktoer);
        motor.udfoer(f.agg, new TilknytBevilling(f.id, bev.id), b.cvr(), aktoer);
        f.aktiveBevillinger++;
        bev.forloeb = f;
        if (indsats.ydelsestype() == Ydelsestype.OEKONOMISK) {
            planlaegOpfoelgning(bev, start.plusDays(180 + rnd.nextInt(186)));
            return;
        }
        if (leverandoer != null) {
            bev.leverandoer = leverandoer;
        } else {
            Kommune kommune = rnd.nextDouble() < 0.08 ? andenKommune(b.kommune(), rnd) : b.kommune();
            bev.leverandoer = Leverandoer.til(kode, kommune, rnd);
        }
        if (s == null) {
            planlaegOpfoelgning(bev, foersteOpfoelgning(bev, start));
            return;
        }
        if (venteliste) {
            motor.planlaeg(tid(idag.plusDays(7 + rnd.nextInt(39)), kontorminut(rnd)), () -> fastsaetStartdato(bev));
            return;
        }
        if (rnd.nextDouble() < 0.92) {
            bestil(bev, bevilget, aktoer);
        }
        planlaegOpfoelgning(bev, foersteOpfoelgning(bev, start));
        if (tid && rnd.nextDouble() < 0.08) {
            motor.planlaeg(tid(start.plusDays(14 + rnd.nextInt(77)), kontorminut(rnd)), () -> aendr(bev));
        }
        if (tid && rnd.nextDouble() < 0.04) {
            motor.planlaeg(tid(start.plusDays(30 + rnd.nextInt(151)), kontorminut(rnd)), () -> skiftLeverandoer(bev));
        }
    }

    /**
     * A self-referring unit's bevilling joined to the citizen's open sag (solution C, ADR 0022), as the command side does
     * it: the bevilling records its sag and the sag the bevilling, in one transaction. Sager are closed with an explicit
     * decision that running bevillinger go on, so the joined one never holds up a closure.
     */
    private void tilknytSenere(Borger b, Bevilling bev) {
        for (Sag s : b.sager) {
            if (!s.tilstand().afsluttet()) {
                motor.udfoer(bev.agg, new TilknytSagTilBevilling(bev.id, s.id, null, "Hjælpen hører under borgerens sag"), b.cvr(),
                        s.aktoer());
                motor.udfoer(s.agg, new TilknytBevillingTilSag(s.id, bev.id), b.cvr(), s.aktoer());
                return;
            }
        }
    }

    private LocalDate foersteOpfoelgning(Bevilling bev, LocalDate start) {
        SplittableRandom rnd = bev.borger.rnd;
        LocalDate foerste = start.plusDays(30 + rnd.nextInt(61));
        LocalDate slutdato = bev.tilstand().slutdato();
        if (slutdato != null) {
            LocalDate ved = slutdato.minusDays(rnd.nextInt(4));
            if (ved.isBefore(foerste)) {
                return ved.isAfter(start) ? ved : start.plusDays(1);
            }
        }
        return foerste;
    }

    private void bestil(Bevilling bev, LocalDate dato, Aktoer aktoer) {
        Borger b = bev.borger;
        Leverandoer lev = bev.leverandoer;
        Cvr andenKommune = lev.kommune().equals(b.kommune()) ? null : lev.kommune().cvr();
        String anvisning = b.rnd.nextDouble() < 0.7 ? Tekster.vaelg(b.rnd, Tekster.HANDLINGSANVISNINGER) : null;
        motor.udfoer(bev.agg, new BestilBevilling(bev.id, lev.navn(), andenKommune, dato, anvisning), b.cvr(), aktoer);
    }

    private void fastsaetStartdato(Bevilling bev) {
        Borger b = bev.borger;
        BevillingState st = bev.tilstand();
        if (b.ude || st.erOphoert() || st.startdato() != null) {
            return;
        }
        SplittableRandom rnd = b.rnd;
        LocalDate start = idag.plusDays(1 + rnd.nextInt(10));
        motor.udfoer(bev.agg, new FastsaetStartdato(bev.id, start), b.cvr(), bev.myndighed);
        if (!st.bestilt()) {
            bestil(bev, idag, bev.myndighed);
        }
        planlaegOpfoelgning(bev, foersteOpfoelgning(bev, start));
    }

    private void aendr(Bevilling bev) {
        Borger b = bev.borger;
        if (b.ude || bev.afsluttet || bev.slut(idag) || bev.tilstand().erOphoert()) {
            return;
        }
        Omfang nyt = nytOmfang(bev);
        if (nyt != null) {
            motor.udfoer(bev.agg, new AendrBevilling(bev.id, nyt, idag.plusDays(b.rnd.nextInt(8)),
                    Tekster.vaelg(b.rnd, Tekster.AENDRINGER)), b.cvr(), bev.myndighed);
        }
    }

    private void skiftLeverandoer(Bevilling bev) {
        Borger b = bev.borger;
        if (b.ude || bev.afsluttet || bev.slut(idag) || bev.tilstand().erOphoert()) {
            return;
        }
        bev.leverandoer = Leverandoer.til(bev.indsats.kode(), b.kommune(), b.rnd);
        bestil(bev, idag, bev.myndighed);
    }

    /** A change inside the frame: up to the granted ramme, or one visit or five minutes less; null when none fits. */
    private static Omfang nytOmfang(Bevilling bev) {
        BevillingState st = bev.tilstand();
        Omfang nu = st.omfang();
        Omfang ramme = st.gaeldendeRamme();
        if (nu == null || ramme == null) {
            return null;
        }
        Omfang nyt;
        if (st.ramme() != null && !st.ramme().equals(nu) && bev.borger.rnd.nextBoolean()) {
            nyt = st.ramme();
        } else if (nu.gange() > 1) {
            nyt = new Omfang(nu.minutter(), nu.periode(), nu.gange() - 1);
        } else if (nu.minutter() > 10) {
            nyt = new Omfang(nu.minutter() - 5, nu.periode(), nu.gange());
        } else {
            return null;
        }
        return nyt.rummesI(ramme) && !nyt.equals(nu) ? nyt : null;
    }

    private void planlaegOpfoelgning(Bevilling bev, LocalDate dato) {
        motor.planlaeg(tid(dato, kontorminut(bev.borger.rnd)), () -> opfoelgning(bev));
    }

    /** FSIII opfølgning: E1 continue, E2 change within the frame, E3 end, E4 revisitation of the sag. */
    private void opfoelgning(Bevilling bev) {
        Borger b = bev.borger;
        BevillingState st = bev.tilstand();
        if (b.ude || bev.afsluttet || st.erOphoert() || bev.slut(idag) || st.startdato() == null) {
            return;
        }
        SplittableRandom rnd = b.rnd;
        LocalDate g = idag;
        LocalDate slutdato = st.slutdato();
        String kode;
        Omfang nyt = null;
        if (slutdato != null && !g.isBefore(slutdato.minusDays(7))) {
            kode = rnd.nextDouble() < 0.85 ? "E3" : "E1";
        } else {
            double x = rnd.nextDouble();
            if (x < 0.12 && bev.sag != null && kanRevisiteres(bev.sag) && !st.revisitationPaagaar()) {
                kode = "E4";
            } else if (x < 0.20) {
                kode = "E3";
            } else if (x < 0.38 && (nyt = nytOmfang(bev)) != null) {
                kode = "E2";
            } else {
                kode = "E1";
            }
        }
        boolean aarlig = st.ydelsestype() == Ydelsestype.OEKONOMISK;
        LocalDate naeste = kode.equals("E3") ? null
                : g.plusDays(kode.equals("E4") ? 30 + rnd.nextInt(31) : aarlig ? 300 + rnd.nextInt(66) : 90 + rnd.nextInt(91));
        motor.udfoer(bev.agg, new GennemfoerOpfoelgning(bev.id, motor.uuid(), kode, g, naeste, nyt,
                rnd.nextDouble() < 0.7 ? Tekster.vaelg(rnd, Tekster.NOTATER) : null), b.cvr(), opfoelgningsaktoer(bev));
        switch (kode) {
            case "E3" -> bev.planSlut = g.plusDays(1);
            case "E4" -> {
                motor.udfoer(bev.sag.agg, new StartRevisitation(bev.sag.id, bev.id, g,
                        "Opfølgning med resultat E4 (revisitation) på bevilling " + bev.id), b.cvr(), REVISITATIONSPROCES);
                Sag s = bev.sag;
                s.sidsteDato = senest(s.sidsteDato, g);
                s.revisitationAf = bev;
                s.klageOmgoerelse = false;
                s.afslutningsplan++;
                trin(s, Trin.REVURDERING, g.plusDays(3 + rnd.nextInt(12)));
                planlaegOpfoelgning(bev, naeste);
            }
            default -> {
                LocalDate dato = naeste;
                if (slutdato != null) {
                    LocalDate ved = slutdato.minusDays(rnd.nextInt(4));
                    if (ved.isAfter(g) && ved.isBefore(dato)) {
                        dato = ved;
                    }
                }
                planlaegOpfoelgning(bev, dato);
            }
        }
    }

    private Aktoer opfoelgningsaktoer(Bevilling bev) {
        Leverandoer lev = bev.leverandoer;
        if (bev.sag == null && lev != null) {
            return lev.aktoer(lev.medarbejder(bev.borger.rnd));
        }
        if (lev != null && lev.kommune().equals(bev.borger.kommune()) && bev.borger.rnd.nextDouble() < 0.6) {
            return lev.aktoer(lev.medarbejder(bev.borger.rnd));
        }
        return bev.sag != null ? bev.sag.aktoer() : bev.myndighed;
    }

    private void bevillingSlut(Bevilling bev) {
        bev.afsluttet = true;
        if (bev.forloeb != null) {
            bev.forloeb.aktiveBevillinger--;
            tjekForloebsafslutning(bev.forloeb);
        }
        if (bev.sag != null) {
            tjekSagsafslutning(bev.sag);
        }
    }

    // ---- forløb -------------------------------------------------------------------------------------------------

    private Forloeb forloebFor(Borger b, String type, LocalDate d, Aktoer aktoer) {
        Forloeb f = b.forloeb.get(type);
        if (f == null || f.tilstand().afsluttet()) {
            f = new Forloeb(b, type, d);
            motor.udfoer(f.agg, new StartForloeb(f.id, b.id(), type, d), b.cvr(), aktoer);
            b.forloeb.put(type, f);
        }
        return f;
    }

    private void tjekForloebsafslutning(Forloeb f) {
        Borger b = f.borger;
        if (f.afslutningPlanlagt || b.ude || f.aabneSager > 0 || f.aktiveBevillinger > 0 || f.tilstand().afsluttet()) {
            return;
        }
        SplittableRandom rnd = b.rnd;
        if (rnd.nextDouble() < 0.75) {
            f.afslutningPlanlagt = true;
            LocalDate dato = idag.plusDays(rnd.nextInt(15));
            motor.planlaeg(tid(dato, kontorminut(rnd)), () -> {
                f.afslutningPlanlagt = false;
                if (b.ude || f.aabneSager > 0 || f.aktiveBevillinger > 0 || f.tilstand().afsluttet()) {
                    return;
                }
                motor.udfoer(f.agg, new AfslutForloeb(f.id, senest(dato, f.startdato), Tekster.vaelg(rnd, Tekster.FORLOEB_SLUT)),
                        b.cvr(), sagsbehandler(b));
                b.forloeb.remove(f.type, f);
            });
        }
    }

    // ---- death and moving away ----------------------------------------------------------------------------------

    /**
     * The citizen died or moved away on {@code dato} (registered now, possibly days later): every running bevilling
     * ends that day, every open sag is closed (with or without afgørelse), pending henvendelser are handled without
     * a sag and the forløb are ended.
     */
    private void afslutBorger(Borger b, LocalDate dato, boolean doed) {
        Aktoer aktoer = sagsbehandler(b);
        for (Bevilling bev : b.bevillinger) {
            BevillingState st = bev.tilstand();
            if (!st.erOphoert() && (st.slutdato() == null || !st.slutdato().isBefore(dato))) {
                motor.udfoer(bev.agg, new OphoerBevilling(bev.id, dato,
                        doed ? OphoersAarsag.DOED : OphoersAarsag.FRAFLYTNING), b.cvr(), aktoer);
            }
            bev.afsluttet = true;
        }
        for (Sag s : b.sager) {
            SagState st = s.tilstand();
            if (st.afsluttet()) {
                continue;
            }
            LocalDate d = senest(dato, s.sidsteDato);
            if (st.harAfgoerelse()) {
                motor.udfoer(s.agg, new AfslutSag(s.id, d, true), b.cvr(), aktoer);
            } else {
                motor.udfoer(s.agg, new AfslutSagUdenAfgoerelse(s.id, doed ? AfslutningsAarsag.DOED : AfslutningsAarsag.FRAFLYTTET,
                        d, doed ? (b.rnd.nextBoolean() ? "Meddelelse om dødsfald fra CPR" : null)
                        : "Borgeren er flyttet til anden kommune"), b.cvr(), aktoer);
            }
        }
        for (Henvendelse h : b.henvendelser) {
            if (!h.tilstand().haandteret()) {
                motor.udfoer(h.agg, new HaandterHenvendelse(h.id, Udfald.INGEN_SAG, List.of(),
                        doed ? "Borgeren er død" : "Borgeren er fraflyttet kommunen", senest(dato, h.modtaget)), b.cvr(), aktoer);
            }
        }
        for (Forloeb f : b.forloeb.values()) {
            if (!f.tilstand().afsluttet()) {
                motor.udfoer(f.agg, new AfslutForloeb(f.id, senest(dato, f.startdato),
                        doed ? "Borgeren er død" : "Borgeren er fraflyttet kommunen"), b.cvr(), aktoer);
            }
        }
        b.bevillinger.clear();
        b.sager.clear();
        b.henvendelser.clear();
        b.forloeb.clear();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private Indsats indsats(String kode) {
        return katalog.indsats(kode).orElseThrow(() -> new IllegalStateException("Unknown indsats " + kode));
    }

    private String sagsnummer(Kommune kommune, String kle, String facet, int aar) {
        String noegle = kommune.cvr().value() + ":" + aar;
        int nummer = sagsnumre.merge(noegle, 1, Integer::sum);
        return kle + "-" + facet + "-" + nummer + "-" + String.format("%02d", aar % 100);
    }

    private static String ansvarligEnhed(String kode, SplittableRandom rnd) {
        return switch (kode) {
            case "SEL-85" -> "socialpsykiatri-myndighed";
            case "SEL-95" -> "handicap-myndighed";
            case "SEL-83A", "SEL-86-GEN", "SEL-86-VED" -> "traening-visitation";
            default -> new String[] {"visitation-nord", "visitation-syd", "visitation-midt"}[rnd.nextInt(3)];
        };
    }

    private static Kommune andenKommune(Kommune egen, SplittableRandom rnd) {
        int i = rnd.nextInt(Kommune.KENDTE.size() - 1);
        Kommune anden = Kommune.KENDTE.get(i);
        return anden.equals(egen) ? Kommune.KENDTE.get(Kommune.KENDTE.size() - 1) : anden;
    }

    private static String sagsbehandlerId(Borger b) {
        int nr = 1 + b.rnd.nextInt(12);
        return "sb-" + b.kommune().nummer() + (nr < 10 ? "00" : "0") + nr;
    }

    private static Aktoer sagsbehandler(Borger b) {
        return new Aktoer(sagsbehandlerId(b), Rolle.SAGSBEHANDLER);
    }

    private static int kontorminut(SplittableRandom rnd) {
        return 8 * 60 + rnd.nextInt(7 * 60 + 30);
    }

    private static int vaegtet(SplittableRandom rnd, int... vaegte) {
        int sum = 0;
        for (int v : vaegte) {
            sum += v;
        }
        int x = rnd.nextInt(sum);
        for (int i = 0; i < vaegte.length; i++) {
            x -= vaegte[i];
            if (x < 0) {
                return i;
            }
        }
        return vaegte.length - 1;
    }

    private static LocalDate senest(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    /** Epoch ms of a local time on a day, kept between 01:30 and 23:30 so that summer time never moves it to another day. */
    private long tid(LocalDate dato, int minutAfDoegnet) {
        int minut = Math.max(90, Math.min(minutAfDoegnet, 23 * 60 + 30));
        int offset = dato.equals(idag) ? offsetIdag : offset(dato);
        return (dato.toEpochDay() * 86_400L + minut * 60L - offset) * 1_000L;
    }

    private long tidIdag(int minutAfDoegnet) {
        return tid(idag, minutAfDoegnet);
    }

    private static int offset(LocalDate dato) {
        return TIDSZONE.getRules().getOffset(dato.atTime(12, 0)).getTotalSeconds();
    }

    // ---- what the generator knows about each citizen and aggregate ----------------------------------------------

    private static final class Borger {
        final GenereretBorger data;
        final SplittableRandom rnd;
        boolean ude;
        int antalHenvendelser;
        LocalDate indlagtFra;
        LocalDate indlagtTil;
        /** Until when the citizen is frail after a hospital stay. */
        LocalDate skroebeligTil;
        final List<Sag> sager = new ArrayList<>();
        final List<Bevilling> bevillinger = new ArrayList<>();
        final List<Henvendelse> henvendelser = new ArrayList<>();
        final Map<String, Forloeb> forloeb = new LinkedHashMap<>();

        Borger(GenereretBorger data, SplittableRandom rnd) {
            this.data = data;
            this.rnd = rnd;
        }

        BorgerId id() {
            return data.borgerId();
        }

        Kommune kommune() {
            return data.kommune();
        }

        Cvr cvr() {
            return data.kommune().cvr();
        }
    }

    private final class Henvendelse {
        final Aggregat<HenvendelseState, HenvendelseCommand, HenvendelseEvent> agg;
        final HenvendelseId id;
        final Borger borger;
        final Behov behov;
        final String[] indsatser;
        final LocalDate modtaget;

        Henvendelse(Borger borger, Behov behov, String[] indsatser, LocalDate modtaget) {
            this.id = new HenvendelseId(motor.uuid());
            this.agg = motor.nyt(Aggregattype.HENVENDELSE, id.toString(), Aggregat.HENVENDELSE);
            this.borger = borger;
            this.behov = behov;
            this.indsatser = indsatser;
            this.modtaget = modtaget;
        }

        HenvendelseState tilstand() {
            return agg.tilstand;
        }
    }

    private final class Sag {
        final Aggregat<SagState, SagCommand, SagEvent> agg;
        final SagId id;
        final Borger borger;
        final Behov behov;
        final String[] indsatser;
        final String indsatsKle;
        final List<Bevilling> bevillinger = new ArrayList<>();
        Forloeb forloeb;
        String sagsbehandler;
        LocalDate sidsteDato;
        boolean kaede;
        boolean afslutningVurderet;
        /** Counts closings planned and cancelled: a planned closing runs only if it is still the latest. */
        long afslutningsplan;
        Afgoerelsestype planlagtType;
        UUID partshoering;
        Bevilling revisitationAf;
        boolean klageOmgoerelse;

        Sag(Borger borger, Behov behov, String[] indsatser, String indsatsKle) {
            this.id = new SagId(motor.uuid());
            this.agg = motor.nyt(Aggregattype.SAG, id.toString(), Aggregat.SAG);
            this.borger = borger;
            this.behov = behov;
            this.indsatser = indsatser;
            this.indsatsKle = indsatsKle;
        }

        SagState tilstand() {
            return agg.tilstand;
        }

        Aktoer aktoer() {
            return sagsbehandler != null ? new Aktoer(sagsbehandler, Rolle.SAGSBEHANDLER) : sagsbehandler(borger);
        }

        /** A bevilling granted on the sag that still runs (or waits on the venteliste); null when none. */
        Bevilling aktivBevilling() {
            for (Bevilling bev : bevillinger) {
                if (!bev.afsluttet && !bev.tilstand().erOphoert()) {
                    return bev;
                }
            }
            return null;
        }
    }

    private final class Bevilling {
        final Aggregat<BevillingState, BevillingCommand, BevillingEvent> agg;
        final BevillingId id;
        final Borger borger;
        final Sag sag;
        final Indsats indsats;
        Forloeb forloeb;
        Leverandoer leverandoer;
        Aktoer myndighed;
        /** The moments of the visits planned today: one visit is one levering (LEVERING_DOBBELT, ADR 0020). */
        final java.util.Set<Long> besoeg = new java.util.HashSet<>();
        long besoegsdag = Long.MIN_VALUE;

        /** {@code tid}, or the first whole minute after it that no other visit of this bevilling has (visits are planned day by day). */
        long ledigtTidspunkt(long tid) {
            long dag = Math.floorDiv(tid, 86_400_000L);
            if (dag != besoegsdag) {
                besoeg.clear();
                besoegsdag = dag;
            }
            long t = tid;
            while (!besoeg.add(t)) {
                t += 60_000;
            }
            return t;
        }
        Besoegsplan plan;
        /** The first day without the ydelse, once an end is decided (E3, a new afgørelse). */
        LocalDate planSlut;
        /** Ended, as far as the generator is concerned: no more visits, follow-ups or changes. */
        boolean afsluttet;

        Bevilling(Borger borger, Sag sag, Indsats indsats) {
            this.id = new BevillingId(motor.uuid());
            this.agg = motor.nyt(Aggregattype.BEVILLING, id.toString(), Aggregat.BEVILLING);
            this.borger = borger;
            this.sag = sag;
            this.indsats = indsats;
        }

        BevillingState tilstand() {
            return agg.tilstand;
        }

        /** Whether the ydelse no longer runs on {@code dato}. */
        boolean slut(LocalDate dato) {
            BevillingState st = agg.tilstand;
            return (planSlut != null && !dato.isBefore(planSlut))
                    || (st.ophoersdato() != null && !dato.isBefore(st.ophoersdato()))
                    || (st.slutdato() != null && dato.isAfter(st.slutdato()));
        }
    }

    private final class Forloeb {
        final Aggregat<ForloebState, ForloebCommand, ForloebEvent> agg;
        final ForloebId id;
        final Borger borger;
        final String type;
        final LocalDate startdato;
        int aabneSager;
        int aktiveBevillinger;
        boolean afslutningPlanlagt;

        Forloeb(Borger borger, String type, LocalDate startdato) {
            this.id = new ForloebId(motor.uuid());
            this.agg = motor.nyt(Aggregattype.FORLOEB, id.toString(), Aggregat.FORLOEB);
            this.borger = borger;
            this.type = type;
            this.startdato = startdato;
        }

        ForloebState tilstand() {
            return agg.tilstand;
        }
    }
}
