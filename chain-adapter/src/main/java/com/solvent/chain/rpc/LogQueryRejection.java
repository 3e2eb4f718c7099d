package com.solvent.chain.rpc;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An eth_getLogs request the node refused because of its size, recognised from the wording real
 * providers use, so the caller can ask again for fewer blocks instead of failing. Two kinds:
 * <ul>
 *   <li>{@link Kind#RANGE}: the block span itself is over the provider's cap, whatever it holds.
 *       Alchemy: "You can make eth_getLogs requests with up to a 500 block range. Based on your
 *       parameters, this block range should work: [0x.., 0x..]"; Infura: "range 1000000 exceeds
 *       limit of 10000"; QuickNode (-32614): "eth_getLogs is limited to a 10,000 range"; BSC:
 *       "exceed maximum block range: 5000"; geth forks: "block range is bigger than maxBlockRange",
 *       "query exceeds max block range"; Ankr: "block range is too wide". A smaller span works
 *       everywhere, so the span that failed becomes a ceiling for the rest of the scan.</li>
 *   <li>{@link Kind#RESULTS}: the span holds too many logs (or took too long). Infura and geth
 *       (-32005): "query returned more than 10000 results", "query timeout exceeded"; Alchemy: "Log
 *       response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no
 *       limit on the response size, or ... a cap of 10K logs ... this block range should work: [..]";
 *       and this client's own {@link RpcLimits#maxLogsPerQuery()} ({@link TooManyLogsException}).
 *       Only the dense span is shrunk; sparse spans later may be wide again.</li>
 * </ul>
 * Rate limits ("429", "too many requests") are not size errors and are not matched.
 *
 * @param kind          which cap was hit
 * @param suggestedTo   the last block of the range the provider suggested (Alchemy, some Infura answers), if any
 * @param reason        the node's message (already scrubbed of the URL's secrets by the RPC layer)
 */
public record LogQueryRejection(Kind kind, OptionalLong suggestedTo, String reason) {
    /** Which cap the request hit. */
    public enum Kind {
        /** The block span is over the provider's maximum. */
        RANGE,
        /** The span holds more logs than one answer may carry, or took too long. */
        RESULTS
    }

    private static final Pattern SUGGESTED = Pattern.compile("\\[\\s*(0x[0-9a-fA-F]+)\\s*,\\s*(0x[0-9a-fA-F]+)\\s*]");
    private static final Pattern RESULTS = Pattern.compile(
            "query returned more than|log response size exceeded|response size (is )?(too large|exceeded)"
                    + "|query timeout exceeded|more than \\d[\\d,]* (results|logs)|too many (results|logs)"
                    + "|exceeds max results");
    private static final Pattern RANGE = Pattern.compile(
            "block range (is )?(too large|too wide|is bigger|bigger than|limit|exceed|is limited|should work)"
                    + "|up to a \\d[\\d,]*k? block range|range \\d[\\d,]* exceeds limit"
                    + "|limited to a \\d[\\d,]*k? (blocks? )?range|exceeds? (the )?max(imum)? (block )?range"
                    + "|max(imum)? block range|range (is )?too (large|wide)|range limit exceeded");
    private static final Pattern RATE = Pattern.compile("429|too many requests|rate limit");

    /** The rejection {@code e} stands for, empty when it is any other failure. */
    public static Optional<LogQueryRejection> of(IOException e) {
        if (e instanceof TooManyLogsException) {
            return Optional.of(new LogQueryRejection(Kind.RESULTS, OptionalLong.empty(), e.getMessage()));
        }
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 8192; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return classify(text.toString());
    }

    /** The rejection a node's error {@code message} stands for, empty when it is not a size error. */
    public static Optional<LogQueryRejection> classify(String message) {
        if (message == null) {
            return Optional.empty();
        }
        String lower = message.toLowerCase(Locale.ROOT);
        if (RATE.matcher(lower).find()) {
            return Optional.empty();
        }
        Kind kind;
        if (RESULTS.matcher(lower).find()) {
            kind = Kind.RESULTS;
        } else if (RANGE.matcher(lower).find()) {
            kind = Kind.RANGE;
        } else {
            return Optional.empty();
        }
        return Optional.of(new LogQueryRejection(kind, suggestedTo(message), message.strip()));
    }

    private static OptionalLong suggestedTo(String message) {
        Matcher m = SUGGESTED.matcher(message);
        if (!m.find()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.decode(m.group(2)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
