package dk.careledger.commandside.borger;

import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Cpr;
import dk.careledger.domain.felles.Inputgraenser;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import java.sql.Timestamp;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The erasable citizen register: CPR numbers, erstatnings-CPR and names live here and nowhere else.
 * Registering the same identifier twice gives the same borger id (idempotent by its natural key).
 */
@Service
public class BorgerRegister {
    private static final Pattern CPR = Pattern.compile("\\d{10}");
    private static final Pattern ERSTATNINGS_CPR = Pattern.compile("\\d{6}[0-9A-Z]{4}");
    /** A person's full name, as the CPR register keeps it, fits comfortably. */
    static final int MAKS_NAVN = 200;
    /** The column {@code borger.glemt_begrundelse}. */
    static final int MAKS_BEGRUNDELSE = 200;

    private final JdbcTemplate jdbc;
    private final NoegleBoks noegleBoks;
    private final MasterNoegle master;
    private final ApplicationEventPublisher haendelser;

    public BorgerRegister(JdbcTemplate jdbc, NoegleBoks noegleBoks, MasterNoegle master, ApplicationEventPublisher haendelser) {
        this.jdbc = jdbc;
        this.noegleBoks = noegleBoks;
        this.master = master;
        this.haendelser = haendelser;
    }

    /** The outcome of a registration: the borger id and whether it was new. */
    public record Registreret(UUID borgerId, boolean ny) {
    }

