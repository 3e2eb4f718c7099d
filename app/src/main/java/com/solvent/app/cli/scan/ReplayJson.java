package com.solvent.app.cli.scan;

import com.solvent.chain.scan.BookFigures;
import com.solvent.chain.scan.ReplayResult;

import java.util.List;

/**
 * The {@code solvent replay --json} document ({@value #SCHEMA}), also written as {@code replay.json}:
 * the figures of the account (or of every account the venue had by then) at each replayed block,
 * with the book's totals, and whether the replay reached its last block ({@code status}
 * {@code COMPLETE}, {@code CANCELLED} or {@code HISTORY_UNAVAILABLE}; then {@code stopReason} names
 * the block the node could not serve). USD in fields named {@code ...Usd}.
 */
public record ReplayJson(String schema, String source, String rpc, long chainId, String venue, String account, long from,
                  long to, int every, String policy, String status, String stopReason, List<Block> blocks) {
    static final String SCHEMA = "solvent.replay/1";

    static ReplayJson of(VenueConnection venue, ReplayResult result) {
        return of(venue.source(), venue.url().toString(), venue.deployment().chainId(), venue.deployment().venue(),
                venue.policy().name(), result);
    }

    /**
     * The document of {@code result} (the risk desk's replay export writes the same one).
     *
     * @param source  the venue, chain and endpoint in one line
     * @param rpc     the endpoint, redacted
     * @param venue   the venue contract's address
     * @param policy  the name of the policy the accounts were evaluated with
     */
    public static ReplayJson of(String source, String rpc, long chainId, String venue, String policy,
                                ReplayResult result) {
        return new ReplayJson(SCHEMA, source, rpc, chainId, venue, result.request().account().orElse("all"),
                result.request().from(), result.request().to(), result.request().every(), policy,
                result.status().name(), result.stopReason(), result.points().stream().map(Block::of).toList());
    }

    /** One replayed block: its totals and every account's figures, worst first. */
    public record Block(long block, String blockTime, ScanJson.Totals totals, List<FiguresRow> accounts,
                 List<ScanJson.Failure> failures) {
        static Block of(BookFigures book) {
            return new Block(book.block(), book.blockTime().toString(), ScanJson.Totals.of(book.totals()),
                    FiguresRow.of(book), ScanJson.Failure.of(book));
        }
    }
}
