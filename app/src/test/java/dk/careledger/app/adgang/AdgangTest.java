package dk.careledger.app.adgang;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.app.testsupport.Testtokens;
import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every request mapping of the application, found from Spring's handler mappings so that a new endpoint cannot be
 * forgotten, and asserts deny by default (ADR 0019): no credential is 401, a bad credential (expired, unsigned, signed by
 * someone else) is 401, every endpoint names its roles and a user without one of them gets 403, and a user of another
 * kommune gets 404 for another kommune's data; always a problem+json with a stable fejlkode. Only health, the log-in and
 * the embedded issuer's public keys are open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class AdgangTest {
    private static final Pattern STIVARIABEL = Pattern.compile("\\{([^}/]+)}");
    private static final Set<String> ID_VARIABLER = Set.of("sagId", "bevillingId", "henvendelseId", "forloebId", "borgerId", "aggregatId");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMappings;

    @Autowired
    JdbcTemplate jdbc;

    Adgangsklient klient;
    Adgangsklient.Verden aalborg;

    record Endepunkt(String metode, String moenster, HandlerMethod handler) {
        @Override
        public String toString() {
            return metode + " " + moenster;
        }
    }

    @BeforeEach
    void enVerdenIAalborg() {
        klient = new Adgangsklient(port);
        // delivered locally: a leverandør kommune's view of what was ordered from it is RettighederTest's
        aalborg = klient.verden(Testtokens.AALBORG, Testtokens.AALBORG);
    }

    private List<Endepunkt> endepunkter() {
        List<Endepunkt> ud = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : handlerMappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> metoder = e.getKey().getMethodsCondition().getMethods();
            if (e.getValue().getBeanType().getPackageName().startsWith("dk.careledger.ui")) {
                // the UI's pages answer a browser, not an API client (a log-in page, not a 401): UiAdgangTest covers them
                continue;
            }
            for (String moenster : e.getKey().getPatternValues()) {
                for (RequestMethod m : metoder.isEmpty() ? Set.of(RequestMethod.GET) : metoder) {
                    ud.add(new Endepunkt(m.name(), moenster, e.getValue()));
                }
            }
        }
        return ud;
    }

    private String sti(Endepunkt e, Map<String, String> variabler) {
        Matcher m = STIVARIABEL.matcher(e.moenster());
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(variabler.getOrDefault(m.group(1), "x")));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private Adgangsklient.Svar send(Endepunkt e, String sti, String authorization) {
        String krop = e.metode().equals("GET") ? null : "{}";
        return klient.send(e.metode(), sti, authorization, krop, Map.of());
    }

    private static boolean aaben(Endepunkt e) {
        return Rettighedsvagt.aaben(e.handler());
    }

    @Test
    void givenEveryEndpointWhenCalledWithoutAValidCredentialThenItIs401WithAStableCode() {
        List<Endepunkt> alle = endepunkter();
        assertThat(alle).as("endpoints found from the handler mappings").hasSizeGreaterThan(60);
        Bruger alt = Testtokens.bruger("alt", Testtokens.AALBORG, Adgangsrolle.values());
        List<String> fund = new ArrayList<>();
        Set<String> aabne = new java.util.TreeSet<>();
        for (Endepunkt e : alle) {
            if (aaben(e)) {
                aabne.add(e.moenster());
                continue;
            }
            String sti = sti(e, aalborg.variabler());
            Map<String, String> forkerte = Map.of(
                    "IKKE_LOGGET_IND", "",
                    "TOKEN_UGYLDIG", "Bearer " + Testtokens.udloebet(alt),
                    "TOKEN_UGYLDIG ", "Bearer " + Testtokens.usigneret(alt),
                    "TOKEN_UGYLDIG  ", "Bearer " + Testtokens.forkertSigneret(alt));
            forkerte.forEach((kode, adgang) -> {
                Adgangsklient.Svar s = send(e, sti, adgang.isEmpty() ? null : adgang);
                if (s.status() != 401 || !kode.trim().equals(s.fejlkode()) || !s.type().startsWith("application/problem+json")) {
                    fund.add(e + " with " + kode.trim() + ": " + s);
                }
            });
        }
        assertThat(aabne).as("open: the log-in, the issuer's keys and Spring's error page")
                .containsExactlyInAnyOrder("/api/login/token", "/api/login/session", "/api/login/session/slut", "/oauth2/jwks", "/error", "/login", "/logud");
        assertThat(fund).isEmpty();
        assertThat(klient.get("/actuator/health", null).status()).isEqualTo(200);
    }

    @Test
    void givenEveryEndpointWhenCalledByAUserWithoutOneOfItsRolesThenItIs403AndEveryEndpointNamesItsRoles() {
        List<String> fund = new ArrayList<>();
        for (Endepunkt e : endepunkter()) {
            if (aaben(e) || Rettighedsvagt.dokumentation(e.handler())) {
                continue;
            }
            Adgangsrolle[] krav = Rettighedsvagt.krav(e.handler());
            if (krav == null) {
                fund.add(e + " names no roles (@Kraever)");
                continue;
            }
            EnumSet<Adgangsrolle> andre = EnumSet.allOf(Adgangsrolle.class);
            andre.removeAll(Arrays.asList(krav));
            assertThat(andre).as("%s is open to every role", e).isNotEmpty();
            Bruger uden = Testtokens.bruger("uden-ret", Testtokens.AALBORG, andre.toArray(Adgangsrolle[]::new));
            Adgangsklient.Svar s = send(e, sti(e, aalborg.variabler()), Testtokens.bearer(uden));
            if (s.status() != 403 || !"MANGLER_RETTIGHED".equals(s.fejlkode()) || !s.type().startsWith("application/problem+json")) {
                fund.add(e + " as " + andre + ": " + s);
            }
        }
        assertThat(fund).isEmpty();
    }

    @Test
    void givenAnotherKommunesDataWhenAUserOfAnotherKommuneWithTheRightRoleReadsOrWritesItThenItIs404AndNothingIsWritten() {
        long haendelserFoer = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        List<String> fund = new ArrayList<>();
        int laest = 0;
        int skrevet = 0;
        for (Endepunkt e : endepunkter()) {
            if (aaben(e) || Rettighedsvagt.dokumentation(e.handler())) {
                continue;
            }
            Adgangsrolle[] krav = Rettighedsvagt.krav(e.handler());
            boolean harId = STIVARIABEL.matcher(e.moenster()).results().anyMatch(r -> ID_VARIABLER.contains(r.group(1)));
            boolean harKommune = Arrays.stream(e.handler().getMethodParameters()).map(p -> p.getParameterAnnotation(RequestParam.class))
                    .anyMatch(r -> r != null && (r.name().equals("kommune") || r.value().equals("kommune")))
                    || Arrays.stream(e.handler().getMethodParameters()).map(MethodParameter::getParameterName).anyMatch("kommune"::equals);
            if (!harId && !(harKommune && e.metode().equals("GET"))) {
                continue;
            }
            Bruger aarhus = Testtokens.bruger("anden-kommune", Testtokens.AARHUS, krav);
            String sti = sti(e, aalborg.variabler()) + (harId ? "" : "?kommune=" + Testtokens.AALBORG);
            Adgangsklient.Svar s = send(e, sti, Testtokens.bearer(aarhus));
            if (e.metode().equals("GET")) {
                laest++;
                if (s.status() != 404 || s.fejlkode() == null) {
                    fund.add(e + ": " + s);
                }
            } else {
                // a write is refused before anything is stored: 404 for the other kommune's aggregate, or 400 when the body
                // (here an empty one) is refused before the aggregate is looked at
                skrevet++;
                if ((s.status() != 404 && s.status() != 400) || s.fejlkode() == null) {
                    fund.add(e + ": " + s);
                }
            }
        }
        assertThat(laest).as("reads of one item or of a kommune's list").isGreaterThan(15);
        assertThat(skrevet).as("writes on an existing aggregate").isGreaterThan(25);
        assertThat(fund).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(haendelserFoer);
    }
}
