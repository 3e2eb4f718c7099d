// Installs the devnet's pinned npm tools (anvil, solc-js) and Aave v3's published compiled
// contracts (@aave/core-v3: ABI, bytecode, library link references) into <repo>/.tools/npm.
// Skips the install when both are already there, so offline rebuilds work.
// Usage: node install-tools.mjs <toolsDir>
import { existsSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

const PINS = { '@foundry-rs/anvil': '1.7.1', 'solc': '0.8.37', '@aave/core-v3': '1.19.3' };
const toolsDir = process.argv[2];
if (!toolsDir) throw new Error('usage: install-tools.mjs <toolsDir>');

const installedVersion = (pkg) => {
  const file = join(toolsDir, 'node_modules', pkg, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : null;
};
const anvilBinary = join(toolsDir, 'node_modules', '@foundry-rs', 'anvil-linux-amd64', 'bin', 'anvil');
const missing = Object.entries(PINS).filter(([pkg, v]) => installedVersion(pkg) !== v);

if (missing.length === 0 && existsSync(anvilBinary)) {
  console.log(`[devnet tools] ${Object.entries(PINS).map(([p, v]) => p + '@' + v).join(', ')} already in ${toolsDir}`);
} else {
  mkdirSync(toolsDir, { recursive: true });
  writeFileSync(join(toolsDir, 'package.json'),
    JSON.stringify({ name: 'solvent-devnet-tools', private: true, dependencies: PINS }, null, 2) + '\n');
  console.log(`[devnet tools] npm install ${Object.entries(PINS).map(([p, v]) => p + '@' + v).join(' ')} into ${toolsDir}`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--save-exact'], { cwd: toolsDir, stdio: 'inherit' });
  if (!existsSync(anvilBinary)) {
    throw new Error(`anvil binary not found at ${anvilBinary} after npm install (this build supports linux-x64)`);
  }
}
