package com.solvent.app.venue;

import com.solvent.model.risk.HealthState;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The packed-key sort against the comparator it stands for. */
class WorstFirstTest {
    @RepeatedTest(20)
    void theOrderIsExactlyTheComparators(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<VenueRow> rows = new ArrayList<>();
        int n = 1 + random.nextInt(3_000);
        for (int i = 0; i < n; i++) {
            String id = String.format("0x%040x", random.nextInt(n * 2));
            if (random.nextInt(40) == 0) {
                rows.add(VenueRow.failed(id, "", "no price for SOL", ModeMix.CROSS, List.of("SOL")));
                continue;
            }
            HealthState health = HealthState.values()[random.nextInt(4)];
            // few distinct ratios and notionals, and ratios a hair apart, so that ties reach every level
            double ratio = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(5) * 0.25;
                case 1 -> 1.0 + Math.ulp(1.0) * random.nextInt(3);
                case 2 -> 1_000.0;
                default -> random.nextDouble() * 2;
            };
            double notional = random.nextInt(3) * 1_000.0;
            rows.add(new VenueRow(id, "", health, random.nextBoolean(), "", 1, 1, ratio, 0, notional, ModeMix.CROSS,
                    List.of(), false));
        }
        List<VenueRow> expected = new ArrayList<>(rows);
        expected.sort(VenueRow.WORST_FIRST);

        assertThat(WorstFirst.sort(rows)).containsExactlyElementsOf(expected);
    }

    @Test
    void noRowsSortToNoRows() {
        assertThat(WorstFirst.sort(List.of())).isEmpty();
    }
}
