package dk.careledger.arbejdsbyrde;

import dk.careledger.domain.felles.Aktoer;
import dk.careledger.domain.felles.Rolle;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Who delivers an indsats: a home-care district, a private company, a training centre, the nursing service. Its staff
 * register the leveringer (as {@link Rolle#UDFOERER}, or {@link Rolle#SELVVISITERENDE} for the units that grant
 * themselves) in the kommune where the leverandør is, which for a leverandør in another kommune (UC3 5.a1) is not
 * the kommune that granted the help.
 *
 * @param navn        the leverandør as ordered
 * @param kommune     where its staff work
 * @param praefiks    staff ids are {@code <praefiks>-<kommune><team><nn>}, e.g. {@code hp-1203}
 * @param team        keeps the staff of different leverandører of one kind apart
 * @param rolle       the role the staff act in
 */
record Leverandoer(String navn, Kommune kommune, String praefiks, int team, Rolle rolle) {

    private static final String[] DISTRIKTER = {"Nord", "Syd", "Øst", "Vest"};
    private static final List<String> PRIVATE = List.of("Din Hjemmehjælp ApS", "Kærgården Pleje ApS");

    /** The leverandør of an indsats in a kommune, chosen at random among the kinds that deliver it. */
    static Leverandoer til(String indsatsKode, Kommune kommune, SplittableRandom rnd) {
        String by = kommune.navn();
        return switch (indsatsKode) {
            case "SEL-83-PP", "SEL-83-PH", "AEL-HELHEDSPLEJE" -> rnd.nextDouble() < 0.75
                    ? hjemmepleje(kommune, rnd.nextInt(DISTRIKTER.length), indsatsKode)
                    : new Leverandoer(PRIVATE.get(rnd.nextInt(PRIVATE.size())), kommune, "hp", 5 + rnd.nextInt(2), Rolle.UDFOERER);
            case "SEL-83-MAD" -> rnd.nextBoolean()
                    ? new Leverandoer(by + " Madservice", kommune, "mad", 1, Rolle.UDFOERER)
                    : new Leverandoer("Det Gode Køkken ApS", kommune, "mad", 2, Rolle.UDFOERER);
            case "SEL-83A", "SEL-86-GEN", "SEL-86-VED" -> new Leverandoer("Træningscenter " + by, kommune, "trn", 1, Rolle.UDFOERER);
            case "SEL-84-AFL" -> new Leverandoer("Aflastningsenheden " + by, kommune, "afl", 1, Rolle.UDFOERER);
            case "SEL-84-MO" -> new Leverandoer("Plejecenter Solgården, " + by, kommune, "pc", 1, Rolle.UDFOERER);
            case "SEL-85" -> new Leverandoer("Bostøtteteamet " + by, kommune, "bst", 1, Rolle.UDFOERER);
            case "SUL-138" -> new Leverandoer("Sygeplejen " + by + " " + DISTRIKTER[rnd.nextInt(DISTRIKTER.length)], kommune,
                    "spl", 1 + rnd.nextInt(DISTRIKTER.length), Rolle.SELVVISITERENDE);
            case "SUL-140" -> new Leverandoer("Træningscenter " + by, kommune, "trn", 2, Rolle.SELVVISITERENDE);
            default -> throw new IllegalArgumentException("No leverandør delivers " + indsatsKode);
        };
    }

    private static Leverandoer hjemmepleje(Kommune kommune, int distrikt, String indsatsKode) {
        String navn = ("AEL-HELHEDSPLEJE".equals(indsatsKode) ? "Helhedsplejen " : "Hjemmeplejen ") + DISTRIKTER[distrikt]
                + ", " + kommune.navn();
        return new Leverandoer(navn, kommune, "hp", 1 + distrikt, Rolle.UDFOERER);
    }

    /** One of the leverandør's twelve staff. */
    String medarbejder(SplittableRandom rnd) {
        int nr = 1 + rnd.nextInt(12);
        return praefiks + "-" + kommune.nummer() + team + (nr < 10 ? "0" : "") + nr;
    }

    Aktoer aktoer(String medarbejder) {
        return new Aktoer(medarbejder, rolle);
    }
}
