package dk.careledger.domain.bevilling;

/**
 * The period an {@link Omfang} is counted per: the EOJ registers "time/minutantal pr. uge/dag" on each
 * enkeltindsats (UC3), and some municipal standards count per month.
 */
public enum Omfangsperiode {
    /** Per day: seven periods a week. */
    PR_DAG(364),
    /** Per week. */
    PR_UGE(52),
    /** Per month: twelve periods in a year of 52 weeks. */
    PR_MAANED(12);

    private final int perioderPr52Uger;

    Omfangsperiode(int perioderPr52Uger) {
        this.perioderPr52Uger = perioderPr52Uger;
    }

    /** How many such periods a year of 52 weeks holds: 364, 52 or 12. The common denominator for exact comparison. */
    public int perioderPr52Uger() {
        return perioderPr52Uger;
    }
}
