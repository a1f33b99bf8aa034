package dk.careledger.arbejdsbyrde;

import java.util.SplittableRandom;

/**
 * What a henvendelse is about, with how often it occurs, who typically sends it (FSIII A codes), which indsatser it
 * leads to and which tilstande a caseworker assesses for it. Weights and sources follow the seeds' picture of a
 * Danish care area: personal and practical help dominate, hospital referrals are a large share, and the
 * self-referring nursing and training units grant SUL § 138 and § 140 without a sag.
 */
enum Behov {
    PLEJE_EFTER_UDSKRIVNING(18, Art.SAG, new String[] {"A11", "A12", "A14", "A12", "A9"}, "SEL-83-PP", null, 0,
            new String[] {"SEL-83-PH", "SEL-83-MAD"}, new double[] {0.5, 0.2},
            new String[] {"J1.1", "J1.2", "J1.3", "J1.4", "J3.1", "J3.2"}, new String[] {"I2.1", "I4.2", "I9.1"}),
    PRAKTISK_HJAELP(20, Art.SAG, new String[] {"A1", "A1", "A2", "A4"}, "SEL-83-PH", null, 0,
            new String[] {"SEL-83-PP"}, new double[] {0.15},
            new String[] {"J2.2", "J2.3", "J2.1", "J3.3"}, new String[] {"I1.2"}),
    PERSONLIG_PLEJE(12, Art.SAG, new String[] {"A1", "A2", "A4", "A5"}, "SEL-83-PP", null, 0,
            new String[] {"SEL-83-PH"}, new double[] {0.4},
            new String[] {"J1.1", "J1.2", "J1.3", "J1.4", "J1.5"}, new String[] {"I12.1", "I4.1"}),
    MADSERVICE(8, Art.SAG, new String[] {"A1", "A2", "A4"}, "SEL-83-MAD", null, 0, new String[0], new double[0],
            new String[] {"J2.1", "J1.5", "J1.7"}, new String[] {"I3.2", "I3.3"}),
    REHABILITERING(8, Art.SAG, new String[] {"A1", "A2", "A4", "A12"}, "SEL-83A", null, 0, new String[0], new double[0],
            new String[] {"J1.1", "J2.2", "J3.1", "J3.3"}, new String[] {"I2.1"}),
    AFLASTNING(4, Art.SAG, new String[] {"A2", "A2", "A3"}, "SEL-84-AFL", "SEL-84-MO", 0.3, new String[0], new double[0],
            new String[] {"J4.1", "J4.2", "J2.4"}, new String[] {"I11.2", "I10.1"}),
    SOCIALPAEDAGOGISK(4, Art.SAG, new String[] {"A13", "A3", "A1"}, "SEL-85", null, 0, new String[0], new double[0],
            new String[] {"J4.3", "J4.4", "J2.4", "J4.6"}, new String[] {"I6.4", "I6.1"}),
    TRAENING(6, Art.SAG, new String[] {"A9", "A10", "A6"}, "SEL-86-GEN", "SEL-86-VED", 0.4, new String[0], new double[0],
            new String[] {"J3.1", "J3.2", "J3.6", "J3.7"}, new String[] {"I2.1", "I9.3"}),
    HELHEDSPLEJE(5, Art.SAG, new String[] {"A1", "A2", "A4"}, "AEL-HELHEDSPLEJE", null, 0, new String[0], new double[0],
            new String[] {"J1.1", "J1.3", "J2.2", "J2.3"}, new String[] {"I1.1"}),
    KONTANT_TILSKUD(1.5, Art.SAG, new String[] {"A1", "A3"}, "SEL-95", null, 0, new String[0], new double[0],
            new String[] {"J1.1", "J1.3", "J3.3", "J3.5"}, new String[] {"I1.1"}),
    SYGEPLEJE(9, Art.SELVVISITERET, new String[] {"A5", "A9", "A12", "A11", "A9"}, "SUL-138", null, 0, new String[0],
            new double[0], new String[0], new String[0]),
    GENOPTRAENING(5, Art.SELVVISITERET, new String[] {"A11", "A12", "A11"}, "SUL-140", null, 0, new String[0],
            new double[0], new String[0], new String[0]),
    INGEN(6, Art.INGEN, new String[] {"A1", "A2", "A7", "A8", "A15", "A3"}, null, null, 0, new String[0], new double[0],
            new String[0], new String[0]);

    /** How a henvendelse about this need is handled. */
    enum Art {
        /** A sag is opened (or the henvendelse joins an open one). */
        SAG,
        /** A self-referring unit grants the indsats without a sag; the henvendelse is handled INGEN_SAG. */
        SELVVISITERET,
        /** No sag: the citizen is guided elsewhere. */
        INGEN
    }

    private static final Behov[] ALLE = values();
    private static final double SUM;

    static {
        double sum = 0;
        for (Behov behov : ALLE) {
            sum += behov.vaegt;
        }
        SUM = sum;
    }

    final double vaegt;
    final Art art;
    final String[] kilder;
    private final String primaer;
    private final String alternativ;
    private final double alternativSandsynlighed;
    private final String[] sekundaere;
    private final double[] sekundaerSandsynlighed;
    final String[] jTilstande;
    final String[] iTilstande;

    Behov(double vaegt, Art art, String[] kilder, String primaer, String alternativ, double alternativSandsynlighed,
            String[] sekundaere, double[] sekundaerSandsynlighed, String[] jTilstande, String[] iTilstande) {
        this.vaegt = vaegt;
        this.art = art;
        this.kilder = kilder;
        this.primaer = primaer;
        this.alternativ = alternativ;
        this.alternativSandsynlighed = alternativSandsynlighed;
        this.sekundaere = sekundaere;
        this.sekundaerSandsynlighed = sekundaerSandsynlighed;
        this.jTilstande = jTilstande;
        this.iTilstande = iTilstande;
    }

    static Behov vaelg(SplittableRandom rnd) {
        double x = rnd.nextDouble() * SUM;
        for (Behov behov : ALLE) {
            x -= behov.vaegt;
            if (x < 0) {
                return behov;
            }
        }
        return ALLE[ALLE.length - 1];
    }

    String kilde(SplittableRandom rnd) {
        return kilder[rnd.nextInt(kilder.length)];
    }

    /** The indsats codes applied for: the main one first, then any additional ones. Empty for {@link Art#INGEN}. */
    String[] indsatser(SplittableRandom rnd) {
        if (primaer == null) {
            return new String[0];
        }
        String hoved = alternativ != null && rnd.nextDouble() < alternativSandsynlighed ? alternativ : primaer;
        String[] valgt = new String[1 + sekundaere.length];
        valgt[0] = hoved;
        int n = 1;
        for (int i = 0; i < sekundaere.length; i++) {
            if (rnd.nextDouble() < sekundaerSandsynlighed[i]) {
                valgt[n++] = sekundaere[i];
            }
        }
        return java.util.Arrays.copyOf(valgt, n);
    }
}
