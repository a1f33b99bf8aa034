package dk.careledger.ui.formular;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.careledger.domain.felles.Afvisning;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import dk.careledger.domain.felles.Tidszone;

/**
 * One action's form as the user sees it: what they typed (kept when the command is refused), every error at once
 * next to its field, and a refusal that concerns the whole command. The command id is made when the form is first
 * shown and travels with it, so sending the same form twice is one command (ADR 0008); the ids of new things are
 * derived from it.
 */
public final class Formular {
    static final DateTimeFormatter DATO = streng("d.M.uuuu");
    static final DateTimeFormatter TIDSPUNKT = streng("d.M.uuuu HH.mm");
    // strict: 31.2.2026 is an error, not 28 February
    private static final List<DateTimeFormatter> DATOER = List.of(DATO, DateTimeFormatter.ISO_LOCAL_DATE, streng("d-M-uuuu"), streng("d/M/uuuu"));
    private static final List<DateTimeFormatter> TIDSPUNKTER = List.of(TIDSPUNKT, streng("d.M.uuuu H.mm"), streng("d.M.uuuu H:mm"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    private static DateTimeFormatter streng(String moenster) {
        return DateTimeFormatter.ofPattern(moenster).withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }

    private final Handling handling;
    private final Map<String, String> vaerdier;
    private final Map<String, String> fejl = new LinkedHashMap<>();
    private String generelFejl;
    private boolean konflikt;

    private Formular(Handling handling, Map<String, String> vaerdier) {
        this.handling = handling;
        this.vaerdier = vaerdier;
    }

    /** The form as first shown: its defaults filled in (today, now, a standard value), a new command id. */
    public static Formular ny(Handling handling, Clock clock) {
        Map<String, String> v = new LinkedHashMap<>();
        LocalDate idag = LocalDate.now(clock.withZone(Tidszone.DANMARK));
        for (Felt f : handling.felter()) {
            if (Felt.IDAG.equals(f.standard())) {
                v.put(f.navn(), DATO.format(idag));
            } else if (Felt.NU.equals(f.standard())) {
                v.put(f.navn(), TIDSPUNKT.format(LocalDateTime.now(clock.withZone(Tidszone.DANMARK))));
            } else if (f.standard() != null) {
                v.put(f.navn(), f.standard());
            }
        }
        v.put("kommandoId", UUID.randomUUID().toString());
        return new Formular(handling, v);
    }

    /** The form as the user sent it. */
    public static Formular udfyldt(Handling handling, Map<String, String> input) {
        Map<String, String> v = new LinkedHashMap<>();
        for (Felt f : handling.felter()) {
            String s = input.get(f.navn());
            if (s != null) {
                v.put(f.navn(), s);
            }
        }
        for (String skjult : List.of("kommandoId", "version", "bevillingId")) {
            if (input.get(skjult) != null) {
                v.put(skjult, input.get(skjult));
            }
        }
        return new Formular(handling, v);
    }

    public Handling handling() {
        return handling;
    }

    public String vaerdi(String navn) {
        return vaerdier.getOrDefault(navn, "");
    }

    public void saet(String navn, String vaerdi) {
        vaerdier.put(navn, vaerdi);
    }

    public boolean valgt(String navn) {
        String v = vaerdier.get(navn);
        return v != null && (v.equals("true") || v.equals("on"));
    }

    public Map<String, String> fejl() {
        return fejl;
    }

    public String fejl(String navn) {
        return fejl.get(navn);
    }

    public boolean harFejl() {
        return !fejl.isEmpty() || generelFejl != null;
    }

    public String generelFejl() {
        return generelFejl;
    }

    public boolean konflikt() {
        return konflikt;
    }

    /** The command id this form is sent with; made by the server when the form was first shown. */
    public UUID kommandoId() {
        try {
            return UUID.fromString(vaerdi("kommandoId"));
        } catch (IllegalArgumentException e) {
            UUID ny = UUID.randomUUID();
            vaerdier.put("kommandoId", ny.toString());
            return ny;
        }
    }

    /** The version of the sag or bevilling the user saw, or null. */
    public Long version() {
        try {
            return vaerdi("version").isBlank() ? null : Long.parseLong(vaerdi("version"));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A new thing's id, the same every time this form is sent. */
    public UUID nytId(String felt) {
        return UUID.nameUUIDFromBytes((kommandoId() + "/" + felt).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The command's JSON from the fields, or null when a field is missing or cannot be read: then every such field has
     * its error (in Danish) and nothing is sent.
     */
    public ObjectNode somJson() {
        ObjectNode krop = JsonNodeFactory.instance.objectNode();
        for (Felt f : handling.felter()) {
            String tekst = vaerdi(f.navn()).strip();
            if (f.type() == Felttype.JA_NEJ) {
                saetVaerdi(krop, f.navn(), JsonNodeFactory.instance.booleanNode(valgt(f.navn())));
                continue;
            }
            if (tekst.isEmpty()) {
                if (f.paakraevet()) {
                    fejl.put(f.navn(), f.erValg() ? "Vælg " + smaat(f.etiket()) : "Udfyld " + smaat(f.etiket()));
                }
                continue;
            }
            switch (f.type()) {
                case DATO -> {
                    LocalDate d = dato(tekst);
                    if (d == null) {
                        fejl.put(f.navn(), f.etiket() + " skal være en dato som 7.12.2026");
                    } else {
                        saetVaerdi(krop, f.navn(), JsonNodeFactory.instance.textNode(d.toString()));
                    }
                }
                case TIDSPUNKT -> {
                    LocalDateTime t = tidspunkt(tekst);
                    if (t == null) {
                        fejl.put(f.navn(), f.etiket() + " skal være en dato og et klokkeslæt som 7.12.2026 14.30");
                    } else {
                        saetVaerdi(krop, f.navn(), JsonNodeFactory.instance.textNode(ZonedDateTime.of(t, Tidszone.DANMARK).toInstant().toString()));
                    }
                }
                case HELTAL -> {
                    try {
                        saetVaerdi(krop, f.navn(), JsonNodeFactory.instance.numberNode(Integer.parseInt(tekst)));
                    } catch (NumberFormatException e) {
                        fejl.put(f.navn(), f.etiket() + " skal være et helt tal");
                    }
                }
                case VALG, VALG_SOM_LISTE -> {
                    if (f.valg().stream().noneMatch(v -> v.kode().equals(tekst))) {
                        fejl.put(f.navn(), "Vælg " + smaat(f.etiket()) + " fra listen");
                    } else if (f.valg().stream().allMatch(v -> v.kode().matches("\\d+"))) {
                        saetVaerdi(krop, f.navn(), JsonNodeFactory.instance.numberNode(Integer.parseInt(tekst)));
                    } else if (f.type() == Felttype.VALG_SOM_LISTE) {
                        krop.putArray(f.navn()).add(tekst);
                    } else {
                        saetVaerdi(krop, f.navn(), JsonNodeFactory.instance.textNode(tekst));
                    }
                }
                default -> saetVaerdi(krop, f.navn(), JsonNodeFactory.instance.textNode(tekst));
            }
        }
        for (String id : handling.nyeIder()) {
            krop.put(id, nytId(id).toString());
        }
        return fejl.isEmpty() ? krop : null;
    }

    /** A refused command: next to the field it names when the form has it, else above the form. */
    public void afvist(Afvisning afvisning) {
        if ("VERSIONSKONFLIKT".equals(afvisning.fejlkode())) {
            konflikt = true;
            generelFejl = "En anden har ændret sagen, siden du åbnede den. Genindlæs siden for at se ændringen, og prøv igen.";
            return;
        }
        String besked = afvisning.besked();
        Felt felt = null;
        if (afvisning.felt() != null) {
            String navn = afvisning.felt().replaceAll("\\[\\d+]$", "");
            felt = handling.felter().stream().filter(f -> f.navn().equals(navn)).findFirst()
                    .orElse(handling.felter().stream().filter(f -> f.navn().startsWith(navn + ".") || navn.startsWith(f.navn() + "."))
                            .findFirst().orElse(null));
        }
        for (Felt f : handling.felter()) {
            besked = besked.replace("'" + f.navn() + "'", "'" + smaat(f.etiket()) + "'");
            if (!f.navn().equals(f.navn().toLowerCase(java.util.Locale.ROOT))) {
                // a field's JSON name in running text (tilbagevirkningBegrundelse) is read as its label
                besked = besked.replaceAll("\\b" + java.util.regex.Pattern.quote(f.navn()) + "\\b", "'" + smaat(f.etiket()) + "'");
            }
        }
        if (felt != null) {
            fejl.put(felt.navn(), besked);
        } else {
            generelFejl = besked;
        }
    }

    /** A refusal the form cannot place at a field. */
    public void generelFejl(String besked) {
        generelFejl = besked;
    }

    static LocalDate dato(String tekst) {
        for (DateTimeFormatter f : DATOER) {
            try {
                return LocalDate.parse(tekst, f);
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        return null;
    }

    static LocalDateTime tidspunkt(String tekst) {
        for (DateTimeFormatter f : TIDSPUNKTER) {
            try {
                return LocalDateTime.parse(tekst, f);
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        return null;
    }

    private static void saetVaerdi(ObjectNode krop, String navn, com.fasterxml.jackson.databind.JsonNode v) {
        int punkt = navn.indexOf('.');
        if (punkt < 0) {
            krop.set(navn, v);
        } else {
            ObjectNode indre = krop.has(navn.substring(0, punkt)) ? (ObjectNode) krop.get(navn.substring(0, punkt)) : krop.putObject(navn.substring(0, punkt));
            indre.set(navn.substring(punkt + 1), v);
        }
    }

    private static String smaat(String etiket) {
        return etiket.isEmpty() ? etiket : Character.toLowerCase(etiket.charAt(0)) + etiket.substring(1);
    }

}
