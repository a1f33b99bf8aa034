package dk.careledger.app.adgang;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Foelsomhed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The token's claims, and how they become a {@link Bruger} (ADR 0019). A token from any issuer carries:
 * {@code sub} (the user id), {@code kommune} (the CVR the user acts for), {@code roller} (names of
 * {@link Adgangsrolle}), and optionally {@code kle} (KLE prefixes the user is limited to) and {@code foelsomhed} (the
 * highest {@link Foelsomhed} the user is cleared for; without it {@code FOELSOMME_PERSONOPLYSNINGER}, so VIP sager need
 * an explicit clearance). A token missing any required claim, or with an unknown value, is refused as a whole.
 */
public final class Brugerkrav {
    public static final String KOMMUNE = "kommune";
    public static final String ROLLER = "roller";
    public static final String KLE = "kle";
    public static final String FOELSOMHED = "foelsomhed";
    static final Foelsomhed STANDARD_FOELSOMHED = Foelsomhed.FOELSOMME_PERSONOPLYSNINGER;

    private static final Pattern CVR = Pattern.compile("\\d{8}");
    private static final Pattern KLE_PRAEFIKS = Pattern.compile("\\d{2}(\\.\\d{2}){0,2}");
    private static final int MAKS_BRUGER_ID = 100;

    private Brugerkrav() {
    }

    /** The claims a token for {@code bruger} carries (the embedded issuer and the tests sign these). */
    public static Map<String, Object> af(Bruger bruger) {
        Map<String, Object> krav = new java.util.LinkedHashMap<>();
        krav.put(KOMMUNE, bruger.kommune().value());
        krav.put(ROLLER, bruger.roller().stream().map(Enum::name).sorted().toList());
        if (!bruger.kle().isEmpty()) {
            krav.put(KLE, bruger.kle());
        }
        krav.put(FOELSOMHED, bruger.maksFoelsomhed().name());
        return krav;
    }

    /** The user a verified token names; {@link IllegalArgumentException} with the reason when a claim is missing or bad. */
    public static Bruger bruger(Jwt jwt) {
        String sub = jwt.getSubject();
        if (sub == null || sub.isBlank() || sub.length() > MAKS_BRUGER_ID) {
            throw new IllegalArgumentException("sub mangler eller er for langt");
        }
        String kommune = jwt.getClaimAsString(KOMMUNE);
        if (kommune == null || !CVR.matcher(kommune).matches()) {
            throw new IllegalArgumentException("kommune skal være et CVR-nummer");
        }
        List<String> roller = jwt.getClaimAsStringList(ROLLER);
        if (roller == null || roller.isEmpty()) {
            throw new IllegalArgumentException("roller mangler");
        }
        Set<Adgangsrolle> r = EnumSet.noneOf(Adgangsrolle.class);
        for (String rolle : roller) {
            r.add(Adgangsrolle.valueOf(rolle));
        }
        List<String> kle = new ArrayList<>();
        List<String> kleKrav = jwt.hasClaim(KLE) ? jwt.getClaimAsStringList(KLE) : List.of();
        for (String k : kleKrav) {
            if (!KLE_PRAEFIKS.matcher(k).matches()) {
                throw new IllegalArgumentException("kle skal være KLE-numre som 27 eller 27.36");
            }
            kle.add(k);
        }
        String f = jwt.getClaimAsString(FOELSOMHED);
        Foelsomhed foelsomhed = f == null ? STANDARD_FOELSOMHED : Foelsomhed.valueOf(f);
        return new Bruger(sub, new Cvr(kommune), r, kle, foelsomhed, null);
    }
}
