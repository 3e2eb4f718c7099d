// Copies the Aave v3 contracts the devnet deploys from the installed @aave/core-v3 package (its
// Hardhat artifacts, as Aave published them: ABI, creation bytecode, library link references)
// into build resources, one <Contract>.json each. Nothing is recompiled: the devnet runs Aave's
// own bytecode. Usage: node copy-aave-artifacts.mjs <toolsDir> <outputDir>
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [toolsDir, outDir] = process.argv.slice(2);
if (!outDir) throw new Error('usage: copy-aave-artifacts.mjs <toolsDir> <outputDir>');
const pkgDir = join(toolsDir, 'node_modules', '@aave', 'core-v3');
const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;

const CONTRACTS = [
  'protocol/configuration/PoolAddressesProvider.sol/PoolAddressesProvider',
  'protocol/configuration/ACLManager.sol/ACLManager',
  'protocol/pool/Pool.sol/Pool',
  'protocol/pool/PoolConfigurator.sol/PoolConfigurator',
  'protocol/pool/DefaultReserveInterestRateStrategy.sol/DefaultReserveInterestRateStrategy',
  'protocol/tokenization/AToken.sol/AToken',
  'protocol/tokenization/VariableDebtToken.sol/VariableDebtToken',
  'protocol/tokenization/StableDebtToken.sol/StableDebtToken',
  'protocol/libraries/logic/SupplyLogic.sol/SupplyLogic',
  'protocol/libraries/logic/BorrowLogic.sol/BorrowLogic',
  'protocol/libraries/logic/LiquidationLogic.sol/LiquidationLogic',
  'protocol/libraries/logic/EModeLogic.sol/EModeLogic',
  'protocol/libraries/logic/BridgeLogic.sol/BridgeLogic',
  'protocol/libraries/logic/FlashLoanLogic.sol/FlashLoanLogic',
  'protocol/libraries/logic/PoolLogic.sol/PoolLogic',
  'protocol/libraries/logic/ConfiguratorLogic.sol/ConfiguratorLogic',
  'misc/AaveOracle.sol/AaveOracle',
  'misc/AaveProtocolDataProvider.sol/AaveProtocolDataProvider',
];

mkdirSync(outDir, { recursive: true });
for (const path of CONTRACTS) {
  const a = JSON.parse(readFileSync(join(pkgDir, 'artifacts', 'contracts', path + '.json'), 'utf8'));
  writeFileSync(join(outDir, `${a.contractName}.json`), JSON.stringify({
    contractName: a.contractName,
    sourceName: a.sourceName,
    package: `@aave/core-v3@${version}`,
    abi: a.abi,
    bytecode: a.bytecode,
    linkReferences: a.linkReferences,
  }) + '\n');
}
console.log(`[aave] @aave/core-v3@${version}: ${CONTRACTS.length} artifacts into ${outDir}`);
