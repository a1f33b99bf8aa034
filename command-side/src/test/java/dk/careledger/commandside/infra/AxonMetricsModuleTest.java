package dk.careledger.commandside.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitorCallback;
import org.junit.jupiter.api.Test;

/** An event processor's monitor sees only the events the processor has a handler for (issue 18's profile). */
class AxonMetricsModuleTest {

    /** A monitor that remembers what it was shown. */
    private static final class Maaler implements MessageMonitor<Message<?>> {
        final List<Object> set = new ArrayList<>();

        @Override
        public MonitorCallback onMessageIngested(Message<?> besked) {
            set.add(besked.getPayload());
            return NoOpMessageMonitorCallback.INSTANCE;
        }
    }

    /** A processor's handlers: they handle strings only. */
    private static final class Strengehaandterer implements EventHandlerInvoker {
        @Override
        public boolean canHandle(EventMessage<?> besked, Segment segment) {
            return canHandleType(besked.getPayloadType());
        }

        @Override
        public boolean canHandleType(Class<?> payloadType) {
            return payloadType == String.class;
        }

        @Override
        public void handle(EventMessage<?> besked, Segment segment) {
            // nothing: only its types matter here
        }
    }

    @Test
    void anEventTheProcessorHasNoHandlerForIsNotMeasuredAndOneItHandlesIs() {
        Maaler maaler = new Maaler();
        AxonMetricsModule.HaandteredeHaendelser monitor = new AxonMetricsModule.HaandteredeHaendelser(maaler,
                () -> Optional.of(new Strengehaandterer()));

        monitor.onMessageIngested(GenericEventMessage.asEventMessage(42));
        monitor.onMessageIngested(GenericEventMessage.asEventMessage("håndteret"));

        assertThat(maaler.set).containsExactly("håndteret");
    }

    @Test
    void beforeTheProcessorExistsEveryEventIsMeasuredAndTheAnswerIsNotRemembered() {
        Maaler maaler = new Maaler();
        AtomicInteger opslag = new AtomicInteger();
        AxonMetricsModule.HaandteredeHaendelser monitor = new AxonMetricsModule.HaandteredeHaendelser(maaler,
                () -> opslag.getAndIncrement() == 0 ? Optional.empty() : Optional.of(new Strengehaandterer()));

        monitor.onMessageIngested(GenericEventMessage.asEventMessage(1));
        monitor.onMessageIngested(GenericEventMessage.asEventMessage(2));
        monitor.onMessageIngested(GenericEventMessage.asEventMessage(3));

        assertThat(maaler.set).as("measured while unknown, then known not to be handled").containsExactly(1);
        assertThat(opslag.get()).as("asked until known, then remembered per type").isEqualTo(2);
    }
}
