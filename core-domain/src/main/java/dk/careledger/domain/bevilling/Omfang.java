package dk.careledger.domain.bevilling;

import java.util.Objects;

/**
 * How much is granted of a time ydelse: {@code gange} visits of {@code minutter} minutes each, per
 * {@code periode}. For example 2 × 15 minutes per day for morning and evening help, 1 × 60 minutes per week of
 * cleaning, or 1 × 90 minutes per month of heavy cleaning where the municipal standard counts per month.
 *
 * <p>Used both for the granted omfang and for the optional ramme (the upper frame the leverandør may adjust
 * within without a new afgørelse, FSIII E2 "Ændres inden for rammen"). The constructor only rejects a missing
 * periode, so that stored events always deserialize; the decider refuses non-positive minutter or gange
 * ({@code OMFANG_UGYLDIG}).
 *
 * @param minutter minutes per visit, &gt; 0
 * @param periode  what the visits are counted per
 * @param gange    visits per periode, &gt; 0
 */
public record Omfang(int minutter, Omfangsperiode periode, int gange) {

    public Omfang {
        Objects.requireNonNull(periode, "periode");
    }

    /** {@code gange} × {@code minutter} minutes per day: {@code prDag(2, 15)} is morning and evening help of 15 minutes. */
    public static Omfang prDag(int gange, int minutter) {
        return new Omfang(minutter, Omfangsperiode.PR_DAG, gange);
    }

    /** {@code gange} × {@code minutter} minutes per week. */
    public static Omfang prUge(int gange, int minutter) {
        return new Omfang(minutter, Omfangsperiode.PR_UGE, gange);
    }

    /** {@code gange} × {@code minutter} minutes per month. */
    public static Omfang prMaaned(int gange, int minutter) {
        return new Omfang(minutter, Omfangsperiode.PR_MAANED, gange);
    }

    /**
     * Whether minutter and gange are both positive and the yearly total can be counted (it fits a {@code long},
     * which no real omfang comes near); the decider refuses an omfang that is not.
     */
    public boolean erGyldigt() {
        return minutter > 0 && gange > 0
                && (long) minutter * gange <= Long.MAX_VALUE / Omfangsperiode.PR_DAG.perioderPr52Uger();
    }

    /**
     * The omfang as minutes per week: minutter × gange × 7 per day, × 1 per week, × 12/52 per month.
     * Per day and per week are exact. Per month is rounded to the nearest whole minute (60 minutes a month is
     * 13.85 → 14 minutes a week), which is what a caseworker reads off a visitation overview; since 12/52 = 3/13,
     * a monthly figure never falls exactly on a half.
     *
     * <p>The frame check {@link #rummesI(Omfang)} does not use this rounded figure: it compares exactly over a
     * year of 52 weeks, so that rounding can never let an omfang slip past its ramme.
     */
    public long minutterPrUge() {
        long prAar = minutterPr52Uger();
        return (prAar + 26) / 52;
    }

    /**
     * Minutes in a year of 52 weeks (364 days, 12 months): the exact common measure of two omfang.
     *
     * @throws ArithmeticException for an omfang that is not {@link #erGyldigt() gyldigt} because it is too large
     */
    public long minutterPr52Uger() {
        return Math.multiplyExact((long) minutter * gange, (long) periode.perioderPr52Uger());
    }

    /** Whether this omfang fits inside {@code ramme}: no more minutes over a year of 52 weeks, compared exactly. */
    public boolean rummesI(Omfang ramme) {
        Objects.requireNonNull(ramme, "ramme");
        return minutterPr52Uger() <= ramme.minutterPr52Uger();
    }
}
