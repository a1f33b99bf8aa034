package dk.careledger.app.adgang;

import dk.careledger.domain.adgang.Bruger;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
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
    OpenAPI ledgerOpenApi() {
        return new OpenAPI()
                .components(new Components().addSecuritySchemes(SKEMA, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("JWT").description("Et signeret JWT fra den konfigurerede udsteder (LEDGER_ISSUER), eller fra den indbyggede "
                                + "udsteder: POST /api/login/token med bruger=<demobruger>. Krav: sub, kommune, roller, evt. kle og foelsomhed.")))
                .addSecurityItem(new SecurityRequirement().addList(SKEMA));
    }
}
