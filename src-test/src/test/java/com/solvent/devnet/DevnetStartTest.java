package com.solvent.devnet;

import com.solvent.chain.contracts.VenueAccountView;
import com.solvent.chain.devnet.Devnet;
import com.solvent.chain.devnet.DevnetConfig;
import com.solvent.chain.devnet.DevnetContracts;
import com.solvent.chain.devnet.DevnetInfo;
import com.solvent.chain.devnet.SeededAccount;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;

import static org.assertj.core.api.Assertions.assertThat;

/** A devnet starts from the build-installed anvil, deploys the venue and seeds the story accounts. */
class DevnetStartTest {

    @Test
    void startsDeploysAndSeedsTheStoryAccountsThenStopsAnvil() {
        long pid;
        try (Devnet devnet = Devnet.start(DevnetConfig.defaults().withKeepers(false).withFillerAccounts(100))) {
            pid = devnet.anvilPid();
            DevnetInfo info = devnet.info();
            System.out.printf("devnet start (anvil, deploy, %d accounts): %d ms%n",
                    info.accounts().size(), devnet.startupTime().toMillis());

            assertThat(info.chainId()).isEqualTo(31337);
            assertThat(info.accounts()).hasSize(105);
            assertThat(devnet.venue().accountCount()).isEqualTo(105);
            assertThat(devnet.rpc().code(DevnetContracts.MULTICALL3_ADDRESS)).hasSizeGreaterThan(100);
            assertThat(info.toJson()).contains("\"venue\"", info.venue(), SeededAccount.DOOMED);

            VenueAccountView doomed = devnet.venue().accountView(info.requireAccount(SeededAccount.DOOMED).address());
            assertThat(marginRatio(doomed)).isCloseTo(new BigDecimal("0.95"), org.assertj.core.data.Offset.offset(new BigDecimal("1e-6")));
            VenueAccountView near = devnet.venue().accountView(info.requireAccount(SeededAccount.NEAR_LIQUIDATION).address());
            assertThat(marginRatio(near)).isCloseTo(new BigDecimal("0.8"), org.assertj.core.data.Offset.offset(new BigDecimal("1e-6")));
            VenueAccountView whale = devnet.venue().accountView(info.requireAccount(SeededAccount.WHALE).address());
            assertThat(whale.positions()).hasSize(info.markets().size()); // one in every market
            VenueAccountView isolated = devnet.venue().accountView(info.requireAccount(SeededAccount.ISOLATED_BESIDE_CROSS).address());
            assertThat(isolated.positions()).anyMatch(p -> p.isolated()).anyMatch(p -> !p.isolated());
        }
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    private static BigDecimal marginRatio(VenueAccountView view) {
        return new BigDecimal(view.crossMaintenanceMargin()).divide(new BigDecimal(view.crossEquity()), MathContext.DECIMAL64);
    }
}
