package com.solvent.chain.rpc;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The node cannot serve state at a past block: a full (pruning) node keeps only the recent state,
 * about the last 128 blocks on geth, and answers older eth_calls with an error. The message names
 * the block, the redacted endpoint and the node's own words, and says that an archive RPC is needed.
 *
 * <p>Recognised wordings: geth and its forks (-32000) "missing trie node &lt;hash&gt; (path )", "header
 * not found", "historical state ... is not available", "required historical state unavailable";
 * Nethermind "No state available for block 0x..."; Erigon and reth "state at block #N is pruned",
 * "history ... pruned"; OpenEthereum "This request is not supported because your node is running
 * with state pruning"; Infura (-32002) "project ID does not have access to archive state" and
 * "project ID is required to access archive state"; Sonic "state does not maintain archive data"; anvil
 * started with {@code --prune-history} (-32602) "BlockOutOfRangeError: block height is 72 but requested was 62".
 *
 * @see #matches(String)
 */
public final class HistoryUnavailableException extends RpcErrorException {
    private static final long serialVersionUID = 1L;
    private static final Pattern PRUNED = Pattern.compile(
            "missing trie node|header not found|historical state .*(not available|unavailable)"
                    + "|required historical state unavailable|no state available for block|state at block .*pruned"
                    + "|(state|history|block).{0,40}\\bpruned\\b|\\bpruned\\b.{0,40}(state|history|block)"
                    + "|running with state pruning|access to archive state|archive state|archive data"
                    + "|state (is )?not available|blockoutofrangeerror");
    private final long block;

    /**
     * @param block       the block whose state was asked for
     * @param url         the endpoint (only its redacted form is used)
     * @param nodeMessage the node's error message
     * @param code        the JSON-RPC error code
     */
    public HistoryUnavailableException(long block, RedactedUrl url, String nodeMessage, int code) {
        super("block " + block + " is not available from " + url + ": the node has no state for it (\""
                + url.scrub(nodeMessage) + "\"); reading past blocks needs an archive RPC (a node that keeps "
                + "every block's state, e.g. geth --gcmode archive, or a provider's archive endpoint)", code);
        this.block = block;
    }

    /** The block whose state the node does not have. */
    public long block() {
        return block;
    }

    /** True when a node's error {@code message} says the state of a past block is gone (pruned). */
    public static boolean matches(String message) {
        return message != null && PRUNED.matcher(message.toLowerCase(Locale.ROOT)).find();
    }
}
