package com.solvent.chain.aave;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * One of Aave's published compiled contracts ({@code @aave/core-v3} on npm), as the build copied
 * it into resources: ABI, creation bytecode and the offsets where linked libraries' addresses go.
 *
 * @param name            contract name, e.g. {@code "Pool"}
 * @param abi             the ABI as JSON
 * @param bytecode        creation bytecode, {@code 0x}-prefixed, with {@code __$…$__} placeholders for libraries
 * @param linkReferences  Hardhat's link references: source → library → [{start, length}] byte offsets
 * @param origin          the npm package and version it came from
 */
public record AaveArtifact(String name, JsonNode abi, String bytecode, JsonNode linkReferences, String origin) {
    private static final String RESOURCE_DIR = "/com/solvent/chain/aave/artifacts/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Loads an artifact; fails with a hint when the build has not copied them. */
    public static AaveArtifact load(String name) {
        String path = RESOURCE_DIR + name + ".json";
        try (InputStream in = AaveArtifact.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Aave artifact " + path + " is missing from the classpath: the Maven build "
                        + "copies it from npm @aave/core-v3 (chain-adapter/src/build/copy-aave-artifacts.mjs, phase "
                        + "generate-resources); run `mvn -pl chain-adapter -am verify` first");
            }
            JsonNode root = JSON.readTree(in);
            return new AaveArtifact(name, root.required("abi"), root.required("bytecode").asText(),
                    root.required("linkReferences"), root.path("package").asText("@aave/core-v3"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Aave artifact " + path, e);
        }
    }

    /**
     * The creation bytecode with every library placeholder replaced by its deployed address
     * (20 bytes at each offset the link references name). Fails naming a library without address.
     */
    public String linkedBytecode(Map<String, String> libraryAddresses) {
        StringBuilder hex = new StringBuilder(bytecode.startsWith("0x") ? bytecode.substring(2) : bytecode);
        for (Iterator<Map.Entry<String, JsonNode>> sources = linkReferences.fields(); sources.hasNext(); ) {
            for (Iterator<Map.Entry<String, JsonNode>> libs = sources.next().getValue().fields(); libs.hasNext(); ) {
                Map.Entry<String, JsonNode> lib = libs.next();
                String address = libraryAddresses.get(lib.getKey());
                if (address == null) {
                    throw new IllegalArgumentException(name + " links library " + lib.getKey() + ", which has no address");
                }
                String raw = address.toLowerCase().replaceFirst("^0x", "");
                for (JsonNode ref : lib.getValue()) {
                    int start = ref.required("start").asInt() * 2;
                    int length = ref.required("length").asInt() * 2;
                    if (length != raw.length()) {
                        throw new IllegalStateException(name + ": link reference of " + lib.getKey() + " is "
                                + length / 2 + " bytes, an address is 20");
                    }
                    hex.replace(start, start + length, raw);
                }
            }
        }
        if (hex.indexOf("__$") >= 0) {
            throw new IllegalStateException(name + ": bytecode still holds a library placeholder after linking");
        }
        return "0x" + hex;
    }
}
