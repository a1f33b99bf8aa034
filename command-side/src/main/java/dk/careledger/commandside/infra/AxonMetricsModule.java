package dk.careledger.commandside.infra;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitorCallback;

/**
 * Axon's Micrometer monitors, dimensional (one meter per component with a {@code payloadType} tag, as Prometheus
 * expects), where they cost per command, not per event. Axon's monitors build and register four timers for every
 * message they see (a builder, tags and a registry look-up each time); measured under leveringer in bulk (issue 18,
 * {@code docs/benchmarks/bulk-hastighed.md}) that was a sixth of the command threads' CPU and two thirds of the
 * revisitation process's, for events it does not handle. So:
 * <ul>
 *   <li>the command bus and the query bus keep Axon's monitors (one message a request);</li>
 *   <li>the event store gets none: what it stores is counted by the projections' positions and the ledger's own
 *       meters ({@code ledger.kommandoer}, {@code ledger.projektioner.*});</li>
 *   <li>an event processor's monitors see only the events it has a handler for: an event it ignores costs a type
 *       check, not four timers. Its latency gauge therefore moves with the events it handles.</li>
 * </ul>
 */
public class AxonMetricsModule extends MetricsConfigurerModule {
    private final GlobalMetricRegistry registry;

    public AxonMetricsModule(GlobalMetricRegistry registry) {
        super(registry, true);
        this.registry = registry;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void configureModule(Configurer configurer) {
        configurer.configureMessageMonitor(konfiguration -> (type, navn) -> {
            if (EventBus.class.isAssignableFrom(type)) {
                return NoOpMessageMonitor.instance();
            }
            MessageMonitor<Message<?>> monitor = (MessageMonitor<Message<?>>) registry.registerComponentWithDefaultTags(type, navn);
            if (EventProcessor.class.isAssignableFrom(type)) {
                return new HaandteredeHaendelser(monitor, () -> konfiguration.eventProcessingConfiguration().eventProcessor(navn)
                        .filter(AbstractEventProcessor.class::isInstance).map(p -> ((AbstractEventProcessor) p).eventHandlerInvoker()));
            }
            return monitor;
        });
    }

    /** A processor's monitor that passes on only the events whose payload type the processor handles. */
    static final class HaandteredeHaendelser implements MessageMonitor<Message<?>> {
        private final MessageMonitor<Message<?>> monitor;
        private final Supplier<Optional<EventHandlerInvoker>> haandterere;
        private final Map<Class<?>, Boolean> haandteres = new ConcurrentHashMap<>();

        HaandteredeHaendelser(MessageMonitor<Message<?>> monitor, Supplier<Optional<EventHandlerInvoker>> haandterere) {
            this.monitor = monitor;
            this.haandterere = haandterere;
        }

        @Override
        public MonitorCallback onMessageIngested(Message<?> besked) {
            return besked instanceof EventMessage<?> && !haandteres(besked.getPayloadType()) ? NoOpMessageMonitorCallback.INSTANCE
                    : monitor.onMessageIngested(besked);
        }

        /** Unknown until the processor exists (then measured, as Axon would); known, it is remembered per type. */
        private boolean haandteres(Class<?> payloadType) {
            Boolean kendt = haandteres.get(payloadType);
            if (kendt != null) {
                return kendt;
            }
            Optional<EventHandlerInvoker> h = haandterere.get();
            if (h.isEmpty()) {
                return true;
            }
            boolean svar = h.get().canHandleType(payloadType);
            haandteres.put(payloadType, svar);
            return svar;
        }
    }
}
