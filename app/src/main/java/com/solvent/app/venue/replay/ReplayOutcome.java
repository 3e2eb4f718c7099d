package com.solvent.app.venue.replay;

import com.solvent.app.cli.risk.RiskOutput;
import com.solvent.app.cli.scan.FiguresRow;
import com.solvent.app.cli.scan.ReplayJson;
import com.solvent.app.venue.ExportFormat;
import com.solvent.app.venue.ReplaySource;
import com.solvent.chain.scan.ReplayResult;

import java.util.List;
import java.util.Objects;

/**
 * A finished (or stopped) replay with its timeline, and its exports in the shapes
 * {@code solvent replay} writes: {@code --csv} one {@link FiguresRow} per account and block,
 * {@code --json} the {@code solvent.replay/1} document.
 *
 * @param origin  what was replayed
 * @param result  the blocks read and how the replay ended
 * @param points  one timeline point per block read, in order
 */
public record ReplayOutcome(ReplaySource.Origin origin, ReplayResult result, List<ReplayPoint> points) {
    public ReplayOutcome {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(result, "result");
        points = List.copyOf(points);
    }

    static ReplayOutcome of(ReplaySource.Origin origin, ReplayResult result) {
        return new ReplayOutcome(origin, result, result.points().stream().map(ReplayPoint::of).toList());
    }

    /** The export in {@code format}, as {@code solvent replay --csv} / {@code --json} prints it. */
    public String text(ExportFormat format) {
        return switch (format) {
            case CSV -> RiskOutput.csv(FiguresRow.class,
                    result.points().stream().flatMap(p -> FiguresRow.of(p).stream()).toList());
            case JSON -> RiskOutput.json(ReplayJson.of(origin.source(), origin.rpc(), origin.chainId(), origin.venue(),
                    origin.policy(), result)) + "\n";
        };
    }

    /** The file name without extension: {@code replay-0xabc...-20-80} or {@code replay-all-20-80}. */
    String baseName() {
        return "replay-" + result.request().account().orElse("all") + "-" + result.request().from() + "-"
                + result.request().to();
    }
}