    @Transactional
    public Registreret registrer(UUID borgerId, Identtype identtype, String identifikator, String navn, Registrering registrering) {
        Inputgraenser.id(Afvisning.paakraevet(borgerId, "borgerId"), "borgerId");
        Afvisning.paakraevet(identtype, "identtype");
        Inputgraenser.tekst(navn, MAKS_NAVN, "navn");
        String normaliseret = normaliser(identtype, identifikator);
        if (normaliseret != null) {
            Optional<UUID> eksisterende = find(identtype, normaliseret);
            if (eksisterende.isPresent()) {
                return new Registreret(eksisterende.get(), false);
            }
        }
        Integer findes = jdbc.queryForObject("SELECT count(*) FROM borger WHERE borger_id = ?", Integer.class, borgerId);
        if (findes != null && findes > 0) {
            throw Afvisning.konflikt("BORGER_FINDES", "borgerId", "Borger-id'et " + borgerId + " er allerede brugt til en anden borger");
        }
        if (Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM domain_event_entry WHERE aggregate_identifier = ?)",
                Boolean.class, borgerId.toString()))) {
            throw Afvisning.konflikt("ID_I_BRUG", "borgerId", "Id'et " + borgerId + " er allerede brugt af en sag, bevilling, henvendelse eller et forløb");
        }
        jdbc.update("INSERT INTO borger (borger_id, identtype, ident_hmac, oprettet, oprettet_af, kommune) VALUES (?, ?, ?, ?, ?, ?)",
                borgerId, identtype.name(), normaliseret == null ? null : master.opslag(identtype.name() + ":" + normaliseret),
                Timestamp.from(registrering.registreringstid()), registrering.aktoer().brugerId(), registrering.kommune().value());
        noegleBoks.nyNoegle(borgerId);
        BorgerId id = new BorgerId(borgerId);
        jdbc.update("UPDATE borger SET ident_krypteret = ?, navn_krypteret = ? WHERE borger_id = ?",
                chiffer(noegleBoks.krypter(id, normaliseret)), chiffer(noegleBoks.krypter(id, navn)), borgerId);
        return new Registreret(borgerId, true);
    }

    public Optional<UUID> find(Identtype identtype, String identifikator) {
        String normaliseret = normaliser(identtype, identifikator);
        if (normaliseret == null) {
            return Optional.empty();
        }
        return jdbc.query("SELECT borger_id FROM borger WHERE ident_hmac = ?",
                rs -> rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.<UUID>empty(),
                master.opslag(identtype.name() + ":" + normaliseret));
    }

    public Optional<Borger> hent(UUID borgerId) {
        return jdbc.query("SELECT identtype, ident_krypteret, navn_krypteret, oprettet, kommune, glemt FROM borger WHERE borger_id = ?",
                rs -> {
                    if (!rs.next()) {
                        return Optional.<Borger>empty();
                    }
                    BorgerId id = new BorgerId(borgerId);
                    Timestamp glemt = rs.getTimestamp("glemt");
                    return Optional.of(new Borger(borgerId, Identtype.valueOf(rs.getString("identtype")),
                            klartekst(id, rs.getString("ident_krypteret")), klartekst(id, rs.getString("navn_krypteret")),
                            rs.getTimestamp("oprettet").toInstant(), rs.getString("kommune"),
                            glemt == null ? null : glemt.toInstant()));
                }, borgerId);
    }

    /** A citizen found by name: the id and the name as registered. */
    public record Navnetraef(UUID borgerId, String navn) {
    }

    /**
     * The kommune's citizens (not forgotten) whose name has, for every word of {@code soegning}, a word that begins with
     * it, case ignored: "kar test" finds Karen Testesen. Names are encrypted per citizen (ADR 0009), so this decrypts
     * the kommune's names at read, with their data keys read in the same scan; no name-derived index exists to erase
     * when a citizen is forgotten (ADR 0029). Sorted by name, at most {@code graense}.
     */
    public List<Navnetraef> medNavn(String kommune, String soegning, int graense) {
        List<String> ord = ord(soegning);
        if (ord.isEmpty()) {
            return List.of();
        }
        List<Navnetraef> traef = new ArrayList<>();
        jdbc.query("SELECT b.borger_id, b.navn_krypteret, n.noegle_indpakket FROM borger b JOIN borger_noegle n ON n.borger_id = b.borger_id "
                + "WHERE b.kommune = ? AND b.glemt IS NULL AND b.navn_krypteret IS NOT NULL", rs -> {
            UUID id = rs.getObject(1, UUID.class);
            String navn = noegleBoks.dekrypter(id, rs.getBytes(3), rs.getString(2)).orElse(null);
            if (navn != null && passer(ord(navn), ord)) {
                traef.add(new Navnetraef(id, navn));
            }
        }, kommune);
        Collator dansk = Collator.getInstance(Locale.forLanguageTag("da-DK"));
        return traef.stream().sorted(Comparator.comparing(Navnetraef::navn, dansk)).limit(graense).toList();
    }

    private static List<String> ord(String tekst) {
        return tekst == null ? List.of()
                : Arrays.stream(tekst.toLowerCase(Locale.ROOT).split("[\\s,.\\-]+")).filter(o -> !o.isEmpty()).toList();
    }

    private static boolean passer(List<String> navnet, List<String> soegt) {
        return soegt.stream().allMatch(s -> navnet.stream().anyMatch(n -> n.startsWith(s)));
    }

    /** True when the citizen exists and has not been forgotten. */
    public boolean erAktiv(UUID borgerId) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM borger WHERE borger_id = ? AND glemt IS NULL", Integer.class, borgerId);
        return n != null && n > 0;
    }

    /**
     * Forgets a citizen: destroys the data key (every encrypted text about them becomes unreadable) and erases
     * identifier and name from the register. The pseudonymous id and the events remain. Publishes {@link BorgerGlemt}.
     */
    @Transactional
    public void glem(UUID borgerId, String begrundelse, Registrering registrering) {
        Inputgraenser.tekst(Afvisning.paakraevet(begrundelse, "begrundelse"), MAKS_BEGRUNDELSE, "begrundelse");
        int opdateret = jdbc.update("UPDATE borger SET ident_hmac = NULL, ident_krypteret = NULL, navn_krypteret = NULL, "
                + "glemt = ?, glemt_af = ?, glemt_begrundelse = ? WHERE borger_id = ? AND glemt IS NULL",
                Timestamp.from(registrering.registreringstid()), registrering.aktoer().brugerId(), begrundelse, borgerId);
        if (opdateret == 0) {
            if (hent(borgerId).isEmpty()) {
                throw Afvisning.ikkeFundet("BORGER_UKENDT", "borgerId", "Borgeren " + borgerId + " findes ikke");
            }
            throw Afvisning.konflikt("BORGER_GLEMT", "borgerId", "Borgeren " + borgerId + " er allerede glemt");
        }
        noegleBoks.glem(borgerId);
        haendelser.publishEvent(new BorgerGlemt(borgerId));
    }

    private String klartekst(BorgerId id, String chiffer) {
        return chiffer == null ? null : noegleBoks.dekrypter(new KrypteretTekst(id, chiffer)).orElse(null);
    }

    private static String chiffer(KrypteretTekst tekst) {
        return tekst == null ? null : tekst.chiffertekst();
    }

    static String normaliser(Identtype identtype, String identifikator) {
        if (identtype == Identtype.ANONYM) {
            if (identifikator != null && !identifikator.isBlank()) {
                throw Afvisning.ugyldig("IDENTIFIKATOR_IKKE_TILLADT", "identifikator", "En anonym borger har ingen identifikator");
            }
            return null;
        }
        Afvisning.paakraevet(identifikator, "identifikator");
        String s = identifikator.replace("-", "").trim().toUpperCase();
        Pattern moenster = identtype == Identtype.CPR ? CPR : ERSTATNINGS_CPR;
        if (!moenster.matcher(s).matches()) {
            throw Afvisning.ugyldig("IDENTIFIKATOR_UGYLDIG", "identifikator", identtype == Identtype.CPR
                    ? "Et CPR-nummer er ti cifre (ddmmåå-xxxx)"
                    : "Et erstatningspersonnummer er seks cifre (ddmmåå) fulgt af fire cifre eller store bogstaver");
        }
        // an erstatningspersonnummer is kept as given; a CPR number's date must exist, its century from the 7th digit
        if (identtype == Identtype.CPR && Cpr.foedselsdato(s).isEmpty()) {
            throw Afvisning.ugyldig("CPR_DATO_UGYLDIG", "identifikator",
                    "CPR-nummerets fødselsdato findes ikke (dag, måned og år med århundrede fra 7. ciffer)");
        }
        return s;
    }
}
