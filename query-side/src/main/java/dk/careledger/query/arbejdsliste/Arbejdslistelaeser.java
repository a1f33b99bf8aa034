package dk.careledger.query.arbejdsliste;

import dk.careledger.domain.felles.Tidszone;
import dk.careledger.domain.bevilling.BevillingDecider;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Dekryptering;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.query.arbejdsliste.Sagsbehandlingstid.Friststatus;
import dk.careledger.query.arbejdsliste.Svar.AabenPartshoering;
import dk.careledger.query.arbejdsliste.Svar.Arbejdsliste;
import dk.careledger.query.arbejdsliste.Svar.ForfaldenOpfoelgning;
import dk.careledger.query.arbejdsliste.Svar.Fristkilde;
import dk.careledger.query.arbejdsliste.Svar.SagMedFrist;
import dk.careledger.query.arbejdsliste.Svar.HenvendelsensSag;
import dk.careledger.query.arbejdsliste.Svar.UhaandteretHenvendelse;
import dk.careledger.query.arbejdsliste.Svar.VentendeBevilling;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import dk.careledger.projection.arbejdsliste.laesning.Sagsbehandlingsfrister;
import dk.careledger.projection.arbejdsliste.laesning.Fristregler;
import dk.careledger.projection.arbejdsliste.laesning.Fristregel;
import dk.careledger.projection.tilbageblik.laesning.Historikudsnit;

/**
 * Reads the worklists from the {@code arbejdslister} projection and the {@code sagsbehandlingsfrist} configuration,
 * and computes what depends on the day — days waiting, deadlines, overdue — against the injected {@link Clock}, in
 * Danish time. The rules that depend on the day are pure ({@link Sagsbehandlingstid}, {@link Fristregler},
 * {@link Opfoelgningsfrist}) and are applied here to the rows SQL has narrowed down.
 *
 * <p>Every list can be read as the ledger knew it at an instant ({@code kendtPr}, ADR 0031): the same queries over the
 * rows valid then in the tables' record-time history ({@link Historikudsnit}), and the sagsbehandlingsfrister registered by then.
 */
@Service
public class Arbejdslistelaeser {
    public static final String SLETTET = "[slettet]";

    private final JdbcTemplate jdbc;
    private final Sagsbehandlingsfrister frister;
    private final Dekryptering dekryptering;
    private final Clock clock;

    public Arbejdslistelaeser(JdbcTemplate jdbc, Sagsbehandlingsfrister frister, Dekryptering dekryptering, Clock clock) {
        this.jdbc = jdbc;
        this.frister = frister;
        this.dekryptering = dekryptering;
        this.clock = clock;
    }

    /** Today in Denmark: the day the lists are computed for. */
    public LocalDate idag() {
        return LocalDate.now(clock.withZone(Tidszone.DANMARK));
    }

    // ---- henvendelser not yet handled ----

    public Arbejdsliste<UhaandteretHenvendelse> henvendelser(String kommune, String enhed) {
        return henvendelser(kommune, enhed, idag(), Historikudsnit.live());
    }

