// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @notice Chainlink's AggregatorV3Interface, as price consumers call it.
interface AggregatorV3Interface {
    function decimals() external view returns (uint8);
    function description() external view returns (string memory);
    function version() external view returns (uint256);
    function getRoundData(uint80 roundId)
        external view returns (uint80 roundId_, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound);
    function latestRoundData()
        external view returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound);
}

/// @title A Chainlink-compatible price feed driven by the devnet's price keeper.
/// @notice Emits the events of Chainlink's AggregatorInterface (AnswerUpdated, NewRound) so that a
///         watcher written for real feeds works unchanged. Any answer is accepted, including
///         non-positive ones: consumers (the venue, the workstation) must reject those themselves.
contract DevnetAggregator is AggregatorV3Interface {
    struct Round {
        int256 answer;
        uint64 startedAt;
        uint64 updatedAt;
    }

    uint8 public immutable override decimals;
    string public override description;
    uint256 public constant override version = 4;
    address public immutable keeper;

    uint80 public latestRound;
    mapping(uint80 => Round) private rounds;

    event AnswerUpdated(int256 indexed current, uint256 indexed roundId, uint256 updatedAt);
    event NewRound(uint256 indexed roundId, address indexed startedBy, uint256 startedAt);

    error NotKeeper(address caller);
    error NoDataPresent(uint80 roundId);

    constructor(uint8 decimals_, string memory description_, int256 initialAnswer) {
        decimals = decimals_;
        description = description_;
        keeper = msg.sender;
        _record(initialAnswer);
    }

    /// @notice Publishes a new round with `answer` (scaled by 10^decimals), timestamped now.
    function submit(int256 answer) external {
        if (msg.sender != keeper) revert NotKeeper(msg.sender);
        _record(answer);
    }

    function latestRoundData()
        external view override returns (uint80, int256, uint256, uint256, uint80)
    {
        return getRoundData(latestRound);
    }

    function getRoundData(uint80 roundId)
        public view override returns (uint80, int256, uint256, uint256, uint80)
    {
        Round memory r = rounds[roundId];
        if (r.updatedAt == 0) revert NoDataPresent(roundId);
        return (roundId, r.answer, r.startedAt, r.updatedAt, roundId);
    }

    function latestAnswer() external view returns (int256) {
        return rounds[latestRound].answer;
    }

    function latestTimestamp() external view returns (uint256) {
        return rounds[latestRound].updatedAt;
    }

    function _record(int256 answer) private {
        uint80 roundId = latestRound + 1;
        latestRound = roundId;
        rounds[roundId] = Round(answer, uint64(block.timestamp), uint64(block.timestamp));
        emit NewRound(roundId, msg.sender, block.timestamp);
        emit AnswerUpdated(answer, roundId, block.timestamp);
    }
}
