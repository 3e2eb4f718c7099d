package com.solvent.chain.devnet;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PricePathTest {
    private static final Map<String, Double> START = Map.of("ETH", 3000.0, "BTC", 96000.0);

    @Test
    void theSameSeedGivesTheSamePathAndAnotherSeedAnother() {
        assertThat(walk(7, PricePath.Spec.demo(), 200)).isEqualTo(walk(7, PricePath.Spec.demo(), 200));
        assertThat(walk(7, PricePath.Spec.demo(), 200)).isNotEqualTo(walk(8, PricePath.Spec.demo(), 200));
    }

    @Test
    void theCrashEpisodeTakesItsDropOnTopOfTheDiffusion() {
        // Without diffusion or jumps the path is flat, then loses exactly crashDrop over the episode.
        PricePath.Spec quiet = new PricePath.Spec(List.of(new PricePath.AssetDynamics("ETH", 0.0, 0.12),
                new PricePath.AssetDynamics("BTC", 0.0, 0.09)), 0.0, 0.0, 0.0, 120, 10);
        List<Map<String, Double>> path = walk(1, quiet, 140);
        assertThat(path.get(119).get("ETH")).isEqualTo(3000.0);
        assertThat(path.get(129).get("ETH")).isCloseTo(3000.0 * 0.88, within(1e-9));
        assertThat(path.get(129).get("BTC")).isCloseTo(96000.0 * 0.91, within(1e-7));
        assertThat(path.get(139).get("ETH")).isEqualTo(path.get(129).get("ETH"));
    }

    @Test
    void stepReturnsHaveTheSpecifiedVolatility() {
        // Sample standard deviation of 20,000 log returns of a jump-free path: sigma within 3%.
        PricePath.Spec spec = new PricePath.Spec(List.of(new PricePath.AssetDynamics("ETH", 0.001, 0.0),
                new PricePath.AssetDynamics("BTC", 0.001, 0.0)), 0.0, 0.0, 0.0, 0, 0);
        List<Map<String, Double>> path = walk(3, spec, 20_001);
        double sum = 0;
        double sumSq = 0;
        for (int i = 1; i < path.size(); i++) {
            double r = Math.log(path.get(i).get("ETH") / path.get(i - 1).get("ETH"));
            sum += r;
            sumSq += r * r;
        }
        int n = path.size() - 1;
        double sd = Math.sqrt((sumSq - sum * sum / n) / (n - 1));
        assertThat(sd).isCloseTo(0.001, within(0.00003));
    }

    private static List<Map<String, Double>> walk(long seed, PricePath.Spec spec, int steps) {
        PricePath path = new PricePath(spec, seed, START);
        List<Map<String, Double>> out = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            out.add(path.next());
        }
        return out;
    }
}
