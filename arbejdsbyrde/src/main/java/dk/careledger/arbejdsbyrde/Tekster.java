package dk.careledger.arbejdsbyrde;

import java.util.SplittableRandom;

/**
 * The free text of a generated history: short Danish phrases of the kind caseworkers, nurses and home-care staff
 * write, chosen at random. Synthetic, about nobody; the deciders encrypt them like any other free text.
 */
final class Tekster {

    static final String[] FORNAVNE = {"Karen", "Jens", "Inge", "Poul", "Kirsten", "Niels", "Hanne", "Erik", "Bente",
        "Henrik", "Lis", "Ole", "Birthe", "Hans", "Grethe", "Per", "Anna", "Peter", "Ruth", "Søren", "Else", "Jørgen",
        "Lene", "Lars", "Mette", "Anders", "Susanne", "Mads", "Yasmin", "Ali", "Fatima", "Mohammed", "Agnes", "Holger"};
    static final String[] EFTERNAVNE = {"Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen",
        "Poulsen", "Johansen", "Møller", "Mortensen", "Østergaard", "Kjær", "Holm", "Dahl", "Bak", "Yilmaz", "Ahmed"};

    static final String[] DIAGNOSER = {"DS720 Fraktur af lårbenshals", "DI639 Apopleksi",
        "DJ449 Kronisk obstruktiv lungesygdom", "DE119 Type 2-diabetes", "DF009 Alzheimers sygdom", "DI500 Hjertesvigt",
        "DM171 Knæartrose", "DC509 Brystkræft", "DF322 Depression", "DS822 Fraktur af skinneben",
        "DG20 Parkinsons sygdom", "DL89 Tryksår", "DN390 Urinvejsinfektion", "DF200 Paranoid skizofreni"};

    static final String[] AFKLARINGER = {"Borgeren er ringet op; behovet er uddybet", "Pårørende har bekræftet behovet",
        "Epikrise modtaget fra sygehuset", "Hjemmebesøg aftalt med borgeren", "Egen læge har uddybet henvisningen"};

    static final String[] INGEN_SAG = {"Borgeren er vejledt om private tilbud", "Behovet dækkes af den eksisterende hjælp",
        "Henvendelsen er videresendt til anden forvaltning", "Borgeren ønsker ikke hjælp alligevel",
        "Kun informationssøgning; ingen ansøgning"};

    static final String[] SAMTYKKE_OMFANG = {"Egen læge og sygehus", "Egen læge", "Sygehus, hjemmesygeplejen og pårørende",
        "Tidligere kommune", "Speciallæge og egen læge"};

    static final String[] BORGERENS_VURDERING = {"Kan ikke komme i bad selv", "Har brug for hjælp om morgenen",
        "Klarer sig fint med hjælpemidler", "Bliver hurtigt træt", "Er bange for at falde", "Vil gerne klare mere selv"};

    static final String[] ANMODNINGER = {"Epikrise og vurdering af funktionsniveau", "Lægeerklæring om helbredstilstand",
        "Genoptræningsplan", "Journaloplysninger fra sygehuset", "Status fra hjemmesygeplejen"};

    static final String[] PARTSHOERINGER = {"Påtænkt afslag på praktisk hjælp", "Påtænkt delvis bevilling",
        "Oplysninger fra egen læge", "Påtænkt afslag på ansøgningen", "Vurdering af funktionsniveau"};

    static final String[] PARTSHOERINGSSVAR = {"Borgeren ønsker fortsat hjælp til rengøring", "Borgeren er enig i vurderingen",
        "Pårørende har supplerende bemærkninger", "Borgeren henviser til lægens erklæring"};

    static final String[] BEGRUNDELSE_AFSLAG = {"Borgeren vurderes at kunne klare opgaven selv med hjælpemidler",
        "Behovet dækkes af ægtefællen", "Borgeren opfylder ikke betingelserne i bestemmelsen",
        "Borgeren kan selv med træning og hjælpemidler"};
    static final String[] BEGRUNDELSE_DELVIS = {"Personlig pleje bevilges; praktisk hjælp afslås, da ægtefællen kan varetage den",
        "Hjælpen bevilges i mindre omfang end ansøgt", "Bevilges delvist efter vurdering af funktionsniveau"};
    static final String[] BEGRUNDELSE_BEVILLING = {"Bevilget efter vurdering af funktionsniveau", "Bevilget som ansøgt",
        "Udvidet hjælp efter revisitation"};

    static final String[] UOPLYST = {"Akut behov; afgørelse træffes på det foreliggende grundlag",
        "Udskrivning samme dag; sagen oplyses efterfølgende"};

