// Compiles the reference contracts with solc-js (standard JSON) into build resources:
// one <Contract>.json per contract with its ABI, creation bytecode and runtime bytecode.
// Usage: node compile-contracts.mjs <toolsDir> <solidityDir> <outputDir>
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [toolsDir, sourceDir, outDir] = process.argv.slice(2);
if (!outDir) throw new Error('usage: compile-contracts.mjs <toolsDir> <solidityDir> <outputDir>');
const require = createRequire(resolve(toolsDir, 'package.json'));
const solc = require('solc');

const sources = {};
for (const file of readdirSync(sourceDir).filter((f) => f.endsWith('.sol')).sort()) {
  sources[file] = { content: readFileSync(join(sourceDir, file), 'utf8') };
}
const input = {
  language: 'Solidity',
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'cancun',
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
  },
};
const output = JSON.parse(solc.compile(JSON.stringify(input), {
  import: (path) => sources[path.replace(/^\.\//, '')] ?? { error: `not found: ${path}` },
}));
const errors = (output.errors ?? []).filter((e) => e.severity === 'error');
for (const e of output.errors ?? []) console.error(e.formattedMessage);
if (errors.length > 0) process.exit(1);

mkdirSync(outDir, { recursive: true });
let count = 0;
for (const [file, contracts] of Object.entries(output.contracts)) {
  for (const [name, c] of Object.entries(contracts)) {
    if (c.evm.bytecode.object.length === 0) continue; // interfaces
    writeFileSync(join(outDir, `${name}.json`), JSON.stringify({
      contractName: name,
      sourceName: file,
      compiler: `solc ${solc.version()}`,
      abi: c.abi,
      bytecode: '0x' + c.evm.bytecode.object,
      deployedBytecode: '0x' + c.evm.deployedBytecode.object,
    }, null, 1) + '\n');
    count++;
  }
}
console.log(`[contracts] solc ${solc.version()}: ${count} contracts into ${outDir}`);
