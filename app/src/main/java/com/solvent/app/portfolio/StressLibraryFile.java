package com.solvent.app.portfolio;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.solvent.model.stress.PriceShock;
import com.solvent.model.stress.StressScenario;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stress library as a file (format in {@code docs/STRESS.md}, example
 * {@code examples/stress-library.json}): named scenarios of price shocks, read by
 * {@code solvent stress --library}, {@code solvent scan --stress --library} and the risk desk's Import,
 * written by the desk's Export.
 *
 * <pre>{@code
 * {"format": "solvent-stress-library/1",
 *  "scenarios": [{"name": "crash-20", "description": "every risky asset -20%",
 *                 "shocks": [{"type": "marketMove", "fraction": -0.2}]}]}
 * }</pre>
 *
 * <p>Shock types: {@code marketMove} (fraction), {@code assetMove} (asset, fraction),
 * {@code volatilitySpike} (factor, downSigmas), {@code depeg} (asset, price USD), {@code oracleFreeze}
 * (asset); fractions signed ({@code -0.2} = -20 %). Read as strictly as a portfolio file: unknown
 * fields, duplicated keys, numbers written as strings, missing fields, an unknown shock type, a value
 * the model refuses and two scenarios of one name are each refused with the file, line, column and
 * field path ({@link PortfolioException}).
 */
public final class StressLibraryFile {
    /** The value of the {@code format} field this version reads and writes. */
    public static final String FORMAT = "solvent-stress-library/1";
    private static final JsonMapper WRITER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private StressLibraryFile() {
    }

    /** The file's top-level object. */
    record Root(String format, List<Scenario> scenarios) {
    }

    /** One named scenario. */
    record Scenario(String name, String description, List<Shock> shocks) {
    }

