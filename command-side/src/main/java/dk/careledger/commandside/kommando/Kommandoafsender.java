package dk.careledger.commandside.kommando;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.careledger.domain.felles.Afvisning;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.commandhandling.distributed.CommandDispatchException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Sends a command to its aggregate, exactly once per client-chosen command id:
 * <ul>
 *   <li>a command id seen before with the same content answers what it answered then, and writes nothing;</li>
 *   <li>the same id with other content is refused (409 KOMMANDO_ID_GENBRUGT);</li>
 *   <li>a stale expected version is 409 VERSIONSKONFLIKT; a concurrent write to the same aggregate (or an aggregate
 *       cached before another node appended to it) is retried once from the store when the client named no version,
 *       and is 409 VERSIONSKONFLIKT if it conflicts again;</li>
 *   <li>a refusal by the rules ({@link Afvisning}) passes through unchanged; nothing was written.</li>
 * </ul>
 * Meters {@code ledger.kommandoer} (timer; tags {@code kommando} and {@code udfald} = haandteret / afvist /
 * konflikt / fejl / gentaget), so commands handled, rejected and their latency are visible.
 */
@Service
public class Kommandoafsender {
    /** How long to wait before sending a command again whose node was lost: Axon Server has rerouted when it says so. */
    private static final long GENSEND_EFTER_MS = 250;
    private final CommandBus commandBus;
    private final KommandoLog log;
    private final MeterRegistry meterRegistry;
    private final ObjectMapper json;

    public Kommandoafsender(CommandBus commandBus, KommandoLog log, MeterRegistry meterRegistry,
            @Qualifier("eventObjectMapper") ObjectMapper eventObjectMapper) {
        this.commandBus = commandBus;
        this.log = log;
        this.meterRegistry = meterRegistry;
        this.json = eventObjectMapper;
    }

    /** The answer to a command, and whether it is a replay of an earlier, identical command. */
    public record Svar(KommandoUdfald udfald, boolean gentaget) {
    }

    public Svar send(Aggregattype type, String aggregatId, Object kommando, UUID kommandoId, Long forventetVersion, Kalder kalder) {
        return send(type, aggregatId, kommando, UnaryOperator.identity(), kommandoId, forventetVersion, kalder);
    }

    /**
     * As {@link #send(Aggregattype, String, Object, UUID, Long, Kalder)}, with a step that completes the command
     * (e.g. assigns a sagsnummer) only when it is really sent: the idempotency hash is taken of the command as
     * the client sent it, so a resent command is recognised although the completion would differ.
     */
    public <C> Svar send(Aggregattype type, String aggregatId, C kommando, UnaryOperator<C> fuldfoer, UUID kommandoId,
            Long forventetVersion, Kalder kalder) {
        return send(type, aggregatId, kommando, fuldfoer, kommandoId, forventetVersion, kalder, null);
    }

    /**
     * As {@link #send(Aggregattype, String, Object, UnaryOperator, UUID, Long, Kalder)} for one of many commands whose ids the caller
     * looked up in the command log together ({@link KommandoLog#find(java.util.Collection)}, one query instead of one a
     * command): {@code logget} is what that found for this id. A command stored meanwhile under the same id is caught by
     * the log's key as ever.
     */
    public Svar send(Aggregattype type, String aggregatId, Object kommando, UUID kommandoId, Kalder kalder, Optional<KommandoLog.Post> logget) {
        return send(type, aggregatId, kommando, UnaryOperator.identity(), kommandoId, null, kalder, Objects.requireNonNull(logget, "logget"));
    }

