package dk.careledger.commandside.kommando;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.commandside.infra.EventJson;
import dk.careledger.commandside.infra.LedgerRevisionResolver;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Afvisningsart;
import io.axoniq.axonserver.grpc.command.CommandResponse;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.command.CommandSerializer;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A refusal decided on one node reaches the node that dispatched the command as the same {@link Afvisning}: code,
 * field, message and kind (and so the HTTP status), through the very serializer Axon Server's connector uses for
 * command results — where the exception's cause does not travel, only its message and details.
 */
class AfvisningOverNoderTest {
    private final JacksonSerializer beskedserializer = JacksonSerializer.builder().objectMapper(EventJson.objectMapper())
            .revisionResolver(new LedgerRevisionResolver()).converter(new ChainingConverter(getClass().getClassLoader())).build();
    private final CommandSerializer axonServersSerializer = new CommandSerializer(beskedserializer, new AxonServerConfiguration());

    @ParameterizedTest
    @EnumSource(Afvisningsart.class)
    void aRefusalCrossesAxonServerWithItsCodeFieldMessageAndKindIntact(Afvisningsart art) throws Exception {
        Afvisning paaHaandterendeNode = new Afvisning(art, "SAG_IKKE_OPLYST", "sagId", "Sagen er ikke oplyst; æøå");
        CommandExecutionException udfoerelse = afvistGennemInterceptoren(paaHaandterendeNode);

        CommandResponse paaLedningen = axonServersSerializer.serialize(GenericCommandResultMessage.asCommandResultMessage(udfoerelse), "forespoergsel-1");
        CommandResultMessage<?> paaAfsendendeNode = axonServersSerializer.deserialize(paaLedningen);

        assertThat(paaAfsendendeNode.exceptionResult()).as("the refusal itself does not travel").isInstanceOf(CommandExecutionException.class)
                .hasRootCauseInstanceOf(Exception.class).satisfies(e -> assertThat(e).getRootCause().isNotInstanceOf(Afvisning.class));
        RuntimeException svar = Kommandoafsender.kendtAarsag(paaAfsendendeNode.exceptionResult());
        assertThat(svar).isInstanceOfSatisfying(Afvisning.class, a -> {
            assertThat(a.art()).isEqualTo(art);
            assertThat(a.fejlkode()).isEqualTo("SAG_IKKE_OPLYST");
            assertThat(a.felt()).isEqualTo("sagId");
            assertThat(a.besked()).isEqualTo("Sagen er ikke oplyst; æøå");
        });
    }

    @ParameterizedTest
    @EnumSource(Afvisningsart.class)
    void onOneNodeTheRefusalIsAnsweredAsBefore(Afvisningsart art) throws Exception {
        Afvisning afvisning = new Afvisning(art, "KODE", null, "besked");

        assertThat(Kommandoafsender.kendtAarsag(afvistGennemInterceptoren(afvisning))).isInstanceOfSatisfying(Afvisning.class, a -> {
            assertThat(a.art()).isEqualTo(art);
            assertThat(a.fejlkode()).isEqualTo("KODE");
            assertThat(a.felt()).isNull();
            assertThat(a.besked()).isEqualTo("besked");
        });
    }

    private static CommandExecutionException afvistGennemInterceptoren(Afvisning afvisning) throws Exception {
        GenericCommandMessage<Object> kommando = new GenericCommandMessage<>(new GenericMessage<>("kommando"), Aggregattype.SAG.kommandonavn());
        DefaultUnitOfWork<GenericCommandMessage<Object>> uow = DefaultUnitOfWork.startAndGet(kommando);
        Throwable udfald = uow.executeWithResult(() -> new DefaultInterceptorChain<>(uow, java.util.List.of(new AfvisningOverNoder()), m -> {
            throw afvisning;
        }).proceed()).exceptionResult();
        assertThat(udfald).isInstanceOf(CommandExecutionException.class).hasCause(afvisning);
        return (CommandExecutionException) udfald;
    }
}
