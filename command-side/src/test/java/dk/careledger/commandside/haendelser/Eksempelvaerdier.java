package dk.careledger.commandside.haendelser;

import dk.careledger.domain.felles.Aktoer;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Rolle;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Builds a deterministic sample instance of any event record: every component gets a value derived from its
 * name and type, so the same event always serializes to the same JSON. Used by the golden-file tests.
 */
final class Eksempelvaerdier {
    static final BorgerId BORGER = new BorgerId(UUID.fromString("00000000-0000-4000-8000-00000000b0b0"));

    private Eksempelvaerdier() {
    }

    static Object eksempel(Class<?> recordType) {
        RecordComponent[] komponenter = recordType.getRecordComponents();
        Object[] args = new Object[komponenter.length];
        Class<?>[] typer = new Class<?>[komponenter.length];
        for (int i = 0; i < komponenter.length; i++) {
            typer[i] = komponenter[i].getType();
            args[i] = vaerdi(komponenter[i].getName(), komponenter[i].getType(), komponenter[i].getGenericType());
        }
        try {
            Constructor<?> konstruktoer = recordType.getDeclaredConstructor(typer);
            return konstruktoer.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build a sample " + recordType.getName(), e);
        }
    }

    private static Object vaerdi(String navn, Class<?> type, Type generisk) {
        if (type == Registrering.class) {
            return new Registrering(new Cvr("29189420"), new Aktoer("sb-0001", Rolle.SAGSBEHANDLER), Instant.parse("2026-03-02T09:15:00Z"));
        }
        if (type == KrypteretTekst.class) {
            return new KrypteretTekst(BORGER, "v1:" + java.util.Base64.getEncoder().encodeToString(("chiffer:" + navn).getBytes(StandardCharsets.UTF_8)));
        }
        if (type == UUID.class) {
            return uuid(navn);
        }
        if (type == String.class) {
            return navn + "-eksempel";
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2026, 3, 2).plusDays(Math.floorMod(navn.hashCode(), 60));
        }
        if (type == Instant.class) {
            return Instant.parse("2026-03-02T08:00:00Z").plusSeconds(60L * Math.floorMod(navn.hashCode(), 600));
        }
        if (type == int.class || type == Integer.class) {
            return 3;
        }
        if (type == long.class || type == Long.class) {
            return 12_500L;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == Cvr.class) {
            return new Cvr("55133018");
        }
        if (type.isEnum()) {
            Object[] konstanter = type.getEnumConstants();
            return konstanter[Math.floorMod(navn.hashCode(), konstanter.length)];
        }
        if (type == List.class || type == Set.class) {
            Type element = ((ParameterizedType) generisk).getActualTypeArguments()[0];
            Object v = vaerdi(navn + "[0]", (Class<?>) element, element);
            return type == List.class ? List.of(v) : Set.of(v);
        }
        if (type.isRecord() && type.getRecordComponents().length == 1 && type.getRecordComponents()[0].getType() == UUID.class) {
            try {
                return type.getDeclaredConstructor(UUID.class).newInstance(uuid(navn));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        if (type.isRecord()) {
            return eksempel(type);
        }
        throw new IllegalStateException("No sample value for " + type.getName() + " " + navn + "; teach Eksempelvaerdier");
    }

    private static UUID uuid(String navn) {
        return UUID.nameUUIDFromBytes(navn.getBytes(StandardCharsets.UTF_8));
    }
}
