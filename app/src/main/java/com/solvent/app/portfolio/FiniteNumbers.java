package com.solvent.app.portfolio;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;

/**
 * Reads a number field only from a JSON number, and only if it is finite.
 *
 * <p>Jackson's own reader accepts the strings {@code "NaN"} and {@code "Infinity"} for a double
 * even with scalar coercion switched off, and turns {@code 1e400} into infinity; a risk number must
 * never start from either. Refusing here keeps the exact line and column of the bad value.
 */
final class FiniteNumbers extends StdScalarDeserializer<Double> {
    private static final long serialVersionUID = 1L;

    FiniteNumbers() {
        super(Double.class);
    }

    @Override
    public Double deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            return (Double) context.handleUnexpectedToken(Double.class, parser);
        }
        double value = parser.getDoubleValue();
        if (!Double.isFinite(value)) {
            return (Double) context.handleWeirdNumberValue(Double.class, value, "must be a finite number");
        }
        return value;
    }
}
