package com.solvent.app.session;

import com.solvent.app.fx.ChainStatus;
import com.solvent.app.fx.EngineRiskService;
import com.solvent.app.fx.MarketState;
import com.solvent.app.portfolio.Portfolio;
import com.solvent.app.portfolio.PortfolioException;
import com.solvent.app.portfolio.PortfolioReader;
import com.solvent.app.portfolio.Venues;
import com.solvent.app.venue.ScanStatus;
import com.solvent.app.venue.VenueBroadcast;
import com.solvent.app.venue.VenueFeed;
import com.solvent.app.venue.VenueState;
import com.solvent.app.watchlist.AccountAddress;
import com.solvent.app.watchlist.WatchedAccount;
import com.solvent.model.account.Account;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.policy.VenuePresets;
import com.solvent.model.price.PriceSet;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * No chain: a portfolio file evaluated once by the engine (status "Offline"). Without a file it is
 * the demo book bundled in the jar, the same {@code examples/demo-portfolio.json} the
 * {@code solvent report} command reads, so the CLI and the workstation show one book.
 *
 * <p>The watchlist keys accounts by address; a portfolio names accounts freely ("treasury-safe").
 * An id that is an address is kept; any other id gets a stable stand-in address (the last 20 bytes of
 * keccak256("solvent.offline." + id)) and is shown as the row's label.
 */
public final class OfflineSession implements Session {
    /** The demo book inside the jar. */
    public static final String DEMO_RESOURCE = "/com/solvent/app/examples/demo-portfolio.json";
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

    private final String description;
    private final MarketState state;
    private final List<WatchedAccount> accounts;
    private final Optional<String> problem;
    private final VenueBroadcast venue;

    private OfflineSession(String description, MarketState state, List<WatchedAccount> accounts, Optional<String> problem) {
        this.description = description;
        this.state = state;
        this.accounts = List.copyOf(accounts);
        this.problem = problem;
        Map<String, String> labels = new LinkedHashMap<>();
        accounts.forEach(a -> labels.put(a.address().checksummed(), a.label()));
        this.venue = VenueBroadcast.fixed(description, new VenueState(state,
                ScanStatus.offline(state.accounts().size(), problem.orElse("")), labels));
    }

    /**
     * Reads {@code file} (or the demo book) and hands its state to {@code service}. A bad file does
     * not stop the workstation: the session is an empty book and {@link #problem()} says what is wrong,
     * with the file's line and column.
     */
    public static OfflineSession open(Optional<Path> file, EngineRiskService service, Clock clock) {
        OfflineSession session = read(file, clock);
        service.accept(session.state);
        return session;
    }

    /** The session of {@code file} (or the demo book) without feeding anything. */
    public static OfflineSession read(Optional<Path> file, Clock clock) {
        PortfolioReader reader = new PortfolioReader(Venues.presets(), clock);
        try {
            Portfolio portfolio = file.isPresent() ? reader.read(file.get()) : demo(reader);
            return of(portfolio, file.map(Path::toString).orElse("demo book"));
        } catch (PortfolioException e) {
            return empty(file.map(Path::toString).orElse("demo book"), clock, message(e));
        }
    }

    /** E.g. {@code Cannot open /x/book.json, line 3 column 55 (prices.ETH): reason. Showing an empty book.} */
    private static String message(PortfolioException e) {
        StringBuilder m = new StringBuilder("Cannot open ").append(e.file());
        if (e.line() > 0) {
            m.append(", line ").append(e.line()).append(" column ").append(e.column());
        }
        if (!e.path().isEmpty()) {
            m.append(" (").append(e.path()).append(')');
        }
        return m.append(": ").append(e.reason()).append(". Showing an empty book.").toString();
    }

    private static Portfolio demo(PortfolioReader reader) throws PortfolioException {
        try (InputStream in = OfflineSession.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new PortfolioException(DEMO_RESOURCE, 0, 0, "", "missing from the application jar");
            }
            try (Reader text = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return reader.read("demo-portfolio.json", text);
            }
        } catch (IOException e) {
            throw new PortfolioException(DEMO_RESOURCE, 0, 0, "", "cannot read: " + e.getMessage());
        }
    }

    private static OfflineSession of(Portfolio portfolio, String name) {
        List<Account> accounts = new ArrayList<>();
        List<WatchedAccount> watched = new ArrayList<>();
        for (Account a : portfolio.accounts()) {
            String address = addressOf(a.id());
            accounts.add(a.withId(address));
            watched.add(new WatchedAccount(AccountAddress.parse(address), ADDRESS.matcher(a.id()).matches() ? "" : a.id()));
        }
        MarketState state = new MarketState(accounts, portfolio.prices(), portfolio.policy(),
                ChainStatus.offline(name + " (no chain)", portfolio.prices().asOf()));
        return new OfflineSession("offline: " + name, state, watched, Optional.empty());
    }

    private static OfflineSession empty(String name, Clock clock, String problem) {
        MarginPolicy policy = VenuePresets.all().getFirst();
        MarketState state = new MarketState(List.of(), new PriceSet(java.util.Map.of(), clock.instant()), policy,
                ChainStatus.offline(name + " (not opened)", clock.instant()));
        return new OfflineSession("offline: empty book", state, List.of(), Optional.of(problem));
    }

    /** The account's address: its id when that is one, a stable stand-in otherwise. */
    public static String addressOf(String accountId) {
        if (ADDRESS.matcher(accountId).matches()) {
            return Keys.toChecksumAddress(accountId);
        }
        return Keys.toChecksumAddress("0x" + Hash.sha3String("solvent.offline." + accountId).substring(26));
    }

    /** The book as evaluated. */
    public MarketState state() {
        return state;
    }

    /** Why the file could not be opened, when it could not (the book is then empty). */
    public Optional<String> problem() {
        return problem;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public List<WatchedAccount> firstAccounts() {
        return accounts;
    }

    /** Every account of the file, read once: the scan status is OFFLINE (with the file's problem, if any). */
    @Override
    public Optional<VenueFeed> venueFeed() {
        return Optional.of(venue);
    }

    @Override
    public void close() {
        venue.close();
    }
}