    /** One price shock; which fields apply depends on {@code type}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Shock(String type, String asset, Double fraction, Double factor, Double downSigmas, Double price) {
    }

    /** Reads {@code file}. */
    public static List<StressScenario> read(Path file) throws PortfolioException {
        String name = file.toString();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(name, in);
        } catch (NoSuchFileException e) {
            throw new PortfolioException(name, 0, 0, "", "no such file");
        } catch (IOException e) {
            throw new PortfolioException(name, 0, 0, "", "cannot read: " + e.getMessage());
        }
    }

    /** Reads a library from {@code in}; {@code name} names it in messages. */
    public static List<StressScenario> read(String name, Reader in) throws PortfolioException, IOException {
        SourceLocations locations = new SourceLocations();
        ObjectReader reader = PortfolioReader.JSON.readerFor(Root.class).withAttribute(SourceLocations.ATTRIBUTE, locations);
        Root root;
        try (JsonParser parser = locations.track(PortfolioReader.JSON.createParser(in))) {
            root = reader.readValue(parser);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new PortfolioException(name, at.getLineNr(), at.getColumnNr(), "",
                        "unexpected content after the library object");
            }
        } catch (JacksonException e) {
            throw PortfolioReader.translate(name, e, locations);
        }
        if (root == null) {
            throw new PortfolioException(name, 1, 1, "", "the file is empty or null; expected a JSON object");
        }
        JsonLocation top = locations.of(root);
        if (!FORMAT.equals(root.format())) {
            throw new PortfolioException(name, top.getLineNr(), top.getColumnNr(), "format", "must be \"" + FORMAT
                    + "\", was " + (root.format() == null ? "missing" : "\"" + root.format() + "\""));
        }
        if (root.scenarios() == null) {
            throw new PortfolioException(name, top.getLineNr(), top.getColumnNr(), "scenarios",
                    "is required: a list of scenarios (it may be empty)");
        }
        List<StressScenario> scenarios = new ArrayList<>(root.scenarios().size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < root.scenarios().size(); i++) {
            Scenario s = root.scenarios().get(i);
            String path = "scenarios[" + i + "]";
            JsonLocation at = locations.of(s);
            if (s == null) {
                throw new PortfolioException(name, 0, 0, path, "empty entry; expected a scenario object");
            }
            if (s.name() == null || s.name().isBlank()) {
                throw new PortfolioException(name, at.getLineNr(), at.getColumnNr(), path + ".name", "is required");
            }
            Integer before = seen.putIfAbsent(s.name(), i);
            if (before != null) {
                throw new PortfolioException(name, at.getLineNr(), at.getColumnNr(), path + ".name",
                        "\"" + s.name() + "\" is already the name of scenarios[" + before + "]; names must be unique");
            }
            List<Shock> listed = s.shocks() == null ? List.of() : s.shocks();
            List<PriceShock> shocks = new ArrayList<>(listed.size());
            for (int j = 0; j < listed.size(); j++) {
                shocks.add(shock(name, listed.get(j), path + ".shocks[" + j + "]", locations));
            }
            try {
                scenarios.add(new StressScenario(s.name(), s.description() == null ? "" : s.description(), shocks));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new PortfolioException(name, at.getLineNr(), at.getColumnNr(), path, e.getMessage());
            }
        }
        return List.copyOf(scenarios);
    }

    private static PriceShock shock(String file, Shock s, String path, SourceLocations locations) throws PortfolioException {
        JsonLocation at = locations.of(s);
        if (s == null) {
            throw new PortfolioException(file, 0, 0, path, "empty entry; expected a shock object");
        }
        if (s.type() == null) {
            throw new PortfolioException(file, at.getLineNr(), at.getColumnNr(), path + ".type",
                    "is required: marketMove, assetMove, volatilitySpike, depeg or oracleFreeze");
        }
        try {
            return switch (s.type()) {
                case "marketMove" -> new PriceShock.MarketMove(required(s.fraction(), "fraction"));
                case "assetMove" -> new PriceShock.AssetMove(requiredText(s.asset(), "asset"), required(s.fraction(), "fraction"));
                case "volatilitySpike" -> new PriceShock.VolatilitySpike(required(s.factor(), "factor"),
                        required(s.downSigmas(), "downSigmas"));
                case "depeg" -> new PriceShock.Depeg(requiredText(s.asset(), "asset"), required(s.price(), "price"));
                case "oracleFreeze" -> new PriceShock.OracleFreeze(requiredText(s.asset(), "asset"));
                default -> throw new IllegalArgumentException("type: expected marketMove, assetMove, volatilitySpike, "
                        + "depeg or oracleFreeze, found \"" + s.type() + "\"");
            };
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PortfolioException(file, at.getLineNr(), at.getColumnNr(), path, e.getMessage());
        }
    }

    private static double required(Double value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required for this type");
        }
        return value;
    }

    private static String requiredText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required for this type");
        }
        return value;
    }

    /** The library as the file's text. */
    public static String toJson(List<StressScenario> scenarios) {
        List<Scenario> out = scenarios.stream().map(s -> new Scenario(s.name(), s.description(),
                s.shocks().stream().map(StressLibraryFile::shock).toList())).toList();
        try {
            return WRITER.writeValueAsString(new Root(FORMAT, out)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Shock shock(PriceShock shock) {
        return switch (shock) {
            case PriceShock.MarketMove m -> new Shock("marketMove", null, m.fraction(), null, null, null);
            case PriceShock.AssetMove a -> new Shock("assetMove", a.asset(), a.fraction(), null, null, null);
            case PriceShock.VolatilitySpike v -> new Shock("volatilitySpike", null, null, v.factor(), v.downSigmas(), null);
            case PriceShock.Depeg d -> new Shock("depeg", d.asset(), null, null, null, d.price());
            case PriceShock.OracleFreeze f -> new Shock("oracleFreeze", f.asset(), null, null, null, null);
        };
    }

    /** Reads a library from text (tests, the desk's import of a dropped file); {@code name} names it in messages. */
    public static List<StressScenario> fromJson(String name, String json) throws PortfolioException {
        try {
            return read(name, new StringReader(json));
        } catch (IOException e) {
            throw new PortfolioException(name, 0, 0, "", "cannot read: " + e.getMessage());
        }
    }
}
