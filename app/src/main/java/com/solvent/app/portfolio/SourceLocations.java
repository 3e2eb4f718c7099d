package com.solvent.app.portfolio;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;

import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where in the file each {@link PortfolioFile} record began (line and column of its opening brace),
 * and where each field name stood.
 *
 * <p>Jackson knows the location while it parses, but the model records are only built later by the
 * mapper, whose constructors may still refuse a value (maintenance above initial, tiers out of
 * order...). Remembering each DTO's start lets such a semantic error point at the JSON object it
 * came from. Records are keyed by identity: two equal records at different places stay distinct.
 *
 * <p>Field names are remembered because Jackson reports an unknown field of a record only once the
 * whole object is read (it buffers them until the constructor has run), at the closing brace;
 * the user wants the field's own line.
 */
final class SourceLocations {
    /** Context attribute under which one parse keeps its instance. */
    static final Object ATTRIBUTE = SourceLocations.class;

    private final Map<Object, JsonLocation> starts = new IdentityHashMap<>();
    private final Map<String, JsonLocation> fields = new HashMap<>();

    /** Line and column of {@code dto}'s opening brace, or {@link JsonLocation#NA} when unknown. */
    JsonLocation of(Object dto) {
        return dto == null ? JsonLocation.NA : starts.getOrDefault(dto, JsonLocation.NA);
    }

    /** Line and column of the field name at {@code pointer} (e.g. {@code /accounts/0/id}), or {@link JsonLocation#NA}. */
    JsonLocation ofField(JsonPointer pointer) {
        return fields.getOrDefault(pointer.toString(), JsonLocation.NA);
    }

    /** A parser reading through {@code parser} that remembers where each field name stands. */
    JsonParser track(JsonParser parser) {
        return new JsonParserDelegate(parser) {
            @Override
            public JsonToken nextToken() throws IOException {
                JsonToken token = super.nextToken();
                if (token == JsonToken.FIELD_NAME) {
                    fields.put(getParsingContext().pathAsPointer().toString(), currentTokenLocation());
                }
                return token;
            }
        };
    }

    private void remember(Object dto, JsonLocation start) {
        if (dto != null) {
            starts.put(dto, start);
        }
    }

    /**
     * Wraps the deserializer of every {@link PortfolioFile} and {@link StressLibraryFile} record so that it
     * records where the record began.
     */
    static final class Recorder extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                      JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            boolean fileRecord = type == PortfolioFile.class || type.getEnclosingClass() == PortfolioFile.class
                    || type.getEnclosingClass() == StressLibraryFile.class;
            return fileRecord ? new Recording(deserializer) : deserializer;
        }
    }

    private static final class Recording extends DelegatingDeserializer {
        Recording(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Recording(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonLocation start = parser.currentTokenLocation();
            Object dto = super.deserialize(parser, context);
            if (context.getAttribute(ATTRIBUTE) instanceof SourceLocations locations) {
                locations.remember(dto, start);
            }
            return dto;
        }
    }
}
