package dk.careledger.commandside.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.careledger.commandside.infra.CvrModule;
import dk.careledger.commandside.infra.EventJson;
import dk.careledger.domain.katalog.Katalog;
import dk.careledger.domain.katalog.Kataloglaeser;
import dk.careledger.domain.felles.AfgoerelseId;
import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.ForloebId;
import dk.careledger.domain.felles.HenvendelseId;
import dk.careledger.domain.felles.SagId;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springdoc.core.utils.SpringDocUtils;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock, the shipped catalogues and the strict JSON reader for commands. */
@Configuration(proxyBeanMethods = false)
public class ApiConfig {

    static {
        // on the wire, typed ids are plain UUID strings and a CVR is eight digits (IdModule, CvrModule)
        SpringDocUtils config = SpringDocUtils.getConfig();
        for (Class<?> id : List.of(BorgerId.class, HenvendelseId.class, SagId.class, BevillingId.class, ForloebId.class, AfgoerelseId.class)) {
            config.replaceWithClass(id, UUID.class);
        }
        config.replaceWithClass(Cvr.class, String.class);
    }

    /** Record time for every event. Tests replace it with a fixed or stepping clock. */
    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Axon stamps every event message from its own static clock; point it at the same injected clock that gives
     * {@code Registrering.registreringstid}, so the stored {@code time_stamp} and the record time are one moment.
     */
    @Bean
    public InitializingBean axonBrugerSammeUr(Clock clock) {
        return () -> GenericEventMessage.clock = clock;
    }

    @Bean
    public Katalog katalog() {
        return Kataloglaeser.standard();
    }

    /**
     * Reads command bodies: the event mapper's conventions (typed ids as plain UUID strings, ISO dates), but
     * strict — an unknown field is a 400, not silently ignored, so a typo never loses data — and held to the edge's
     * limits ({@link Kantvalidering}): no control characters in text, bounded lengths, dates in range, no nil ids. A read
     * through {@link KommandoApi} names every bad field at once ({@link Feltfejlsamler}).
     */
    @Bean
    public ObjectMapper kommandoObjectMapper() {
        return EventJson.objectMapper().copy().registerModule(CvrModule.streng()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                // registered first, so its wrapper is the outermost (Jackson applies the last module's modifier first)
                .registerModule(new Feltfejlsamler()).registerModule(new Kantvalidering());
    }
}
