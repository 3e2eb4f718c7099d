package com.solvent.chain.devnet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnvilLocatorTest {
    @Test
    void aConfiguredPathWithoutAnvilFailsWithHowToInstallIt() {
        String before = System.getProperty(AnvilLocator.PROPERTY);
        System.setProperty(AnvilLocator.PROPERTY, "/nonexistent/anvil");
        try {
            assertThatThrownBy(AnvilLocator::locate).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("/nonexistent/anvil").hasMessageContaining("mvn -pl chain-adapter -am verify");
        } finally {
            if (before == null) {
                System.clearProperty(AnvilLocator.PROPERTY);
            } else {
                System.setProperty(AnvilLocator.PROPERTY, before);
            }
        }
    }
}