    static final String[] HANDLINGSANVISNINGER = {"Hjælp til bad morgen og aften; borgeren går med rollator",
        "Rengøring hver 14. dag; støvsugning og gulvvask", "Hjælp til af- og påklædning", "Levering af hovedmåltid dagligt",
        "Træning af gang og balance", "Sårpleje efter instruks fra egen læge", "Støtte til struktur i hverdagen"};

    static final String[] IKKE_LEVERET_ANDET = {"Nøgleboks defekt", "Borgeren var hos frisøren",
        "Vejarbejde; kunne ikke komme frem", "Borgeren havde besøg af familie og ønskede ikke hjælp"};
    static final String[] IKKE_LEVERET = {"Sygemelding; erstatningsbesøg aftalt", "Borgeren var ikke hjemme ved besøget",
        "Borgeren aflyste telefonisk"};

    static final String[] UPLANLAGT = {"Borgeren faldt og kunne ikke selv komme op", "Nødkald fra borgeren",
        "Akut forværring; ekstra besøg", "Hjælp efter opkastning", "Pårørende ringede bekymret"};

    static final String[] AENDRINGER = {"Borgeren har fået det bedre", "Borgerens behov er øget inden for rammen",
        "Tilpasning efter aftale med borgeren"};

    static final String[] NOTATER = {"Hjælpen fungerer efter hensigten", "Borgeren er mere selvhjulpen",
        "Funktionsniveau forværret efter fald", "Borgeren ønsker hjælpen fortsat", "Målene for indsatsen er nået"};

    static final String[] FORLOEB_SLUT = {"Alle indsatser er afsluttet", "Forløbet er afsluttet efter opfølgning"};

    static final String[] ANDET_AFSLUTNING = {"Sagen er oprettet ved en fejl", "Dobbeltoprettet sag"};

    private Tekster() {
    }

    static String vaelg(SplittableRandom rnd, String[] tekster) {
        return tekster[rnd.nextInt(tekster.length)];
    }

    static String aarsag(Behov behov, String[] indsatser, SplittableRandom rnd) {
        return switch (behov) {
            case PLEJE_EFTER_UDSKRIVNING -> vaelg(rnd, new String[] {"Udskrevet efter hoftefraktur, behov for hjælp til personlig pleje",
                "Udskrivning efter apopleksi; kan ikke klare bad og påklædning", "Svækket efter indlæggelse med lungebetændelse"});
            case PRAKTISK_HJAELP -> vaelg(rnd, new String[] {"Kan ikke længere gøre rent", "Ansøger om hjælp til rengøring og tøjvask",
                "Ægtefællen er død; borgeren kan ikke klare det praktiske"});
            case PERSONLIG_PLEJE -> vaelg(rnd, new String[] {"Kan ikke komme i bad selv", "Behov for hjælp morgen og aften",
                "Tiltagende demens; glemmer personlig hygiejne"});
            case MADSERVICE -> vaelg(rnd, new String[] {"Kan ikke selv lave mad", "Uplanlagt vægttab; spiser for lidt"});
            case REHABILITERING -> vaelg(rnd, new String[] {"Ønsker at blive selvhjulpen igen", "Faldende funktionsniveau i hjemmet"});
            case AFLASTNING -> vaelg(rnd, new String[] {"Ægtefællen har brug for aflastning", "Pårørende er udbrændt"});
            case SOCIALPAEDAGOGISK -> vaelg(rnd, new String[] {"Behov for støtte til struktur i hverdagen", "Udskrevet fra psykiatrien"});
            case TRAENING -> vaelg(rnd, new String[] {"Nedsat gangfunktion", "Behov for vedligeholdelsestræning"});
            case HELHEDSPLEJE -> vaelg(rnd, new String[] {"Ansøger om hjælp i hjemmet", "Behov for sammenhængende hjælp"});
            case KONTANT_TILSKUD -> "Ansøger om tilskud til selv at ansætte hjælpere";
            case SYGEPLEJE -> vaelg(rnd, new String[] {"Sårpleje efter operation", "Medicindosering", "Kateterpleje"});
            case GENOPTRAENING -> "Genoptræningsplan efter udskrivning";
            case INGEN -> vaelg(rnd, new String[] {"Spørger til muligheder for hjælp", "Pårørende søger information",
                "Henvendelse om hjælpemidler"});
        };
    }

    static String sagstitel(String indsatsnavn, SplittableRandom rnd) {
        String navn = indsatsnavn.toLowerCase(java.util.Locale.ROOT);
        return switch (rnd.nextInt(3)) {
            case 0 -> "Ansøgning om " + navn;
            case 1 -> "Visitation til " + navn;
            default -> "Sag om " + navn;
        };
    }
}