    private <C> Svar send(Aggregattype type, String aggregatId, C kommando, UnaryOperator<C> fuldfoer, UUID kommandoId,
            Long forventetVersion, Kalder kalder, Optional<KommandoLog.Post> logget) {
        String kommandoNavn = kommando.getClass().getSimpleName();
        Timer.Sample maaling = Timer.start(meterRegistry);
        String udfald = "fejl";
        try {
            byte[] hash = hash(type, aggregatId, kommando);
            Optional<Svar> gentagelse = logget == null ? gentagelse(kommandoId, hash) : logget.map(post -> gentaget(post, kommandoId, hash));
            if (gentagelse.isPresent()) {
                udfald = "gentaget";
                return gentagelse.get();
            }
            Map<String, Object> metadata = new HashMap<>();
            metadata.put(Metadatanoegler.KOMMANDO_ID, kommandoId.toString());
            metadata.put(Metadatanoegler.KOMMANDO_HASH, HexFormat.of().formatHex(hash));
            metadata.put(Metadatanoegler.AGGREGAT_ID, aggregatId);
            if (forventetVersion != null) {
                metadata.put(Metadatanoegler.FORVENTET_VERSION, forventetVersion);
            }
            metadata.put(Metadatanoegler.BRUGER_ID, kalder.aktoer().brugerId());
            metadata.put(Metadatanoegler.ROLLE, kalder.aktoer().rolle().name());
            metadata.put(Metadatanoegler.KOMMUNE, kalder.kommune().value());
            try {
                C fuldfoert = fuldfoer.apply(kommando);
                KommandoUdfald resultat;
                try {
                    resultat = dispatch(type, fuldfoert, metadata);
                } catch (ConflictingModificationException | ConcurrencyException e) {
                    if (forventetVersion != null) {
                        throw e; // the client's If-Match is stale: that is the client's conflict to resolve
                    }
                    // without If-Match the client asked for no version: the store moved past the cached aggregate (another
                    // node appended before routing settled on this one, ADR 0015). The rollback dropped the cache entry;
                    // once more from the store, and a second conflict is the client's 409.
                    meterRegistry.counter("ledger.kommandoer.genforsoeg", "kommando", kommandoNavn, "aarsag", "foraeldet").increment();
                    resultat = dispatch(type, fuldfoert, metadata);
                } catch (AxonServerException | CommandDispatchException | NoHandlerForCommandException tabtNode) {
                    // the node handling it went away before it answered (Axon Server's AXONIQ-4001), or none was there for
                    // a moment: send it once more, to the node the routing now names. Exactly once still holds: had the
                    // lost node stored it, the command log's key refuses the second (DuplicateKeyException, below) and
                    // the first answer is given. A second loss is a 503 (ApiFejlhaandtering).
                    meterRegistry.counter("ledger.kommandoer.genforsoeg", "kommando", kommandoNavn, "aarsag", "node").increment();
                    pause(GENSEND_EFTER_MS);
                    resultat = dispatch(type, fuldfoert, metadata);
                }
                udfald = "haandteret";
                return new Svar(resultat, false);
            } catch (DuplicateKeyException e) {
                // the same command id was committed concurrently by another request
                Optional<Svar> samtidig = gentagelse(kommandoId, hash);
                if (samtidig.isPresent()) {
                    udfald = "gentaget";
                    return samtidig.get();
                }
                throw e;
            }
        } catch (Afvisning afvisning) {
            udfald = afvisning.art() == dk.careledger.domain.felles.Afvisningsart.KONFLIKT ? "konflikt" : "afvist";
            throw afvisning;
        } catch (ConflictingModificationException | ConcurrencyException e) {
            udfald = "konflikt";
            throw Afvisning.konflikt("VERSIONSKONFLIKT", null,
                    "Sagen er ændret af en anden i mellemtiden (forventet version " + forventetVersion + "); hent den igen og prøv på ny");
        } finally {
            maaling.stop(meterRegistry.timer("ledger.kommandoer", "kommando", kommandoNavn, "udfald", udfald));
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private KommandoUdfald dispatch(Aggregattype type, Object kommando, Map<String, Object> metadata) {
        FutureCallback<Object, Object> callback = new FutureCallback<>();
        commandBus.dispatch(new GenericCommandMessage<>(new GenericMessage<>(kommando, metadata), type.kommandonavn()), callback);
        CommandResultMessage<?> resultat = callback.getResult();
        if (resultat.isExceptional()) {
            throw kendtAarsag(resultat.exceptionResult());
        }
        return (KommandoUdfald) resultat.getPayload();
    }

    /**
     * Axon and Spring may wrap the exception a handler threw (unit-of-work rollback, transaction commit); the
     * first known cause in the chain decides the answer. A refusal arrives wrapped by {@link AfvisningOverNoder}, whose
     * details survive the trip from another node's command bus.
     */
    static RuntimeException kendtAarsag(Throwable fejl) {
        for (Throwable t = fejl; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CommandExecutionException udfoerelse) {
                // from another node through Axon Server the refusal travels only as details (the cause that arrives is
                // Axon's stand-in for the remote exception); locally the details are there too
                Optional<Afvisningsdetaljer> detaljer = udfoerelse.getDetails().filter(Afvisningsdetaljer.class::isInstance)
                        .map(Afvisningsdetaljer.class::cast);
                if (detaljer.isPresent()) {
                    return detaljer.get().somAfvisning();
                }
            }
            if (t instanceof Afvisning || t instanceof ConcurrencyException || t instanceof ConflictingModificationException
                    || t instanceof DuplicateKeyException) {
                return (RuntimeException) t;
            }
        }
        return fejl instanceof RuntimeException runtime ? runtime : new IllegalStateException(fejl);
    }

    private Optional<Svar> gentagelse(UUID kommandoId, byte[] hash) {
        return log.find(kommandoId).map(post -> gentaget(post, kommandoId, hash));
    }

    /** The first answer to a command id logged before, when the content is the same; otherwise 409. */
    private static Svar gentaget(KommandoLog.Post post, UUID kommandoId, byte[] hash) {
        if (!Arrays.equals(post.indholdHash(), hash)) {
            throw Afvisning.konflikt("KOMMANDO_ID_GENBRUGT", null, "Kommando-id'et " + kommandoId + " er allerede brugt til en anden kommando");
        }
        return new Svar(post.udfald(), true);
    }

    private byte[] hash(Aggregattype type, String aggregatId, Object kommando) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((type.name() + "|" + aggregatId + "|" + kommando.getClass().getName() + "|").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update(json.writeValueAsBytes(kommando));
            return sha.digest();
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
