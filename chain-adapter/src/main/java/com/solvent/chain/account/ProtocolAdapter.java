package com.solvent.chain.account;

import com.solvent.chain.rpc.EventLog;
import com.solvent.model.account.Account;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one venue's margin accounts into the core's {@link Account}. Watch-only: it is given
 * addresses, never keys, and only builds read calls.
 *
 * <p>The watcher batches the calls of every account to re-read through Multicall3 and hands each
 * account's outcomes back to {@link #decode}. Implementations are stateless and thread-safe.
 */
public interface ProtocolAdapter {

    /** A short venue name for messages, e.g. {@code "reference"}. */
    String venue();

    /** Contracts whose events can change a watched account (their logs are fetched every block). */
    Set<String> eventSources();

    /**
     * The watched accounts a log may have changed. A log the adapter cannot attribute should
     * return all of {@code watched} (a safe full re-read) rather than none.
     */
    Set<String> accountsTouchedBy(EventLog log, Set<String> watched);

    /** The read calls for one account (lower-case 0x address). */
    List<ContractCall> readCalls(String account);

    /**
     * The account from the outcomes of its {@link #readCalls}, in the same order.
     *
     * @throws IllegalArgumentException (or {@link com.solvent.chain.rpc.AbsurdValueException}) naming the
     *         field when the data is reverted, malformed or absurd
     */
    Account decode(String account, List<CallOutcome> outcomes);

    /**
     * Accounts whose on-chain state depends on the price of {@code asset} and must be re-read when
     * it moves (e.g. a venue whose account view accrues funding at the oracle price). Default: none,
     * because positions and balances change only through the venue's own events.
     */
    default Set<String> accountsRepricedBy(String asset, Map<String, Account> accounts) {
        return Set.of();
    }

    /**
     * The event that opens each account of the venue, when it has one: a venue scan finds every
     * account from its logs. Default: none (the venue's accounts cannot be listed from events).
     */
    default Optional<AccountOpening> accountOpening() {
        return Optional.empty();
    }

    /**
     * The accounts {@code log} opens (lower-case addresses): empty unless it is the
     * {@link #accountOpening()} event of this venue.
     */
    default Set<String> accountsOpenedBy(EventLog log) {
        return Set.of();
    }
}