    /**
     * As of the day {@code idag} (gaeldendePr, ADR 0026): days waited, frister and what is due counted to that day; over the
     * rows {@code udsnit} sees (live, or as known at an instant, ADR 0031).
     */
    public Arbejdsliste<UhaandteretHenvendelse> henvendelser(String kommune, String enhed, LocalDate idag, Historikudsnit udsnit) {
        String henvendelse = udsnit.tabel("arbejdsliste_henvendelse");
        String sag = udsnit.tabel("arbejdsliste_sag");
        String link = links(udsnit);
        List<Object> parametre = new ArrayList<>(List.of(kommune));
        String sql = "SELECT h.henvendelse_id, h.borger_id, h.modtaget_dato, h.kilde_kode, h.kanal, h.henvisning, h.oensket_indsats_kode, "
                + "h.aarsag_ejer, h.aarsag_chiffer, h.afklaret_dato, l.sag_id, s.sagsnummer, s.enhed "
                + "FROM " + henvendelse + " h "
                + "LEFT JOIN " + link + " l ON l.henvendelse_id = h.henvendelse_id "
                + "LEFT JOIN " + sag + " s ON s.sag_id = l.sag_id "
                + "WHERE h.kommune = ? AND h.haandteret_dato IS NULL";
        if (enhed != null) {
            sql += " AND EXISTS (SELECT 1 FROM " + link + " l2 JOIN " + sag + " s2 ON s2.sag_id = l2.sag_id "
                    + "WHERE l2.henvendelse_id = h.henvendelse_id AND s2.enhed = ?)";
            parametre.add(enhed);
        }
        sql += " ORDER BY h.modtaget_dato, h.henvendelse_id, l.sag_id";
        Map<UUID, UhaandteretHenvendelse> poster = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            UUID id = rs.getObject("henvendelse_id", UUID.class);
            UhaandteretHenvendelse post = poster.get(id);
            if (post == null) {
                LocalDate modtaget = dato(rs, "modtaget_dato");
                post = new UhaandteretHenvendelse(id, rs.getObject("borger_id", UUID.class), modtaget, rs.getString("kilde_kode"),
                        rs.getString("kanal"), rs.getBoolean("henvisning"), rs.getString("oensket_indsats_kode"),
                        tekst(rs, "aarsag_ejer", "aarsag_chiffer"), dato(rs, "afklaret_dato"), ChronoUnit.DAYS.between(modtaget, idag),
                        new ArrayList<>());
                poster.put(id, post);
            }
            UUID sagId = rs.getObject("sag_id", UUID.class);
            if (sagId != null) {
                post.sager().add(new HenvendelsensSag(sagId, rs.getString("sagsnummer"), rs.getString("enhed")));
            }
        }, parametre.toArray());
        List<UhaandteretHenvendelse> liste = poster.values().stream()
                .map(p -> new UhaandteretHenvendelse(p.henvendelseId(), p.borgerId(), p.modtagetDato(), p.kildeKode(), p.kanal(),
                        p.henvisning(), p.oensketIndsatsKode(), p.aarsag(), p.afklaretDato(), p.dageVentet(), List.copyOf(p.sager())))
                .toList();
        return Arbejdsliste.af(kommune, enhed, idag, liste);
    }

    // ---- sager and their sagsbehandlingsfrist ----

    /** A sag waiting for its afgørelse, as read: the facts its frist needs. */
    private record AabenSag(UUID sagId, String sagsnummer, KrypteretTekst titel, UUID borgerId, String enhed, String sagsbehandler,
            String kleNummer, LocalDate opstaaetDato, LocalDate foersteModtaget, List<String> indsatser) {

        /** The clock starts when the application was received: the earliest henvendelse the sag came from, else opstaaetDato. */
        LocalDate fristStart() {
            return foersteModtaget != null && foersteModtaget.isBefore(opstaaetDato) ? foersteModtaget : opstaaetDato;
        }
    }

    public Arbejdsliste<SagMedFrist> frister(String kommune, String enhed, Set<Friststatus> statusser, int varselDage) {
        return frister(kommune, enhed, statusser, varselDage, idag(), Historikudsnit.live());
    }

    /**
     * As of the day {@code idag} (gaeldendePr, ADR 0026): days waited, frister and what is due counted to that day; over the
     * rows {@code udsnit} sees, and the sagsbehandlingsfrister registered by its instant (ADR 0031).
     */
    public Arbejdsliste<SagMedFrist> frister(String kommune, String enhed, Set<Friststatus> statusser, int varselDage, LocalDate idag,
            Historikudsnit udsnit) {
        String sagtabel = udsnit.tabel("arbejdsliste_sag");
        String filter = "s.kommune = ? AND s.afgoerelse_dato IS NULL AND s.afsluttet_dato IS NULL" + (enhed != null ? " AND s.enhed = ?" : "");
        Object[] parametre = enhed != null ? new Object[] {kommune, enhed} : new Object[] {kommune};
        String fraHenvendelser = "FROM " + links(udsnit) + " l JOIN " + udsnit.tabel("arbejdsliste_henvendelse") + " h ON h.henvendelse_id = l.henvendelse_id "
                + "WHERE l.sag_id = s.sag_id AND l.starter_frist";
        List<AabenSag> sager = jdbc.query("SELECT s.sag_id, s.sagsnummer, s.titel_ejer, s.titel_chiffer, s.borger_id, s.enhed, s.sagsbehandler, "
                + "s.kle_nummer, s.opstaaet_dato, "
                + "(SELECT min(h.modtaget_dato) " + fraHenvendelser + ") AS foerste_modtaget, "
                + "(SELECT array_agg(DISTINCT h.oensket_indsats_kode) " + fraHenvendelser + " AND h.oensket_indsats_kode IS NOT NULL) AS indsatser "
                + "FROM " + sagtabel + " s WHERE " + filter, (rs, n) -> new AabenSag(rs.getObject("sag_id", UUID.class),
                        rs.getString("sagsnummer"), krypteret(rs, "titel_ejer", "titel_chiffer"), rs.getObject("borger_id", UUID.class),
                        rs.getString("enhed"), rs.getString("sagsbehandler"), rs.getString("kle_nummer"), dato(rs, "opstaaet_dato"),
                        dato(rs, "foerste_modtaget"), tekster(rs.getArray("indsatser"))), parametre);
        Map<UUID, List<Beroperiode>> bero = new HashMap<>();
        jdbc.query("SELECT b.sag_id, b.fra, b.til FROM " + udsnit.tabel("arbejdsliste_sag_bero") + " b JOIN " + sagtabel + " s ON s.sag_id = b.sag_id WHERE "
                + filter
                + " ORDER BY b.sag_id, b.nr", rs -> {
                    bero.computeIfAbsent(rs.getObject("sag_id", UUID.class), k -> new ArrayList<>())
                            .add(new Beroperiode(dato(rs, "fra"), dato(rs, "til")));
                }, parametre);
        List<Fristregel> regler = frister.regler(kommune, udsnit);

        List<SagMedFrist> liste = new ArrayList<>();
        for (AabenSag sag : sager) {
            LocalDate start = sag.fristStart();
            Optional<Fristregel> regel = Fristregler.gaeldende(regler, kommune, sag.kleNummer(), sag.indsatser(), start);
            if (regel.isEmpty()) {
                continue; // no frist configured for the area: nothing to be late for
            }
            Sagsbehandlingstid tid = Sagsbehandlingstid.beregn(start, regel.get().fristDage(), bero.getOrDefault(sag.sagId(), List.of()),
                    null, idag, varselDage);
            if (!statusser.contains(tid.status())) {
                continue;
            }
            Fristregel r = regel.get();
            liste.add(new SagMedFrist(sag.sagId(), sag.sagsnummer(), dekrypter(sag.titel()), sag.borgerId(), sag.enhed(), sag.sagsbehandler(),
                    sag.kleNummer(), sag.indsatser(), sag.opstaaetDato(), start, r.fristDage(),
                    new Fristkilde(r.kommune(), r.klePraefiks(), r.indsatsKode(), r.gyldigFra()), tid.aktiveDage(), tid.beroDage(),
                    tid.iBero(), tid.fristDato(), tid.dageTilbage(), tid.status()));
        }
        liste.sort(Comparator.comparing(SagMedFrist::fristDato).thenComparing(SagMedFrist::sagsnummer).thenComparing(SagMedFrist::sagId));
        return Arbejdsliste.af(kommune, enhed, idag, liste);
    }

    // ---- venteliste and opfølgninger ----

    /** A bevilling as read, with the kommune and unit it gets from its sag when it has one. */
    private record Bevilling(UUID bevillingId, UUID borgerId, UUID sagId, String sagsnummer, String enhed, String indsatsKode,
            String kleNummer, LocalDate bevilgetDato, LocalDate startdato, LocalDate slutdato, LocalDate ophoersdato,
            LocalDate senesteOpfoelgning, String senesteResultatKode, LocalDate naesteOpfoelgning) {
    }

    /** The bevillinger of the kommune: their sag's kommune, or the granting kommune when they have no sag. */
    private static String bevilling(Historikudsnit udsnit) {
        return "SELECT b.bevilling_id, b.borger_id, b.sag_id, s.sagsnummer, s.enhed, b.indsats_kode, "
                + "b.kle_nummer, b.bevilget_dato, b.startdato, b.slutdato, b.ophoersdato, b.seneste_opfoelgning_dato, b.seneste_resultat_kode, "
                + "b.naeste_opfoelgning FROM " + udsnit.tabel("arbejdsliste_bevilling") + " b LEFT JOIN " + udsnit.tabel("arbejdsliste_sag")
                + " s ON s.sag_id = b.sag_id WHERE COALESCE(s.kommune, b.kommune) = ?";
    }

    private List<Bevilling> bevillinger(String sql, List<Object> parametre) {
        return jdbc.query(sql, (rs, n) -> new Bevilling(rs.getObject("bevilling_id", UUID.class), rs.getObject("borger_id", UUID.class),
                rs.getObject("sag_id", UUID.class), rs.getString("sagsnummer"), rs.getString("enhed"), rs.getString("indsats_kode"),
                rs.getString("kle_nummer"), dato(rs, "bevilget_dato"), dato(rs, "startdato"), dato(rs, "slutdato"), dato(rs, "ophoersdato"),
                dato(rs, "seneste_opfoelgning_dato"), rs.getString("seneste_resultat_kode"), dato(rs, "naeste_opfoelgning")),
                parametre.toArray());
    }

    /** Granted without a startdato and not ended (the projection's {@code BevillingRaekke.paaVenteliste()}, in SQL). */
    public Arbejdsliste<VentendeBevilling> venteliste(String kommune, String enhed, String indsats) {
        return venteliste(kommune, enhed, indsats, idag(), Historikudsnit.live());
    }

    /** As of the day {@code idag} (gaeldendePr, ADR 0026), over the rows {@code udsnit} sees (ADR 0031). */
    public Arbejdsliste<VentendeBevilling> venteliste(String kommune, String enhed, String indsats, LocalDate idag, Historikudsnit udsnit) {
        List<Object> parametre = new ArrayList<>(List.of(kommune));
        String sql = bevilling(udsnit) + " AND b.startdato IS NULL AND b.ophoersdato IS NULL";
        if (enhed != null) {
            sql += " AND s.enhed = ?";
            parametre.add(enhed);
        }
        if (indsats != null) {
            sql += " AND b.indsats_kode = ?";
            parametre.add(indsats);
        }
        sql += " ORDER BY b.bevilget_dato, b.bevilling_id";
        List<VentendeBevilling> liste = bevillinger(sql, parametre).stream()
                .map(b -> new VentendeBevilling(b.bevillingId(), b.borgerId(), b.sagId(), b.sagsnummer(), b.enhed(), b.indsatsKode(),
                        b.kleNummer(), b.bevilgetDato(), b.slutdato(), ChronoUnit.DAYS.between(b.bevilgetDato(), idag)))
                .toList();
        return Arbejdsliste.af(kommune, enhed, idag, liste);
    }

    public Arbejdsliste<ForfaldenOpfoelgning> opfoelgninger(String kommune, String enhed, int dage) {
        return opfoelgninger(kommune, enhed, dage, idag(), Historikudsnit.live());
    }

    /** As of the day {@code idag} (gaeldendePr, ADR 0026), over the rows {@code udsnit} sees (ADR 0031). */
    public Arbejdsliste<ForfaldenOpfoelgning> opfoelgninger(String kommune, String enhed, int dage, LocalDate idag, Historikudsnit udsnit) {
        List<Object> parametre = new ArrayList<>(List.of(kommune, idag.plusDays(dage)));
        String sql = bevilling(udsnit) + " AND b.naeste_opfoelgning IS NOT NULL AND b.ophoersdato IS NULL AND b.naeste_opfoelgning <= ?";
        if (enhed != null) {
            sql += " AND s.enhed = ?";
            parametre.add(enhed);
        }
        sql += " ORDER BY b.naeste_opfoelgning, b.bevilling_id";
        List<ForfaldenOpfoelgning> liste = bevillinger(sql, parametre).stream()
                .filter(b -> Opfoelgningsfrist.forfaldenInden(b.naesteOpfoelgning(), b.ophoersdato(), b.slutdato(), idag, dage))
                .map(b -> new ForfaldenOpfoelgning(b.bevillingId(), b.borgerId(), b.sagId(), b.sagsnummer(), b.enhed(), b.indsatsKode(),
                        b.startdato(), b.senesteOpfoelgning(), b.senesteResultatKode(), b.naesteOpfoelgning(),
                        Opfoelgningsfrist.dageTil(b.naesteOpfoelgning(), idag), b.naesteOpfoelgning().isBefore(idag)))
                .toList();
        return Arbejdsliste.af(kommune, enhed, idag, liste);
    }

    /** The partshøringer of the kommune's open sager awaiting an answer, earliest svarfrist first. */
    public Arbejdsliste<AabenPartshoering> partshoeringer(String kommune, String enhed) {
        return partshoeringer(kommune, enhed, idag(), Historikudsnit.live());
    }

    /**
     * As of the day {@code idag} (gaeldendePr, ADR 0026): overdue judged on that day; over the rows {@code udsnit} sees, a
     * partshøring known when its sending was registered by then and answered when its answer was (ADR 0031).
     */
    public Arbejdsliste<AabenPartshoering> partshoeringer(String kommune, String enhed, LocalDate idag, Historikudsnit udsnit) {
        List<Object> parametre = new ArrayList<>(List.of(kommune));
        String sql = "SELECT p.partshoering_id, p.sag_id, p.sendt_dato, p.svarfrist, s.sagsnummer, s.titel_ejer, s.titel_chiffer, s.borger_id, "
                + "s.enhed FROM arbejdsliste_partshoering p JOIN " + udsnit.tabel("arbejdsliste_sag") + " s ON s.sag_id = p.sag_id "
                + "WHERE s.kommune = ? AND " + udsnit.kendt("p.registreret") + " AND NOT (p.besvaret_dato IS NOT NULL AND "
                + udsnit.kendt("p.besvaret_registreret") + ") AND s.afsluttet_dato IS NULL";
        if (enhed != null) {
            sql += " AND s.enhed = ?";
            parametre.add(enhed);
        }
        sql += " ORDER BY p.svarfrist, s.sagsnummer, p.partshoering_id";
        List<AabenPartshoering> liste = jdbc.query(sql, (rs, n) -> {
            LocalDate svarfrist = dato(rs, "svarfrist");
            return new AabenPartshoering(rs.getObject("partshoering_id", UUID.class), rs.getObject("sag_id", UUID.class), rs.getString("sagsnummer"),
                    tekst(rs, "titel_ejer", "titel_chiffer"), rs.getObject("borger_id", UUID.class), rs.getString("enhed"), dato(rs, "sendt_dato"),
                    svarfrist, ChronoUnit.DAYS.between(idag, svarfrist), svarfrist.isBefore(idag));
        }, parametre.toArray());
        return Arbejdsliste.af(kommune, enhed, idag, liste);
    }

    // ---- helpers ----

    /**
     * The FROM item for the sag–henvendelse links: live, the table; as known at an instant, each link made by a fact
     * registered by then, starting the frist when such a fact said so (ADR 0031).
     */
    private static String links(Historikudsnit udsnit) {
        return udsnit.erLive() ? "arbejdsliste_sag_henvendelse" : "(SELECT sag_id, henvendelse_id, bool_or(starter_frist) AS starter_frist "
                + "FROM arbejdsliste_sag_henvendelse_historik WHERE " + udsnit.kendt("registreret_fra") + " GROUP BY sag_id, henvendelse_id)";
    }

    private static LocalDate dato(ResultSet rs, String kolonne) throws SQLException {
        return rs.getObject(kolonne, LocalDate.class);
    }

    private static KrypteretTekst krypteret(ResultSet rs, String ejer, String chiffer) throws SQLException {
        return new KrypteretTekst(new BorgerId(rs.getObject(ejer, UUID.class)), rs.getString(chiffer));
    }

    private String tekst(ResultSet rs, String ejer, String chiffer) throws SQLException {
        return dekrypter(krypteret(rs, ejer, chiffer));
    }

    /** The plaintext, or {@value #SLETTET} when the citizen has been forgotten (crypto-shredding reaches the worklists). */
    private String dekrypter(KrypteretTekst tekst) {
        return dekryptering.dekrypter(tekst).orElse(SLETTET);
    }

    private static List<String> tekster(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(String.class::cast).sorted().toList();
    }
}
