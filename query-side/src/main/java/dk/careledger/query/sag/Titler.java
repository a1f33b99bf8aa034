package dk.careledger.query.sag;

import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Dekryptering;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.katalog.Forloebstype;
import dk.careledger.domain.katalog.Indsats;
import dk.careledger.domain.katalog.Katalog;
import dk.careledger.domain.katalog.KleEmne;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Titles at query time: a sag's title is decrypted with its citizen's key ({@value #SLETTET} once the citizen is
 * forgotten, so forgetting reaches the read models too); the other variant titles come from the catalogues.
 */
@Component
public class Titler {
    public static final String SLETTET = "[slettet]";

    private final Dekryptering dekryptering;
    private final Katalog katalog;

    public Titler(Dekryptering dekryptering, Katalog katalog) {
        this.dekryptering = dekryptering;
        this.katalog = katalog;
    }

    public String sagstitel(UUID ejer, String chiffertekst) {
        if (ejer == null || chiffertekst == null) {
            return null;
        }
        return dekryptering.dekrypter(new KrypteretTekst(new BorgerId(ejer), chiffertekst)).orElse(SLETTET);
    }

    /** The title of a variant row by its {@code titelBasis}. */
    public String variant(String basis, String kode, UUID ejer, String chiffertekst) {
        return switch (basis) {
            case "SAGSTITEL" -> sagstitel(ejer, chiffertekst);
            case "KLE_GRUPPE" -> katalog.kleEmne(kode + ".00").map(KleEmne::titel).map(t -> t.replaceFirst(" i almindelighed$", ""))
                    .orElse(kode);
            case "FORLOEBSTYPE" -> katalog.forloebstype(kode).map(Forloebstype::navn).orElse(kode);
            case "INDSATS" -> katalog.indsats(kode).map(Indsats::navn).orElse(kode);
            default -> kode;
        };
    }
}
