package com.solvent.chain.venue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VenueRegistryTest {
    @Test
    void bundledRegistryListsAaveV3OnTheMainChainsWithSources() {
        VenueRegistry registry = VenueRegistry.bundled();
        assertThat(registry.deployments()).extracting(VenueDeployment::chainId)
                .contains(1L, 10L, 137L, 8453L, 42161L, 43114L);
        assertThat(registry.deployments()).allSatisfy(d -> {
            assertThat(d.protocol()).isEqualTo("aave-v3");
            assertThat(d.source()).contains("@bgd-labs/aave-address-book@").contains(d.market());
        });
    }

    @Test
    void ethereumMarketIsTheOneAavePublishes() {
        // Independent of the address book file it was read from: Aave's docs list the Ethereum core
        // market's PoolAddressesProvider and Pool (https://aave.com/docs/resources/addresses).
        VenueDeployment ethereum = VenueRegistry.bundled().on(1, "aave-v3").getFirst();
        assertThat(ethereum.poolAddressesProvider()).isEqualTo("0x2f39d218133AFaB8F2B819B1066c7E434Ad94E9e");
        assertThat(ethereum.pool()).isEqualTo("0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2");
    }

    @Test
    void aMistypedAddressFailsItsChecksumNamingEntryFieldAndLine() {
        String json = """
                {"venues": [
                  {"id": "a", "protocol": "aave-v3", "market": "M", "chain": "Ethereum", "chainId": 1,
                   "poolAddressesProvider": "0x2f39d218133AFaB8F2B819B1066c7E434Ad94E9f",
                   "pool": "0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2",
                   "poolDataProvider": "0x0a16f2FCC0D44FaE41cc54e079281D84A363bECD",
                   "oracle": "0x54586bE62E3c3580375aE3723C145253060Ca0C2", "source": "test"}
                ]}
                """;
        assertThatThrownBy(() -> VenueRegistry.parse(json, "venues.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("venues.json venues[0] (line 2 column 3)")
                .hasMessageContaining("poolAddressesProvider").hasMessageContaining("EIP-55");
    }

    @Test
    void aMissingFieldAndBrokenJsonAreNamed() {
        assertThatThrownBy(() -> VenueRegistry.parse("{\"venues\": [{\"id\": \"x\", \"chainId\": 1}]}", "v.json"))
                .hasMessageContaining("v.json venues[0]").hasMessageContaining("protocol is required");
        assertThatThrownBy(() -> VenueRegistry.parse("{\"venues\": [\n{\"id\": }]}", "v.json"))
                .hasMessageContaining("v.json line 2").hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> VenueRegistry.parse("""
                {"venues": [{"id": "a", "protocol": "aave-v3", "market": "M", "chain": "C", "chainId": 0}]}""", "v.json"))
                .hasMessageContaining("chainId must be a positive integer");
    }
}
