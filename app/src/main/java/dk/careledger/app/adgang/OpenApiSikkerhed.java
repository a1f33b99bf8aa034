package dk.careledger.app.adgang;

import dk.careledger.domain.adgang.Bruger;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document describes how to call the ledger (ADR 0019): a JWT bearer token on every operation, and no
 * identity headers; the {@link Bruger} a handler takes is the token's, not a parameter.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiSikkerhed {
    static final String SKEMA = "bearer";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Bruger.class);
    }

    @Bean
    OpenAPI ledgerOpenApi(@Value("${ledger.version:udvikling}") String version) {
        return new OpenAPI()
                .info(new Info().title("Care ledger — omsorgs- og sagsledgeren").version(version)
                        .description("Kommunernes sags- og omsorgsledger (ældre, sundhed, specialiseret socialområde): hver handling gemmes én gang "
                                + "som et uforanderligt faktum; alt andet er projektioner. Kommandoer (POST) tager X-Kommando-Id og giver "
                                + "201/200; afvisninger er application/problem+json med en stabil fejlkode og feltet. Kodelister: /api/katalog. "
                                + "Log ind: et JWT fra kommunens udsteder, eller (indbygget udsteder) POST /api/login/token med bruger=<demobruger>."))
                .components(new Components().addSecuritySchemes(SKEMA, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("JWT").description("Et signeret JWT fra den konfigurerede udsteder (LEDGER_ISSUER), eller fra den indbyggede "
                                + "udsteder: POST /api/login/token med bruger=<demobruger>. Krav: sub, kommune, roller, evt. kle og foelsomhed.")))
                .addSecurityItem(new SecurityRequirement().addList(SKEMA));
    }
}
