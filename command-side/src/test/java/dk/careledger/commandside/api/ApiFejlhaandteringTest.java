package dk.careledger.commandside.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.axoniq.axonserver.grpc.ErrorMessage;
import org.axonframework.axonserver.connector.ErrorCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** What a client is told when a command's node went away through Axon Server: retry, never a bare 500. */
class ApiFejlhaandteringTest {

    @ParameterizedTest
    @ValueSource(strings = {"AXONIQ-4000", "AXONIQ-4001", "AXONIQ-4003"})
    void aCommandWhoseHandlingNodeIsGoneOrMissingIsA503WithRetryAfterAndAStableCode(String axonServersKode) {
        // as the dispatching node's connector makes it from Axon Server's answer (the handler's connection was lost, etc.)
        Throwable fejl = ErrorCode.getFromCode(axonServersKode).convert(ErrorMessage.newBuilder().setErrorCode(axonServersKode)
                .setMessage("Connection lost while executing command on: node2").build(), () -> null);

        ResponseEntity<ProblemDetail> svar = new ApiFejlhaandtering().andet((Exception) fejl);

        assertThat(svar.getStatusCode().value()).isEqualTo(503);
        assertThat(svar.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(svar.getBody().getProperties()).containsEntry("fejlkode", "NODE_UTILGAENGELIG");
        assertThat(svar.getBody().getDetail()).contains("X-Kommando-Id").doesNotContain("node2");
    }
}
