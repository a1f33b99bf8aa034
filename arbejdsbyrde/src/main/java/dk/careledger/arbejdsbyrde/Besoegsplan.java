package dk.careledger.arbejdsbyrde;

import dk.careledger.domain.bevilling.Omfang;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * When the visits of a time ydelse fall, as its omfang says: {@code gange} visits a day at the usual home-care times
 * (morning, noon, evening, night), a week on fixed weekdays, or a month on fixed days of the month. Drawn once per
 * omfang; each day's visits then only vary by a few minutes.
 */
final class Besoegsplan {

    private static final int[][] DAGLIGE_TIDER = {
        {8 * 60 + 30},
        {7 * 60 + 30, 19 * 60},
        {7 * 60 + 30, 12 * 60, 19 * 60},
        {7 * 60 + 15, 12 * 60, 17 * 60 + 30, 21 * 60 + 30},
    };
    private static final int[][] UGEDAGE = {
        {},
        {2},
        {2, 5},
        {1, 3, 5},
        {1, 2, 4, 5},
        {1, 2, 3, 4, 5},
        {1, 2, 3, 4, 5, 6},
        {1, 2, 3, 4, 5, 6, 7},
    };

    final Omfang omfang;
    private final int[] tider;
    private final boolean[] ugedage = new boolean[8];
    private final boolean[] maanedsdage = new boolean[32];

    Besoegsplan(Omfang omfang, SplittableRandom rnd) {
        this.omfang = omfang;
        int gange = omfang.gange();
        switch (omfang.periode()) {
            case PR_DAG -> tider = forskudt(dagligeTider(gange), rnd.nextInt(41) - 20);
            case PR_UGE -> {
                int dage = Math.min(gange, 7);
                int forskydning = gange <= 1 ? rnd.nextInt(5) - 1 : 0;
                for (int dag : UGEDAGE[dage]) {
                    ugedage[Math.min(7, dag + forskydning)] = true;
                }
                tider = spredte(ceilDiv(gange, dage), 9 * 60 + rnd.nextInt(5 * 60));
            }
            default -> {
                int dage = Math.min(gange, 28);
                int afstand = 28 / dage;
                int foerste = 1 + rnd.nextInt(afstand);
                for (int i = 0; i < dage; i++) {
                    maanedsdage[foerste + i * afstand] = true;
                }
                tider = spredte(ceilDiv(gange, dage), 9 * 60 + rnd.nextInt(5 * 60));
            }
        }
    }

    /** The minutes of the day (local time) of the visits on {@code dato}; empty when none. */
    int[] tiderPaa(LocalDate dato) {
        return switch (omfang.periode()) {
            case PR_DAG -> tider;
            case PR_UGE -> ugedage[dato.getDayOfWeek().getValue()] ? tider : INGEN;
            default -> maanedsdage[dato.getDayOfMonth()] ? tider : INGEN;
        };
    }

    private static final int[] INGEN = new int[0];

    private static int[] dagligeTider(int gange) {
        if (gange <= DAGLIGE_TIDER.length) {
            return DAGLIGE_TIDER[gange - 1];
        }
        int[] tider = new int[gange];
        int fra = 7 * 60;
        int spaend = 15 * 60;
        for (int i = 0; i < gange; i++) {
            tider[i] = fra + i * spaend / (gange - 1);
        }
        return tider;
    }

    private static int[] spredte(int antal, int fra) {
        int[] tider = new int[antal];
        for (int i = 0; i < antal; i++) {
            tider[i] = fra + i * 150;
        }
        return tider;
    }

    private static int[] forskudt(int[] tider, int minutter) {
        int[] ud = new int[tider.length];
        for (int i = 0; i < tider.length; i++) {
            ud[i] = tider[i] + minutter;
        }
        return ud;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
