package com.solvent.chain.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A reference contract as the build compiled it (solc-js, see {@code chain-adapter/src/build}):
 * its ABI, creation bytecode and runtime bytecode, read from the module's resources.
 *
 * @param name              contract name, e.g. {@code "SolventVenue"}
 * @param abi               the ABI as JSON
 * @param bytecode          creation bytecode, {@code 0x}-prefixed hex
 * @param deployedBytecode  runtime bytecode, {@code 0x}-prefixed hex
 */
public record ContractArtifact(String name, JsonNode abi, String bytecode, String deployedBytecode) {
    private static final String RESOURCE_DIR = "/com/solvent/chain/contracts/";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static final String VENUE = "SolventVenue";
    public static final String TOKEN = "TestToken";
    public static final String AGGREGATOR = "DevnetAggregator";
    public static final String MULTICALL3 = "Multicall3";

    /** Loads a compiled contract; fails with a hint when the build has not compiled the contracts. */
    public static ContractArtifact load(String name) {
        String path = RESOURCE_DIR + name + ".json";
        try (InputStream in = ContractArtifact.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("compiled contract " + path + " is missing from the classpath: "
                        + "the Maven build compiles chain-adapter/src/main/solidity with solc-js (phase generate-resources); "
                        + "run `mvn -pl chain-adapter -am verify` first");
            }
            JsonNode root = JSON.readTree(in);
            return new ContractArtifact(name, root.required("abi"), root.required("bytecode").asText(),
                    root.required("deployedBytecode").asText());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read compiled contract " + path, e);
        }
    }
}
