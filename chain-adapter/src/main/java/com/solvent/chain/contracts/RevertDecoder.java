package com.solvent.chain.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Type;
import org.web3j.crypto.Hash;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns revert data into the contract's custom error with its arguments, using the errors that
 * the compiled ABIs declare (plus Solidity's {@code Error(string)} and {@code Panic(uint256)}).
 */
public final class RevertDecoder {
    private record ErrorSignature(String name, List<String> types) {
    }

    private final Map<String, ErrorSignature> bySelector = new HashMap<>();

    public RevertDecoder(List<ContractArtifact> artifacts) {
        bySelector.put("0x08c379a0", new ErrorSignature("Error", List.of("string")));
        bySelector.put("0x4e487b71", new ErrorSignature("Panic", List.of("uint256")));
        for (ContractArtifact artifact : artifacts) {
            for (JsonNode entry : artifact.abi()) {
                if (!"error".equals(entry.path("type").asText())) {
                    continue;
                }
                List<String> types = new ArrayList<>();
                entry.path("inputs").forEach(input -> types.add(input.path("type").asText()));
                String signature = entry.path("name").asText() + "(" + String.join(",", types) + ")";
                bySelector.put(Hash.sha3String(signature).substring(0, 10), new ErrorSignature(entry.path("name").asText(), types));
            }
        }
    }

    /** Decodes {@code revertData} (hex); an unknown selector yields a {@code "Unknown(0x...)"} name. */
    public ContractRevertException decode(String revertData, String context) {
        String data = revertData == null ? "0x" : revertData;
        if (data.length() < 10) {
            return new ContractRevertException("EmptyRevert", List.of(), data, context);
        }
        ErrorSignature signature = bySelector.get(data.substring(0, 10).toLowerCase());
        if (signature == null) {
            return new ContractRevertException("Unknown(" + data.substring(0, 10) + ")", List.of(), data, context);
        }
        List<TypeReference<Type>> references = new ArrayList<>();
        for (String type : signature.types()) {
            references.add(reference(type));
        }
        List<Object> values = new ArrayList<>();
        for (Type<?> value : FunctionReturnDecoder.decode("0x" + data.substring(10), references)) {
            values.add(value.getValue());
        }
        return new ContractRevertException(signature.name(), values, data, context);
    }

    @SuppressWarnings("unchecked")
    private static TypeReference<Type> reference(String solidityType) {
        try {
            return TypeReference.makeTypeReference(solidityType);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("unsupported error argument type " + solidityType, e);
        }
    }
}
