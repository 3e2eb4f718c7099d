package com.solvent.chain.venue;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.web3j.crypto.Keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Real venue deployments, loaded from {@code com/solvent/chain/venues.json} (Aave v3's markets,
 * read from the Aave address book, npm {@code @bgd-labs/aave-address-book}). Every address must be
 * in EIP-55 checksum form, which catches a mistyped character; bad input fails naming the entry,
 * the field and the line and column.
 *
 * @param deployments all deployments, in file order
 */
public record VenueRegistry(List<VenueDeployment> deployments) {
    public static final String RESOURCE = "/com/solvent/chain/venues.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION);
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

    public VenueRegistry {
        deployments = List.copyOf(deployments);
    }

    /** The registry bundled with the workstation. */
    public static VenueRegistry bundled() {
        try (InputStream in = VenueRegistry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Parses registry JSON; {@code file} names it in error messages. */
    public static VenueRegistry parse(String json, String file) {
        JsonNode root;
        try (JsonParser parser = JSON.createParser(json)) {
            root = JSON.readTree(parser);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException(file + (at == null ? "" : " line " + at.getLineNr() + " column "
                    + at.getColumnNr()) + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (root == null || !root.path("venues").isArray()) {
            throw new IllegalArgumentException(file + ": expected an object with a \"venues\" array");
        }
        // Jackson's tree has no locations: find each entry's line by re-reading with a parser.
        List<JsonLocation> locations = entryLocations(json);
        List<VenueDeployment> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode venues = root.get("venues");
        for (int i = 0; i < venues.size(); i++) {
            JsonNode v = venues.get(i);
            JsonLocation at = i < locations.size() ? locations.get(i) : null;
            String where = file + " venues[" + i + "]" + (at == null ? "" : " (line " + at.getLineNr() + " column "
                    + at.getColumnNr() + ")");
            String id = text(v, "id", where);
            if (!ids.add(id)) {
                throw new IllegalArgumentException(where + ": duplicated id " + id);
            }
            JsonNode chainId = v.get("chainId");
            if (chainId == null || !chainId.canConvertToLong() || chainId.asLong() <= 0) {
                throw new IllegalArgumentException(where + ": chainId must be a positive integer, was " + chainId);
            }
            out.add(new VenueDeployment(id, text(v, "protocol", where), text(v, "market", where), text(v, "chain", where),
                    chainId.asLong(), address(v, "poolAddressesProvider", where), address(v, "pool", where),
                    address(v, "poolDataProvider", where), address(v, "oracle", where), text(v, "source", where)));
        }
        return new VenueRegistry(out);
    }

    public Optional<VenueDeployment> byId(String id) {
        return deployments.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** Deployments of {@code protocol} on the chain with {@code chainId}. */
    public List<VenueDeployment> on(long chainId, String protocol) {
        return deployments.stream().filter(d -> d.chainId() == chainId && d.protocol().equals(protocol)).toList();
    }

    private static String text(JsonNode v, String field, String where) {
        JsonNode node = v.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": " + field + " is required (a non-blank string)");
        }
        return node.asText();
    }

    private static String address(JsonNode v, String field, String where) {
        String value = text(v, field, where);
        if (!ADDRESS.matcher(value).matches()) {
            throw new IllegalArgumentException(where + ": " + field + " must be 0x and 40 hex digits, was " + value);
        }
        if (!Keys.toChecksumAddress(value).equals(value)) {
            throw new IllegalArgumentException(where + ": " + field + " " + value + " fails its EIP-55 checksum (expected "
                    + Keys.toChecksumAddress(value) + "): a character was mistyped, or the address is not checksummed");
        }
        return value;
    }

    private static List<JsonLocation> entryLocations(String json) {
        List<JsonLocation> out = new ArrayList<>();
        try (JsonParser p = JSON.createParser(json)) {
            int depth = 0;
            boolean inVenues = false;
            for (var token = p.nextToken(); token != null; token = p.nextToken()) {
                switch (token) {
                    case FIELD_NAME -> {
                        if (depth == 1 && "venues".equals(p.currentName())) {
                            inVenues = true;
                        }
                    }
                    case START_OBJECT, START_ARRAY -> {
                        if (inVenues && depth == 2 && token == JsonToken.START_OBJECT) {
                            out.add(p.currentTokenLocation());
                        }
                        depth++;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        depth--;
                        if (depth == 1) {
                            inVenues = false;
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }
}
