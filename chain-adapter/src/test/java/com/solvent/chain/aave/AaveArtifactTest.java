package com.solvent.chain.aave;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Library linking of Aave's published Pool bytecode. Independent check of the offsets: solc marks
 * each library use with {@code __$} + the first 17 bytes of keccak256("source.sol:Library") +
 * {@code $__} (Solidity docs, "Library Linking"), so every offset the link references name must
 * hold exactly that library's placeholder before linking, and its address after.
 */
class AaveArtifactTest {
    private static final List<String> POOL_LIBRARIES = List.of("BorrowLogic", "BridgeLogic", "EModeLogic",
            "FlashLoanLogic", "LiquidationLogic", "PoolLogic", "SupplyLogic");

    @Test
    void everyLinkReferenceOfThePoolPointsAtItsLibrarysPlaceholderAndReceivesItsAddress() {
        AaveArtifact pool = AaveArtifact.load("Pool");
        Map<String, String> addresses = new HashMap<>();
        for (int i = 0; i < POOL_LIBRARIES.size(); i++) {
            addresses.put(POOL_LIBRARIES.get(i), String.format("0x%040x", 0xA000 + i));
        }
        String raw = pool.bytecode().substring(2);
        String linked = pool.linkedBytecode(addresses).substring(2);
        assertThat(linked).hasSameSizeAs(raw).doesNotContain("__$");

        int references = 0;
        for (Iterator<Map.Entry<String, JsonNode>> sources = pool.linkReferences().fields(); sources.hasNext(); ) {
            Map.Entry<String, JsonNode> source = sources.next();
            for (Iterator<Map.Entry<String, JsonNode>> libs = source.getValue().fields(); libs.hasNext(); ) {
                Map.Entry<String, JsonNode> lib = libs.next();
                String placeholder = "__$" + Hash.sha3String(source.getKey() + ":" + lib.getKey()).substring(2, 36) + "$__";
                for (JsonNode ref : lib.getValue()) {
                    int start = ref.get("start").asInt() * 2;
                    assertThat(raw.substring(start, start + 40)).isEqualTo(placeholder);
                    assertThat("0x" + linked.substring(start, start + 40)).isEqualTo(addresses.get(lib.getKey()));
                    references++;
                }
            }
        }
        assertThat(references).isEqualTo(23); // 6 BorrowLogic, 2 Bridge, 1 EMode, 2 FlashLoan, 1 Liquidation, 6 Pool, 5 Supply
    }

    @Test
    void aMissingLibraryAddressIsNamed() {
        assertThatThrownBy(() -> AaveArtifact.load("FlashLoanLogic").linkedBytecode(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FlashLoanLogic links library BorrowLogic");
    }
}
