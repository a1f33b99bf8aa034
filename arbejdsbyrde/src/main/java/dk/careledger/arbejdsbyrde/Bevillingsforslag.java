package dk.careledger.arbejdsbyrde;

import dk.careledger.domain.bevilling.Omfang;
import dk.careledger.domain.bevilling.Omfangsperiode;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * What a caseworker grants of an indsats, with realistic municipal figures: personal care as 1–4 visits of
 * 10–30 minutes a day, practical help weekly or fortnightly, a meal a day with egenbetaling, time-limited
 * rehabilitation and training, respite stays as places, and SEL § 95 as a monthly amount instead of visits.
 *
 * @param omfang           null for places and money
 * @param ramme            the frame the leverandør may adjust within (FSIII E2), sometimes
 * @param varighedDage     days from the start to the slutdato of a time-limited indsats; 0 when open-ended
 * @param egenbetalingOere per month, for meals and stays
 * @param beloebOere       per month, for SEL § 95 only
 */
record Bevillingsforslag(Omfang omfang, Omfang ramme, int varighedDage, Long egenbetalingOere, Long beloebOere) {

    static Bevillingsforslag til(String indsatsKode, SplittableRandom rnd) {
        return switch (indsatsKode) {
            case "SEL-83-PP" -> {
                int gange = vaegtet(rnd, new int[] {1, 2, 3, 4}, new int[] {25, 40, 20, 15});
                int minutter = 10 + 5 * rnd.nextInt(5);
                Omfang omfang = Omfang.prDag(gange, minutter);
                Omfang ramme = rnd.nextDouble() < 0.5 ? (rnd.nextBoolean() || gange >= 4
                        ? Omfang.prDag(gange, minutter + 5) : Omfang.prDag(gange + 1, minutter)) : null;
                yield new Bevillingsforslag(omfang, ramme, 0, null, null);
            }
            case "SEL-83-PH" -> {
                Omfang omfang = rnd.nextDouble() < 0.6 ? Omfang.prUge(1, 30 + 15 * rnd.nextInt(3))
                        : Omfang.prMaaned(2, 60 + 15 * rnd.nextInt(2));
                Omfang ramme = rnd.nextDouble() < 0.4
                        ? new Omfang(omfang.minutter() + 15, omfang.periode(), omfang.gange()) : null;
                yield new Bevillingsforslag(omfang, ramme, 0, null, null);
            }
            case "SEL-83-MAD" -> new Bevillingsforslag(Omfang.prDag(1, 5), null, 0, 195_000L + 1_000L * rnd.nextInt(36), null);
            case "SEL-83A" -> new Bevillingsforslag(Omfang.prUge(2 + rnd.nextInt(4), 30 + 15 * rnd.nextInt(3)),
                    rnd.nextDouble() < 0.3 ? Omfang.prUge(5, 60) : null, 84, null, null);
            case "SEL-84-AFL" -> new Bevillingsforslag(Omfang.prUge(1 + rnd.nextInt(2), 180 + 60 * rnd.nextInt(6)), null, 0,
                    null, null);
            case "SEL-84-MO" -> new Bevillingsforslag(null, null, 14 + rnd.nextInt(29), 350_000L + 10_000L * rnd.nextInt(26),
                    null);
            case "SEL-85" -> {
                int gange = 1 + rnd.nextInt(3);
                Omfang omfang = Omfang.prUge(gange, 60 + 30 * rnd.nextInt(3));
                yield new Bevillingsforslag(omfang, rnd.nextDouble() < 0.4
                        ? new Omfang(omfang.minutter(), Omfangsperiode.PR_UGE, gange + 1) : null, 0, null, null);
            }
            case "SEL-86-GEN" -> new Bevillingsforslag(Omfang.prUge(2, 45 + 15 * rnd.nextInt(2)), null, 56 + rnd.nextInt(29),
                    null, null);
            case "SEL-86-VED" -> new Bevillingsforslag(Omfang.prUge(1, 45 + 15 * rnd.nextInt(2)), null, 0, null, null);
            case "SUL-138" -> new Bevillingsforslag(rnd.nextDouble() < 0.6 ? Omfang.prUge(1 + rnd.nextInt(3), 15 + 5 * rnd.nextInt(4))
                    : Omfang.prDag(1 + rnd.nextInt(2), 10 + 5 * rnd.nextInt(2)), null,
                    rnd.nextDouble() < 0.4 ? 14 + rnd.nextInt(47) : 0, null, null);
            case "SUL-140" -> new Bevillingsforslag(Omfang.prUge(1 + rnd.nextInt(2), 45 + 15 * rnd.nextInt(2)), null,
                    56 + rnd.nextInt(29), null, null);
            case "AEL-HELHEDSPLEJE" -> {
                int gange = 2 + rnd.nextInt(3);
                int minutter = 15 + 5 * rnd.nextInt(4);
                yield new Bevillingsforslag(Omfang.prDag(gange, minutter),
                        rnd.nextDouble() < 0.6 ? Omfang.prDag(gange, minutter + 5) : null, 0, null, null);
            }
            case "SEL-95" -> new Bevillingsforslag(null, null, 0, null, 1_800_000L + 10_000L * rnd.nextInt(471));
            default -> throw new IllegalArgumentException("No grant figures for " + indsatsKode);
        };
    }

    /** The same grant with less help (a partial bevilling): one visit fewer, or five minutes less; no frame. */
    Bevillingsforslag mindre() {
        if (omfang == null) {
            return this;
        }
        Omfang mindre = omfang.gange() > 1 ? new Omfang(omfang.minutter(), omfang.periode(), omfang.gange() - 1)
                : new Omfang(Math.max(5, omfang.minutter() - 5), omfang.periode(), 1);
        return new Bevillingsforslag(mindre, null, varighedDage, egenbetalingOere, beloebOere);
    }

    /** The same grant with more help (after a revisitation found the citizen worse): one visit more. */
    Bevillingsforslag mere() {
        if (omfang == null) {
            return this;
        }
        Omfang mere = new Omfang(omfang.minutter(), omfang.periode(), Math.min(omfang.gange() + 1,
                omfang.periode() == Omfangsperiode.PR_DAG ? 6 : 7));
        Omfang nyRamme = ramme == null ? null : (mere.rummesI(ramme) ? ramme : null);
        return new Bevillingsforslag(mere, nyRamme, varighedDage, egenbetalingOere, beloebOere);
    }

    private static int vaegtet(SplittableRandom rnd, int[] vaerdier, int[] vaegte) {
        int sum = 0;
        for (int v : vaegte) {
            sum += v;
        }
        int x = rnd.nextInt(sum);
        for (int i = 0; i < vaerdier.length; i++) {
            x -= vaegte[i];
            if (x < 0) {
                return vaerdier[i];
            }
        }
        return vaerdier[vaerdier.length - 1];
    }

    /** The slutdato of a time-limited grant starting at {@code start}; null when open-ended or not started. */
    LocalDate slutdato(LocalDate start) {
        return varighedDage == 0 || start == null ? null : start.plusDays(varighedDage - 1L);
    }
}
