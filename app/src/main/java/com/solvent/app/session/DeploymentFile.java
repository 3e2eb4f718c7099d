package com.solvent.app.session;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.solvent.chain.devnet.DevnetInfo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a reference-venue deployment: the JSON {@code solvent devnet --json} prints
 * ({@link DevnetInfo}). Its RPC URLs are ignored (the session uses {@code --rpc}); its chain id,
 * venue, feeds, Multicall3 and accounts are used.
 */
public final class DeploymentFile {
    private static final ObjectMapper JSON = new ObjectMapper()
            // DevnetInfo's JSON also carries derived fields (a seeded account's "filler" flag)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");
    /** Every field the constructor needs: the addresses, the chain, and the lists it copies. */
    private static final List<String> REQUIRED = List.of("chainId", "venue", "multicall3", "priceFeeds", "tokens",
            "markets", "accounts");

    private DeploymentFile() {
    }

    /** Reads {@code file}; fails naming the file, and the line and column or the field at fault. */
    public static DevnetInfo read(Path file) {
        String json;
        try {
            json = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("--deployment " + file + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException("--deployment " + file + ": cannot read: " + e.getMessage());
        }
        DevnetInfo info;
        try {
            // Named first: a field left out would otherwise surface as the record constructor's
            // "map is null", which says neither what nor where.
            JsonNode tree = JSON.readTree(json);
            if (tree == null || !tree.isObject()) {
                throw new IllegalArgumentException("--deployment " + file
                        + ": must be a JSON object, the one `solvent devnet --json` prints");
            }
            List<String> missing = REQUIRED.stream().filter(field -> !tree.hasNonNull(field)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("--deployment " + file + ": missing " + String.join(", ", missing)
                        + " (the file `solvent devnet --json` prints has them all)");
            }
            info = JSON.readValue(json, DevnetInfo.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException("--deployment " + file + (at == null ? "" : " line " + at.getLineNr()
                    + " column " + at.getColumnNr()) + ": " + e.getOriginalMessage());
        }
        require(file, info.chainId() > 0, "chainId must be a positive integer, was " + info.chainId());
        require(file, info.venue() != null && ADDRESS.matcher(info.venue()).matches(),
                "venue must be a 0x-prefixed 20-byte address, was " + info.venue());
        require(file, info.multicall3() != null && ADDRESS.matcher(info.multicall3()).matches(),
                "multicall3 must be a 0x-prefixed 20-byte address, was " + info.multicall3());
        info.priceFeeds().forEach((asset, address) -> require(file, address != null && ADDRESS.matcher(address).matches(),
                "priceFeeds." + asset + " must be a 0x-prefixed 20-byte address, was " + address));
        return info;
    }

    private static void require(Path file, boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException("--deployment " + file + ": " + what);
        }
    }
}
