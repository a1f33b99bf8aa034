package dk.careledger.commandside.infra;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import dk.careledger.domain.felles.Cvr;
import java.io.IOException;

/**
 * Writes a {@link Cvr} as its eight digits ({@code "ejer":"29189420"}) and reads it back. Reading is lenient
 * (stored events always deserialize); {@link #streng()} is the variant for request bodies, which refuses anything
 * that is not eight digits.
 */
public final class CvrModule extends SimpleModule {

    private CvrModule(boolean streng) {
        super(streng ? "careledger-cvr-streng" : "careledger-cvr");
        addSerializer(Cvr.class, new StdScalarSerializer<>(Cvr.class) {
            @Override
            public void serialize(Cvr value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.value());
            }
        });
        addDeserializer(Cvr.class, new StdScalarDeserializer<>(Cvr.class) {
            @Override
            public Cvr deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String tekst = p.getValueAsString();
                if (streng && (tekst == null || !tekst.matches("\\d{8}"))) {
                    return (Cvr) ctxt.handleWeirdStringValue(Cvr.class, tekst, "et CVR-nummer er otte cifre");
                }
                return new Cvr(tekst);
            }
        });
    }

    public static CvrModule lempelig() {
        return new CvrModule(false);
    }

    public static CvrModule streng() {
        return new CvrModule(true);
    }
}
