package com.solvent.app.portfolio;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.solvent.model.policy.MarginPolicy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a portfolio file (format in {@code docs/PORTFOLIO.md}) into a validated {@link Portfolio}.
 *
 * <p>Strict on purpose: a risk number computed from a mistyped file is worse than none. Unknown
 * fields, duplicated keys, numbers written as strings, {@code NaN}, trailing content and missing
 * required fields are refused, each with the file, line, column and field path.
 */
public final class PortfolioReader {
    /** Strict reading with source locations; the stress-library file is read the same way ({@link StressLibraryFile}). */
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // "12" for a number hides a quoting mistake (FiniteNumbers also refuses "NaN" and 1e400).
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .addModule(new SimpleModule("portfolio-file")
                    .setDeserializerModifier(new SourceLocations.Recorder())
                    .addDeserializer(Double.class, new FiniteNumbers()))
            .build();

    private final Map<String, MarginPolicy> venues;
    private final Clock clock;

    /**
     * @param venues  the venue presets a file may name with {@code "venue"}, by name
     * @param clock   the evaluation time when the file gives none
     */
    public PortfolioReader(Map<String, MarginPolicy> venues, Clock clock) {
        this.venues = Map.copyOf(venues);
        this.clock = clock;
    }

    /** Reads and validates {@code file}. */
    public Portfolio read(Path file) throws PortfolioException {
        String name = file.toString();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(name, in);
        } catch (NoSuchFileException e) {
            throw new PortfolioException(name, 0, 0, "", "no such file");
        } catch (IOException e) {
            throw new PortfolioException(name, 0, 0, "", "cannot read: " + e.getMessage());
        }
    }

    /** Reads and validates a portfolio from {@code in}; {@code name} names it in messages. */
    public Portfolio read(String name, Reader in) throws PortfolioException, IOException {
        SourceLocations locations = new SourceLocations();
        ObjectReader reader = JSON.readerFor(PortfolioFile.class).withAttribute(SourceLocations.ATTRIBUTE, locations);
        PortfolioFile root;
        try (JsonParser parser = locations.track(JSON.createParser(in))) {
            root = reader.readValue(parser);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new PortfolioException(name, at.getLineNr(), at.getColumnNr(), "",
                        "unexpected content after the portfolio object");
            }
        } catch (JacksonException e) {
            throw translate(name, e, locations);
        }
        if (root == null) {
            throw new PortfolioException(name, 1, 1, "", "the file is empty or null; expected a JSON object");
        }
        return new PortfolioMapper(name, locations, venues, clock).map(root);
    }

    /** Jackson's complaint as a {@link PortfolioException} with the file, line, column and field path. */
    static PortfolioException translate(String file, JacksonException e, SourceLocations locations) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : JsonLocation.NA;
        if (e instanceof UnrecognizedPropertyException u) {
            JsonLocation field = locations.ofField(pointer(u.getPath()));
            at = field != JsonLocation.NA ? field : at;
        }
        int line = Math.max(at.getLineNr(), 0);
        int column = Math.max(at.getColumnNr(), 0);
        String path = e instanceof DatabindException d ? path(((JsonMappingException) d).getPath()) : "";
        return new PortfolioException(file, line, column, path, reason(e));
    }

    // Jackson's messages name internal classes; say the same in the file's terms.
    private static String reason(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field \"" + u.getPropertyName() + "\"; expected one of " + names(u.getKnownPropertyIds());
        }
        if (e instanceof InvalidFormatException f) {
            return "\"" + f.getValue() + "\" is not a valid " + typeName(f.getTargetType())
                    + (f.getTargetType() != null && f.getTargetType().isEnum()
                    ? " (one of " + names(List.of(f.getTargetType().getEnumConstants())).toLowerCase() + ")"
                    : "");
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + typeName(m.getTargetType()) + " here (" + firstLine(e.getOriginalMessage()) + ")";
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == Double.class || type == double.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "string";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "JSON object";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "JSON array";
        }
        return type.getSimpleName().toLowerCase();
    }

    private static String names(Collection<?> names) {
        return names.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** {@code /accounts/1/positions/0/size} from Jackson's reference chain. */
    private static JsonPointer pointer(List<JsonMappingException.Reference> chain) {
        JsonPointer pointer = JsonPointer.empty();
        for (JsonMappingException.Reference step : chain) {
            pointer = step.getIndex() >= 0 ? pointer.appendIndex(step.getIndex()) : pointer.appendProperty(step.getFieldName());
        }
        return pointer;
    }

    /** {@code accounts[1].positions[0].size} from Jackson's reference chain. */
    static String path(List<JsonMappingException.Reference> chain) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : chain) {
            if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            } else if (step.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(step.getFieldName());
            }
        }
        return path.toString();
    }
}
