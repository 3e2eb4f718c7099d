package com.solvent.app.scenario;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.solvent.model.scenario.Perturbation;
import com.solvent.model.scenario.Scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Saves and loads {@link Scenario}s as JSON files, in the format of docs/SCENARIOS.md:
 * {@code {"format": "solvent-scenarios/1", "scenarios": [ {"name": ..., "steps": [ {"type": ...}, ... ]} ]}}.
 * The model stays free of Jackson: the step types are mapped here with mix-ins. A malformed file fails
 * with a message naming the file, line and column and what was wrong there.
 */
public final class ScenarioFiles {
    /** The value of the {@code format} field this version reads and writes. */
    public static final String FORMAT = "solvent-scenarios/1";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .addMixIn(Perturbation.class, PerturbationMixIn.class)
            .registerModule(new SimpleModule("iso-instant")
                    .addSerializer(Instant.class, new InstantSerializer())
                    .addDeserializer(Instant.class, new InstantDeserializer()))
            // only record components are data: isShort(), isIsolated() and the like are derived
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    private ScenarioFiles() {
    }

    /** The file's top-level object. */
    record ScenarioFile(String format, List<Scenario> scenarios) {
    }

    /** JSON text of {@code scenarios}. */
    public static String toJson(List<Scenario> scenarios) {
        try {
            return MAPPER.writeValueAsString(new ScenarioFile(FORMAT, scenarios));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write scenarios as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Scenarios read from JSON text; {@code source} names it in error messages. */
    public static List<Scenario> fromJson(String json, String source) {
        ScenarioFile file;
        try {
            file = MAPPER.readValue(json, ScenarioFile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(describe(source, e), e);
        }
        if (!FORMAT.equals(file.format())) {
            throw new IllegalArgumentException(source + ": format must be \"" + FORMAT + "\", was "
                    + (file.format() == null ? "missing" : "\"" + file.format() + "\""));
        }
        if (file.scenarios() == null) {
            throw new IllegalArgumentException(source + ": scenarios is required");
        }
        return List.copyOf(file.scenarios());
    }

    public static void save(Path file, List<Scenario> scenarios) {
        try {
            Files.writeString(file, toJson(scenarios));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static List<Scenario> load(Path file) {
        try {
            return fromJson(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** "file, line L, column C: what" with the record's own validation message when that is the cause. */
    private static String describe(String source, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? source : source + ", line " + at.getLineNr() + ", column " + at.getColumnNr();
        Throwable cause = e.getCause();
        String what = cause instanceof IllegalArgumentException || cause instanceof NullPointerException
                ? cause.getMessage() : e.getOriginalMessage();
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            what = what + " (at " + m.getPathReference().replace("com.solvent.app.scenario.ScenarioFiles$ScenarioFile", "file") + ")";
        }
        return where + ": " + what;
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Perturbation.PriceMove.class, name = "priceMove"),
        @JsonSubTypes.Type(value = Perturbation.MarketMove.class, name = "marketMove"),
        @JsonSubTypes.Type(value = Perturbation.VolShift.class, name = "volShift"),
        @JsonSubTypes.Type(value = Perturbation.TimeForward.class, name = "timeForward"),
        @JsonSubTypes.Type(value = Perturbation.CollateralChange.class, name = "collateralChange"),
        @JsonSubTypes.Type(value = Perturbation.ModeSwitch.class, name = "modeSwitch"),
        @JsonSubTypes.Type(value = Perturbation.Resize.class, name = "resize"),
        @JsonSubTypes.Type(value = Perturbation.OpenPosition.class, name = "openPosition"),
        @JsonSubTypes.Type(value = Perturbation.OpenOption.class, name = "openOption")
    })
    private interface PerturbationMixIn {
    }

    private static final class InstantSerializer extends JsonSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toString());
        }
    }

    private static final class InstantDeserializer extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException | NullPointerException e) {
                throw JsonMappingException.from(p, "expected an ISO-8601 UTC time such as 2026-12-25T08:00:00Z, was " + text, e);
            }
        }
    }
}
