// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AggregatorV3Interface} from "./DevnetAggregator.sol";

interface IERC20Minimal {
    function decimals() external view returns (uint8);
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}

/// @title SolventVenue — the reference margin venue of the Solvent devnet
/// @notice A small perpetuals/futures margin venue that enforces on chain the rules Solvent's core
///         models, so the core can be held to the contract's own numbers.
///
/// Units: every amount and price inside is 18-decimal fixed point ("wad"); token amounts at the
/// edges (deposit, withdraw, margin arguments) are in the token's own decimals; oracle answers
/// have 8 decimals and are scaled by 1e10. Asset 0 is the settlement asset (USDC), valued at
/// exactly 1 USD (it has no feed); its balance may go negative through realized losses and
/// penalties, and a negative balance counts at weight 1.
///
/// Definitions (the same words as the core's MarginEngine):
///   size > 0 is long; notional = |size| * mark; uPnL = size * (mark - entry)
///   cross equity = sum over collateral of amount * price * weight (weight 1 for a negative
///                  balance) + sum of the cross positions' uPnL
///   isolated equity = isolatedMargin + uPnL
///   maintenance (MM) per position = notional * mmf(tier) - deduction(tier), where the tier is
///                  the last bracket whose notionalFloor <= notional and the deduction is
///                  continuous: ded(0) = 0, ded(n) = ded(n-1) + floor(n) * (mmf(n) - mmf(n-1))
///   initial (IM) per position = notional / maxLeverage(tier)
///   liquidatable iff MM > 0 and equity <= MM (margin ratio MM / equity >= 1), or equity < 0
///                  with nothing left at risk (a deficit for the insurance fund)
///   a dated future at or past its expiry is settled: notional, IM and MM are 0, its uPnL stays
/// Each product is truncated to the wad (Solidity division), so a view differs from exact
/// arithmetic by at most a few 1e-18.
///
/// Liquidation follows the core's LiquidationEngine: each liquidatable group (the cross pool,
/// each isolated position) is reduced by chunks of partialChunk x (size at the start) of its
/// position with the largest MM, at the oracle price, until its margin ratio is at or below
/// targetMarginRatio with positive equity; a bankrupt group (equity <= 0), or a target of 0,
/// is closed in full. Each chunk pays penaltyFraction x closed notional (capped at the group's
/// equity when dynamicPenalty; an isolated position's penalty never exceeds its margin), split
/// liquidatorShare to the caller, the rest to the insurance fund. A cross group still under water
/// when only expired futures are left settles them at the mark, without penalty. A group left
/// with negative equity and nothing at risk is made whole by the fund (cross: USDC credited;
/// isolated: the deficit); what the fund cannot cover is recorded as uncovered bad debt.
contract SolventVenue {
    uint256 private constant WAD = 1e18;
    uint256 private constant ORACLE_TO_WAD = 1e10;
    /// @notice The market id that Liquidated events use for the cross group.
    uint256 public constant CROSS = type(uint256).max;

    struct CollateralAsset {
        address token;
        string symbol;
        uint8 decimals;
        address feed; // zero for the settlement asset, valued at 1 USD
        uint256 weight; // wad, in (0, 1]
    }

    struct Tier {
        uint256 notionalFloor; // wad USD
        uint256 maxLeverage; // whole number
        uint256 maintenanceFraction; // wad
        uint256 deduction; // wad USD, continuous
    }

    struct Market {
        string name;
        address feed;
        uint256 expiry; // 0 for a perpetual, else the unix time of a dated future's expiry
        Tier[] tiers;
    }

    struct Position {
        int256 size; // wad units of the underlying
        uint256 entryPrice; // wad USD per unit
        bool isolated;
        uint256 isolatedMargin; // wad USD
    }

    struct PositionView {
        uint256 marketId;
        int256 size;
        uint256 entryPrice;
        bool isolated;
        uint256 isolatedMargin;
        uint256 markPrice;
        uint256 notional;
        int256 unrealizedPnl;
        uint256 initialMargin;
        uint256 maintenanceMargin;
        int256 isolatedEquity; // 0 for a cross position
        bool isolatedLiquidatable; // false for a cross position
    }

    struct AccountView {
        int256 crossEquity;
        uint256 crossInitialMargin;
        uint256 crossMaintenanceMargin;
        bool crossLiquidatable;
        int256[] collateral; // wad units, by asset id
        PositionView[] positions;
    }

    address public immutable owner;
    /// @notice Oldest oracle answer accepted, seconds.
    uint256 public immutable heartbeat;
    /// @notice Liquidation penalty as a fraction of the liquidated notional, wad.
    uint256 public immutable penaltyFraction;
    /// @notice The liquidator's share of the penalty, wad; the rest goes to the insurance fund.
    uint256 public immutable liquidatorShare;
    /// @notice Whether a cross penalty is capped at the group's remaining positive equity.
    bool public immutable dynamicPenalty;
    /// @notice Partial liquidation stops at or below this margin ratio, wad; 0 closes in full.
    uint256 public immutable targetMarginRatio;
    /// @notice Fraction of a position's size (at the start) closed per partial step, wad.
    uint256 public immutable partialChunk;

    /// @notice Insurance fund, wad USD (backed by USDC held by the venue).
    uint256 public insuranceFund;
    /// @notice Bad debt the fund could not cover, wad USD.
    uint256 public uncoveredBadDebt;

    CollateralAsset[] private assets;
    Market[] private markets;
    address[] private accountList;
    mapping(address => bool) public isAccount;
    mapping(address => mapping(uint256 => int256)) private balances;
    mapping(address => mapping(uint256 => Position)) private positions;
    mapping(address => uint256[]) private openMarkets;

    event AccountOpened(address indexed account, uint256 index);
    event CollateralDeposited(address indexed account, uint256 indexed asset, uint256 amount, address payer);
    event CollateralWithdrawn(address indexed account, uint256 indexed asset, uint256 amount);
    event PositionChanged(
        address indexed account, uint256 indexed market, int256 size, uint256 entryPrice, bool isolated,
        uint256 isolatedMargin, uint256 price, int256 realizedPnl
    );
    event MarginModeSwitched(address indexed account, uint256 indexed market, bool isolated, uint256 isolatedMargin);
    event IsolatedMarginAdded(address indexed account, uint256 indexed market, uint256 amount, uint256 isolatedMargin);
    event Liquidated(
        address indexed account, address indexed liquidator, uint256 indexed market, uint256 notional,
        int256 realizedPnl, uint256 penalty, uint256 liquidatorReward, uint256 badDebt
    );
    event InsuranceFundChanged(uint256 balance, int256 change);
    event BadDebtCovered(address indexed account, uint256 amount, uint256 covered);

    error NotOwner(address caller);
    error UnknownAsset(uint256 asset);
    error UnknownMarket(uint256 market);
    error InvalidConfig(string reason);
    error InvalidPrice(address feed, int256 answer);
    error StalePrice(address feed, uint256 updatedAt, uint256 blockTime);
    error BelowInitialMargin(address account, uint256 market, int256 equity, uint256 initialMargin);
    error InsufficientCollateral(uint256 asset, int256 balance, uint256 requested);
    error NotLiquidatable(address account);
    error PositionExists(uint256 market);
    error NoPosition(uint256 market);
    error ZeroSize();
    error Bankrupt(uint256 market, int256 equity);
    error MarketExpired(uint256 market, uint256 expiry);
    error AlreadyInMode(uint256 market, bool isolated);
    error TransferFailed();

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        _;
    }

    constructor(
        uint256 heartbeat_,
        uint256 penaltyFraction_,
        uint256 liquidatorShare_,
        bool dynamicPenalty_,
        uint256 targetMarginRatio_,
        uint256 partialChunk_
    ) {
        if (liquidatorShare_ > WAD || targetMarginRatio_ >= WAD || partialChunk_ == 0 || partialChunk_ > WAD) {
            revert InvalidConfig("liquidation parameters out of range");
        }
        owner = msg.sender;
        heartbeat = heartbeat_;
        penaltyFraction = penaltyFraction_;
        liquidatorShare = liquidatorShare_;
        dynamicPenalty = dynamicPenalty_;
        targetMarginRatio = targetMarginRatio_;
        partialChunk = partialChunk_;
    }

    // ---------------------------------------------------------------- configuration (owner)

    /// @notice Lists a collateral asset; the first one listed is the settlement asset (no feed).
    function addCollateral(address token, string calldata symbol, address feed, uint256 weight) external onlyOwner {
        if (assets.length == 0 && feed != address(0)) revert InvalidConfig("asset 0 is the settlement asset, no feed");
        if (weight == 0 || weight > WAD) revert InvalidConfig("weight must lie in (0, 1]");
        assets.push(CollateralAsset(token, symbol, IERC20Minimal(token).decimals(), feed, weight));
    }

    /// @notice Lists a market with its tiered brackets (floors in wad USD, mmf in wad).
    function addMarket(
        string calldata name,
        address feed,
        uint256 expiry,
        uint256[] calldata floors,
        uint256[] calldata maxLeverage,
        uint256[] calldata mmf
    ) external onlyOwner {
        uint256 n = floors.length;
        if (n == 0 || maxLeverage.length != n || mmf.length != n) revert InvalidConfig("tier arrays differ in length");
        if (floors[0] != 0) revert InvalidConfig("first floor must be 0");
        Market storage m = markets.push();
        m.name = name;
        m.feed = feed;
        m.expiry = expiry;
        uint256 deduction = 0;
        for (uint256 i = 0; i < n; i++) {
            if (maxLeverage[i] == 0 || mmf[i] * maxLeverage[i] > WAD) revert InvalidConfig("mmf above 1/maxLeverage");
            if (i > 0) {
                if (floors[i] <= floors[i - 1]) revert InvalidConfig("floors must increase");
                if (mmf[i] < mmf[i - 1]) revert InvalidConfig("mmf must not decrease");
                if (maxLeverage[i] > maxLeverage[i - 1]) revert InvalidConfig("maxLeverage must not increase");
                deduction += floors[i] * (mmf[i] - mmf[i - 1]) / WAD;
            }
            m.tiers.push(Tier(floors[i], maxLeverage[i], mmf[i], deduction));
        }
    }

    /// @notice Adds settlement-asset tokens to the insurance fund.
    function fundInsurance(uint256 amount) external {
        _pull(0, msg.sender, amount);
        uint256 wad = _toWad(0, amount);
        insuranceFund += wad;
        emit InsuranceFundChanged(insuranceFund, int256(wad));
    }

    // ---------------------------------------------------------------- collateral

    function deposit(uint256 asset, uint256 amount) external {
        _deposit(msg.sender, msg.sender, asset, amount);
    }

    /// @notice Deposits the caller's tokens into `account` (used by the devnet seeder).
    function depositFor(address account, uint256 asset, uint256 amount) external {
        _deposit(msg.sender, account, asset, amount);
    }

    /// @notice Withdraws `amount` token units; refused when the cross equity would fall below the
    ///         cross initial margin (or below zero without cross positions).
    function withdraw(uint256 asset, uint256 amount) external {
        _requireAsset(asset);
        uint256 wad = _toWad(asset, amount);
        int256 balance = balances[msg.sender][asset];
        if (balance < int256(wad)) revert InsufficientCollateral(asset, balance, amount);
        balances[msg.sender][asset] = balance - int256(wad);
        _requireCrossInitial(msg.sender);
        if (!IERC20Minimal(assets[asset].token).transfer(msg.sender, amount)) revert TransferFailed();
        emit CollateralWithdrawn(msg.sender, asset, amount);
    }

    // ---------------------------------------------------------------- trading

    /// @notice Changes the caller's position in `market` by `sizeDelta` (wad, signed) at the oracle
    ///         price. A new position is cross; an isolated position flipped to the other side
    ///         closes (its margin returns to the pool) and the remainder opens cross. A trade that
    ///         raises the exposure must leave its margin group at or above initial margin.
    function trade(uint256 market, int256 sizeDelta) external {
        _requireMarket(market);
        if (sizeDelta == 0) revert ZeroSize();
        Position storage p = positions[msg.sender][market];
        if (p.size == 0) {
            _openAccount(msg.sender);
            openMarkets[msg.sender].push(market);
        }
        _trade(msg.sender, market, p, sizeDelta);
    }

    /// @notice Opens an isolated position holding `marginAmount` USDC (token units) moved from
    ///         the caller's cross USDC balance.
    function openIsolated(uint256 market, int256 size, uint256 marginAmount) external {
        _requireMarket(market);
        if (size == 0) revert ZeroSize();
        Position storage p = positions[msg.sender][market];
        if (p.size != 0) revert PositionExists(market);
        _openAccount(msg.sender);
        _moveToIsolated(msg.sender, p, marginAmount);
        p.isolated = true;
        openMarkets[msg.sender].push(market);
        _trade(msg.sender, market, p, size);
        _requireCrossInitial(msg.sender);
    }

    /// @notice Moves `amount` USDC from the cross balance into an isolated position's margin.
    function addIsolatedMargin(uint256 market, uint256 amount) external {
        Position storage p = positions[msg.sender][market];
        if (p.size == 0 || !p.isolated) revert NoPosition(market);
        _moveToIsolated(msg.sender, p, amount);
        _requireCrossInitial(msg.sender);
        emit IsolatedMarginAdded(msg.sender, market, amount, p.isolatedMargin);
    }

    /// @notice Switches a position between cross and isolated. To isolated, `marginAmount` USDC
    ///         moves from the cross balance into the position; to cross, its margin returns to the
    ///         cross balance. Refused when either group would end below initial margin.
    function switchMarginMode(uint256 market, bool toIsolated, uint256 marginAmount) external {
        Position storage p = positions[msg.sender][market];
        if (p.size == 0) revert NoPosition(market);
        if (p.isolated == toIsolated) revert AlreadyInMode(market, toIsolated);
        if (toIsolated) {
            _moveToIsolated(msg.sender, p, marginAmount);
            p.isolated = true;
            _requireIsolatedInitial(msg.sender, market, p);
        } else {
            balances[msg.sender][0] += int256(p.isolatedMargin);
            p.isolatedMargin = 0;
            p.isolated = false;
        }
        _requireCrossInitial(msg.sender);
        emit MarginModeSwitched(msg.sender, market, p.isolated, p.isolatedMargin);
    }

    // ---------------------------------------------------------------- liquidation

    /// @notice Liquidates whatever of `account` is liquidatable: the cross group and each isolated
    ///         position on its own (see the contract's notes for the rules). Reverts with
    ///         NotLiquidatable when no group is.
    function liquidate(address account) external {
        bool any = false;
        (int256 equity, , uint256 mm) = _crossRisk(account);
        if (_liquidatable(equity, mm)) {
            _liquidateCross(account, equity <= 0);
            any = true;
        }
        uint256[] memory open = openMarkets[account];
        for (uint256 i = 0; i < open.length; i++) {
            Position storage p = positions[account][open[i]];
            if (!p.isolated) continue;
            (int256 isoEquity, , uint256 isoMm) = _isolatedRisk(open[i], p);
            if (_liquidatable(isoEquity, isoMm)) {
                _liquidateIsolated(account, open[i], p, isoEquity <= 0);
                any = true;
            }
        }
        if (!any) revert NotLiquidatable(account);
    }

    // ---------------------------------------------------------------- views

    /// @notice Everything a monitor needs about `account`, computed at the current oracle prices.
    ///         Reverts on a stale or invalid price, like every operation of the venue.
    function accountView(address account) external view returns (AccountView memory v) {
        (v.crossEquity, v.crossInitialMargin, v.crossMaintenanceMargin) = _crossRisk(account);
        v.crossLiquidatable = _liquidatable(v.crossEquity, v.crossMaintenanceMargin);
        v.collateral = new int256[](assets.length);
        for (uint256 a = 0; a < assets.length; a++) {
            v.collateral[a] = balances[account][a];
        }
        uint256[] storage open = openMarkets[account];
        v.positions = new PositionView[](open.length);
        for (uint256 i = 0; i < open.length; i++) {
            v.positions[i] = _positionView(open[i], positions[account][open[i]]);
        }
    }

    function isLiquidatable(address account) public view returns (bool) {
        (int256 equity, , uint256 mm) = _crossRisk(account);
        if (_liquidatable(equity, mm)) return true;
        uint256[] storage open = openMarkets[account];
        for (uint256 i = 0; i < open.length; i++) {
            Position storage p = positions[account][open[i]];
            if (!p.isolated) continue;
            (int256 isoEquity, , uint256 isoMm) = _isolatedRisk(open[i], p);
            if (_liquidatable(isoEquity, isoMm)) return true;
        }
        return false;
    }

    /// @notice The liquidatable accounts among accounts[start, start + count).
    function liquidatableAccounts(uint256 start, uint256 count) external view returns (address[] memory found) {
        uint256 end = start + count > accountList.length ? accountList.length : start + count;
        address[] memory tmp = new address[](end > start ? end - start : 0);
        uint256 n = 0;
        for (uint256 i = start; i < end; i++) {
            if (isLiquidatable(accountList[i])) tmp[n++] = accountList[i];
        }
        found = new address[](n);
        for (uint256 i = 0; i < n; i++) found[i] = tmp[i];
    }

    function accountCount() external view returns (uint256) {
        return accountList.length;
    }

    function accountsPage(uint256 start, uint256 count) external view returns (address[] memory page) {
        uint256 end = start + count > accountList.length ? accountList.length : start + count;
        page = new address[](end > start ? end - start : 0);
        for (uint256 i = start; i < end; i++) page[i - start] = accountList[i];
    }

    function collateralCount() external view returns (uint256) {
        return assets.length;
    }

    function collateralAsset(uint256 asset)
        external view returns (address token, string memory symbol, uint8 decimals, address feed, uint256 weight)
    {
        _requireAsset(asset);
        CollateralAsset storage c = assets[asset];
        return (c.token, c.symbol, c.decimals, c.feed, c.weight);
    }

    function marketCount() external view returns (uint256) {
        return markets.length;
    }

    function marketInfo(uint256 market) external view returns (string memory name, address feed, uint256 expiry) {
        _requireMarket(market);
        Market storage m = markets[market];
        return (m.name, m.feed, m.expiry);
    }

    function marketTiers(uint256 market)
        external view
        returns (uint256[] memory floors, uint256[] memory maxLeverage, uint256[] memory mmf, uint256[] memory deductions)
    {
        _requireMarket(market);
        Tier[] storage tiers = markets[market].tiers;
        uint256 n = tiers.length;
        floors = new uint256[](n);
        maxLeverage = new uint256[](n);
        mmf = new uint256[](n);
        deductions = new uint256[](n);
        for (uint256 i = 0; i < n; i++) {
            floors[i] = tiers[i].notionalFloor;
            maxLeverage[i] = tiers[i].maxLeverage;
            mmf[i] = tiers[i].maintenanceFraction;
            deductions[i] = tiers[i].deduction;
        }
    }

    /// @notice Oracle price of a feed in wad, with the venue's staleness and sign checks.
    function priceOf(address feed) public view returns (uint256) {
        (, int256 answer, , uint256 updatedAt, ) = AggregatorV3Interface(feed).latestRoundData();
        if (answer <= 0) revert InvalidPrice(feed, answer);
        if (block.timestamp > updatedAt + heartbeat) revert StalePrice(feed, updatedAt, block.timestamp);
        return uint256(answer) * ORACLE_TO_WAD;
    }

    // ---------------------------------------------------------------- internals: risk

    function _assetPrice(uint256 asset) internal view returns (uint256) {
        address feed = assets[asset].feed;
        return feed == address(0) ? WAD : priceOf(feed);
    }

    function _requirements(uint256 market, uint256 notional) internal view returns (uint256 im, uint256 mm) {
        Tier[] storage tiers = markets[market].tiers;
        uint256 t = tiers.length - 1;
        while (t > 0 && tiers[t].notionalFloor > notional) t--;
        Tier storage tier = tiers[t];
        im = notional / tier.maxLeverage;
        uint256 gross = notional * tier.maintenanceFraction / WAD;
        mm = gross > tier.deduction ? gross - tier.deduction : 0;
    }

    function _positionMetrics(uint256 market, Position storage p)
        internal view returns (uint256 mark, uint256 notional, int256 upnl, uint256 im, uint256 mm)
    {
        mark = priceOf(markets[market].feed);
        upnl = p.size * (int256(mark) - int256(p.entryPrice)) / int256(WAD);
        if (_settled(market)) return (mark, 0, upnl, 0, 0); // valued, no longer at risk
        notional = _abs(p.size) * mark / WAD;
        (im, mm) = _requirements(market, notional);
    }

    function _crossRisk(address account) internal view returns (int256 equity, uint256 im, uint256 mm) {
        for (uint256 a = 0; a < assets.length; a++) {
            int256 balance = balances[account][a];
            if (balance == 0) continue;
            int256 value = balance * int256(_assetPrice(a)) / int256(WAD);
            equity += balance > 0 ? value * int256(assets[a].weight) / int256(WAD) : value;
        }
        uint256[] storage open = openMarkets[account];
        for (uint256 i = 0; i < open.length; i++) {
            Position storage p = positions[account][open[i]];
            if (p.isolated) continue;
            (, , int256 upnl, uint256 posIm, uint256 posMm) = _positionMetrics(open[i], p);
            equity += upnl;
            im += posIm;
            mm += posMm;
        }
    }

    function _isolatedRisk(uint256 market, Position storage p) internal view returns (int256 equity, uint256 im, uint256 mm) {
        int256 upnl;
        (, , upnl, im, mm) = _positionMetrics(market, p);
        equity = int256(p.isolatedMargin) + upnl;
    }

    function _positionView(uint256 market, Position storage p) internal view returns (PositionView memory v) {
        v.marketId = market;
        v.size = p.size;
        v.entryPrice = p.entryPrice;
        v.isolated = p.isolated;
        v.isolatedMargin = p.isolatedMargin;
        (v.markPrice, v.notional, v.unrealizedPnl, v.initialMargin, v.maintenanceMargin) = _positionMetrics(market, p);
        if (p.isolated) {
            v.isolatedEquity = int256(p.isolatedMargin) + v.unrealizedPnl;
            v.isolatedLiquidatable = _liquidatable(v.isolatedEquity, v.maintenanceMargin);
        }
    }

    function _liquidatable(int256 equity, uint256 mm) internal pure returns (bool) {
        return mm > 0 ? equity <= int256(mm) : equity < 0;
    }

    function _settled(uint256 market) internal view returns (bool) {
        uint256 expiry = markets[market].expiry;
        return expiry != 0 && block.timestamp >= expiry;
    }

    /// @dev Margin ratio MM / equity at or below the target, with positive equity (the stop rule).
    function _backAtTarget(int256 equity, uint256 mm) internal view returns (bool) {
        return equity > 0 && mm * WAD <= targetMarginRatio * uint256(equity);
    }

    function _requireCrossInitial(address account) internal view {
        (int256 equity, uint256 im, ) = _crossRisk(account);
        if (equity < int256(im)) revert BelowInitialMargin(account, CROSS, equity, im);
    }

    function _requireIsolatedInitial(address account, uint256 market, Position storage p) internal view {
        (int256 equity, uint256 im, ) = _isolatedRisk(market, p);
        if (equity < int256(im)) revert BelowInitialMargin(account, market, equity, im);
    }

    // ---------------------------------------------------------------- internals: state changes

    function _trade(address account, uint256 market, Position storage p, int256 delta) internal {
        uint256 price = priceOf(markets[market].feed);
        int256 oldSize = p.size;
        int256 newSize = oldSize + delta;
        int256 realized = 0;
        if (oldSize == 0 || (oldSize > 0) == (delta > 0)) {
            // Opening or adding: the entry becomes the size-weighted average.
            uint256 oldAbs = _abs(oldSize);
            uint256 addAbs = _abs(delta);
            p.entryPrice = (oldAbs * p.entryPrice + addAbs * price) / (oldAbs + addAbs);
        } else {
            // Reducing, closing or flipping: realize the closed part at the oracle price.
            int256 closed = _abs(delta) >= _abs(oldSize) ? oldSize : -delta;
            realized = closed * (int256(price) - int256(p.entryPrice)) / int256(WAD);
            if (newSize != 0 && (newSize > 0) != (oldSize > 0)) p.entryPrice = price;
        }
        p.size = newSize;
        if (p.isolated) {
            int256 margin = int256(p.isolatedMargin) + realized;
            if (margin < 0) revert Bankrupt(market, margin);
            p.isolatedMargin = uint256(margin);
            if (oldSize != 0 && newSize != 0 && (newSize > 0) != (oldSize > 0)) {
                // flipped: the isolated position is closed (its margin returns to the pool) and the
                // remainder opens as a cross position, as the core's fills do
                balances[account][0] += int256(p.isolatedMargin);
                p.isolatedMargin = 0;
                p.isolated = false;
            }
        } else {
            balances[account][0] += realized;
        }
        bool raisesExposure = _abs(newSize) > _abs(oldSize) || (newSize != 0 && (newSize > 0) != (oldSize > 0));
        if (raisesExposure && _settled(market)) revert MarketExpired(market, markets[market].expiry);
        if (newSize == 0) {
            if (p.isolated) balances[account][0] += int256(p.isolatedMargin);
            delete positions[account][market];
            _removeOpenMarket(account, market);
        } else if (raisesExposure) {
            if (p.isolated) {
                _requireIsolatedInitial(account, market, p);
            } else {
                _requireCrossInitial(account);
            }
        }
        Position storage after_ = positions[account][market];
        emit PositionChanged(account, market, after_.size, after_.entryPrice, after_.isolated, after_.isolatedMargin, price, realized);
    }

    /// @dev Tally of one group's liquidation.
    struct Tally {
        uint256 notional;
        int256 realized;
        uint256 penalty;
    }

    function _liquidateCross(address account, bool full) internal {
        uint256[] memory open = openMarkets[account];
        uint256[] memory chunk = new uint256[](open.length);
        uint256 crossCount = 0;
        for (uint256 i = 0; i < open.length; i++) {
            Position storage p = positions[account][open[i]];
            if (!p.isolated) {
                chunk[i] = _abs(p.size) * partialChunk / WAD;
                crossCount++;
            }
        }
        full = full || targetMarginRatio == 0;
        Tally memory t;
        uint256 guard = crossCount * (WAD / partialChunk + 3) + 4;
        for (uint256 step = 0; step < guard; step++) {
            (int256 equity, , uint256 mm) = _crossRisk(account);
            if (!full && _backAtTarget(equity, mm)) break;
            (bool found, uint256 index) = _largestCross(account, open);
            if (!found) {
                // only expired futures left: a group still under water settles them at the mark, no penalty
                if (equity >= 0 || !_settleExpiredCross(account, open, equity, t)) break;
                continue;
            }
            Position storage p = positions[account][open[index]];
            uint256 quantity = full || chunk[index] >= _abs(p.size) ? _abs(p.size) : chunk[index];
            _closeCrossChunk(account, open[index], p, quantity, equity, t, true);
        }
        uint256 reward = _payPenalty(t.penalty);
        uint256 badDebt = 0;
        (int256 after_, , uint256 mmAfter) = _crossRisk(account);
        if (mmAfter == 0 && after_ < 0) {
            badDebt = uint256(-after_);
            balances[account][0] -= after_; // the fund makes the account whole: equity 0
            _coverBadDebt(account, badDebt);
        }
        emit Liquidated(account, msg.sender, CROSS, t.notional, t.realized, t.penalty, reward, badDebt);
    }

    /// @dev The cross position with the largest maintenance margin (first on ties), settled ones skipped.
    function _largestCross(address account, uint256[] memory open) internal view returns (bool found, uint256 index) {
        uint256 largest = 0;
        for (uint256 i = 0; i < open.length; i++) {
            Position storage p = positions[account][open[i]];
            if (p.size == 0 || p.isolated || _settled(open[i])) continue;
            (, , , , uint256 mm) = _positionMetrics(open[i], p);
            if (!found || mm > largest) {
                found = true;
                index = i;
                largest = mm;
            }
        }
    }

    /// @dev Closes the last settled cross position still open (in open-market order); false if none.
    function _settleExpiredCross(address account, uint256[] memory open, int256 equity, Tally memory t)
        internal returns (bool)
    {
        uint256 market = type(uint256).max;
        for (uint256 i = 0; i < open.length; i++) {
            Position storage p = positions[account][open[i]];
            if (p.size != 0 && !p.isolated && _settled(open[i])) market = open[i];
        }
        if (market == type(uint256).max) return false;
        Position storage s = positions[account][market];
        _closeCrossChunk(account, market, s, _abs(s.size), equity, t, false);
        return true;
    }

    function _closeCrossChunk(
        address account,
        uint256 market,
        Position storage p,
        uint256 quantity,
        int256 groupEquity,
        Tally memory t,
        bool penalised
    ) internal {
        uint256 price = priceOf(markets[market].feed);
        int256 closed = p.size > 0 ? int256(quantity) : -int256(quantity);
        int256 realized = closed * (int256(price) - int256(p.entryPrice)) / int256(WAD);
        uint256 notional = quantity * price / WAD;
        uint256 charge = penalised ? notional * penaltyFraction / WAD : 0;
        if (dynamicPenalty) charge = groupEquity > 0 ? _min(charge, uint256(groupEquity)) : 0;
        balances[account][0] += realized - int256(charge);
        p.size -= closed;
        if (p.size == 0) {
            delete positions[account][market];
            _removeOpenMarket(account, market);
        }
        t.notional += notional;
        t.realized += realized;
        t.penalty += charge;
        emit PositionChanged(account, market, p.size, p.entryPrice, false, 0, price, realized);
    }

    function _liquidateIsolated(address account, uint256 market, Position storage p, bool full) internal {
        uint256 chunk = _abs(p.size) * partialChunk / WAD;
        full = full || targetMarginRatio == 0;
        Tally memory t;
        uint256 deficit = 0;
        uint256 guard = WAD / partialChunk + 5;
        for (uint256 step = 0; step < guard && p.size != 0; step++) {
            (int256 equity, , uint256 mm) = _isolatedRisk(market, p);
            if (!full && _backAtTarget(equity, mm)) break;
            uint256 quantity = full || chunk >= _abs(p.size) ? _abs(p.size) : chunk;
            deficit = _closeIsolatedChunk(account, market, p, quantity, t);
        }
        uint256 reward = _payPenalty(t.penalty);
        if (deficit > 0) _coverBadDebt(account, deficit);
        emit Liquidated(account, msg.sender, market, t.notional, t.realized, t.penalty, reward, deficit);
    }

    /// @dev Closes `quantity` of an isolated position; returns the deficit if it closed below zero.
    function _closeIsolatedChunk(address account, uint256 market, Position storage p, uint256 quantity, Tally memory t)
        internal returns (uint256 deficit)
    {
        uint256 price = priceOf(markets[market].feed);
        int256 closed = p.size > 0 ? int256(quantity) : -int256(quantity);
        int256 realized = closed * (int256(price) - int256(p.entryPrice)) / int256(WAD);
        int256 margin = int256(p.isolatedMargin) + realized;
        uint256 charge = _min(quantity * price / WAD * penaltyFraction / WAD, margin > 0 ? uint256(margin) : 0);
        int256 left = margin - int256(charge);
        if (quantity >= _abs(p.size) || left < 0) {
            // closed out: what is left returns to the cross balance, a deficit goes to the fund
            t.notional += _abs(p.size) * price / WAD;
            if (left > 0) balances[account][0] += left;
            else deficit = uint256(-left);
            delete positions[account][market];
            _removeOpenMarket(account, market);
            emit PositionChanged(account, market, 0, 0, false, 0, price, realized);
        } else {
            t.notional += quantity * price / WAD;
            p.size -= closed;
            p.isolatedMargin = uint256(left);
            emit PositionChanged(account, market, p.size, p.entryPrice, true, p.isolatedMargin, price, realized);
        }
        t.realized += realized;
        t.penalty += charge;
    }

    function _payPenalty(uint256 penalty) internal returns (uint256 reward) {
        reward = penalty * liquidatorShare / WAD;
        uint256 toFund = penalty - reward;
        if (toFund > 0) {
            insuranceFund += toFund;
            emit InsuranceFundChanged(insuranceFund, int256(toFund));
        }
        uint256 tokens = _fromWad(0, reward);
        if (tokens > 0 && !IERC20Minimal(assets[0].token).transfer(msg.sender, tokens)) revert TransferFailed();
    }

    function _coverBadDebt(address account, uint256 amount) internal {
        uint256 covered = amount < insuranceFund ? amount : insuranceFund;
        insuranceFund -= covered;
        uncoveredBadDebt += amount - covered;
        emit BadDebtCovered(account, amount, covered);
        emit InsuranceFundChanged(insuranceFund, -int256(covered));
    }

    function _moveToIsolated(address account, Position storage p, uint256 amount) internal {
        uint256 wad = _toWad(0, amount);
        int256 balance = balances[account][0];
        if (balance < int256(wad)) revert InsufficientCollateral(0, balance, amount);
        balances[account][0] = balance - int256(wad);
        p.isolatedMargin += wad;
    }

    function _deposit(address payer, address account, uint256 asset, uint256 amount) internal {
        _requireAsset(asset);
        _pull(asset, payer, amount);
        _openAccount(account);
        balances[account][asset] += int256(_toWad(asset, amount));
        emit CollateralDeposited(account, asset, amount, payer);
    }

    function _openAccount(address account) internal {
        if (isAccount[account]) return;
        isAccount[account] = true;
        accountList.push(account);
        emit AccountOpened(account, accountList.length - 1);
    }

    function _removeOpenMarket(address account, uint256 market) internal {
        uint256[] storage open = openMarkets[account];
        for (uint256 i = 0; i < open.length; i++) {
            if (open[i] == market) {
                open[i] = open[open.length - 1];
                open.pop();
                return;
            }
        }
    }

    function _pull(uint256 asset, address from, uint256 amount) internal {
        if (!IERC20Minimal(assets[asset].token).transferFrom(from, address(this), amount)) revert TransferFailed();
    }

    function _toWad(uint256 asset, uint256 amount) internal view returns (uint256) {
        return amount * 10 ** (18 - assets[asset].decimals);
    }

    function _fromWad(uint256 asset, uint256 wad) internal view returns (uint256) {
        return wad / 10 ** (18 - assets[asset].decimals);
    }

    function _requireAsset(uint256 asset) internal view {
        if (asset >= assets.length) revert UnknownAsset(asset);
    }

    function _requireMarket(uint256 market) internal view {
        if (market >= markets.length) revert UnknownMarket(market);
    }

    function _min(uint256 a, uint256 b) internal pure returns (uint256) {
        return a < b ? a : b;
    }

    function _abs(int256 x) internal pure returns (uint256) {
        return uint256(x >= 0 ? x : -x);
    }
}
