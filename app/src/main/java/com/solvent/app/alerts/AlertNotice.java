package com.solvent.app.alerts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The one desktop notification for alerts raised together (in one block, or in the burst of
 * blocks read at start): the worst alert in full and how many more there are. Every alert is
 * still in the alert log; this only decides what pops up, so a start with six accounts over
 * their thresholds shows one notification instead of six covering the window.
 *
 * @param title  the notification's title
 * @param text   its text
 */
public record AlertNotice(String title, String text) {
    /** Others named in the text, at most; the rest are counted. */
    static final int NAMED = 3;

    public AlertNotice {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }

    /**
     * One alert raised, with the margin ratio of its account when it was raised (to rank alerts
     * of the same kind: the higher ratio is the worse account).
     */
    record Raised(Alert alert, double marginRatio) {
        /** Worst first: a liquidation, then a margin ratio alert, then a liquidation distance alert; then the higher ratio. */
        static final Comparator<Raised> WORST_FIRST = Comparator.<Raised>comparingInt(r -> rank(r.alert().kind()))
                .thenComparing(Comparator.comparingDouble((Raised r) -> Double.isNaN(r.marginRatio())
                        ? Double.NEGATIVE_INFINITY : r.marginRatio()).reversed());

        private static int rank(Alert.Kind kind) {
            return switch (kind) {
                case LIQUIDATED -> 0;
                case MARGIN_RATIO -> 1;
                case LIQUIDATION_DISTANCE -> 2;
            };
        }
    }

    /** The notice for {@code raised} (not empty): the worst alert's own title and message, then "and N more". */
    static AlertNotice of(List<Raised> raised) {
        if (raised.isEmpty()) {
            throw new IllegalArgumentException("no alerts to notify");
        }
        List<Raised> sorted = new ArrayList<>(raised);
        sorted.sort(Raised.WORST_FIRST);
        Alert worst = sorted.getFirst().alert();
        if (sorted.size() == 1) {
            return new AlertNotice(worst.kind().title(), worst.message());
        }
        int more = sorted.size() - 1;
        List<String> others = sorted.stream().skip(1).map(r -> r.alert().account()).distinct()
                .filter(name -> !name.equals(worst.account())).toList();
        StringBuilder text = new StringBuilder(worst.message()).append("\nand ").append(more).append(" more");
        if (!others.isEmpty()) {
            text.append(": ").append(String.join(", ", others.subList(0, Math.min(NAMED, others.size()))));
            if (others.size() > NAMED) {
                text.append(", …");
            }
        }
        text.append("\nAll of them are in the alert log.");
        return new AlertNotice(sorted.size() + " alerts — " + worst.kind().title(), text.toString());
    }
}
