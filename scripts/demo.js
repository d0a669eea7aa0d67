#!/usr/bin/env node
'use strict';
/**
 * The README demo: runs the built command line (npm run build:cli) on the bundled sample
 * samples/kitakami-9-2.xlsx — Kitakami's real sheet 9-2 with indicator ②'s 期待値 R2–R6 still
 * blank — and writes a filled and an annotated copy into out/ (gitignored). The sample is never written.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const bin = path.join(root, 'bin', 'evalsheet.js');
const sample = path.join('samples', 'kitakami-9-2.xlsx');
const out = 'out';

if (!fs.existsSync(path.join(root, 'lib', 'cli', 'main.js'))) {
  process.stderr.write('demo: the command line is not built; run `npm run build:cli` first (npm run demo does both)\n');
  process.exit(2);
}
fs.mkdirSync(path.join(root, out), { recursive: true });

function step(title, args, okCodes) {
  process.stdout.write(`\n=== ${title}\n$ evalsheet ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit' });
  if (!okCodes.includes(r.status)) {
    process.stderr.write(`demo: "evalsheet ${args[0]}" exited with ${r.status}\n`);
    process.exit(r.status === null ? 2 : r.status);
  }
  process.stdout.write(`(exit status ${r.status})\n`);
}

// check exits 1 when a sheet has errors: that is a result, not a failure of the demo.
step('1. check the sample (readable report)', ['check', sample], [0, 1]);
// --force: the demo replaces its own earlier outputs in out/.
step('2. fill in the blank expected values', ['fill', sample, '-o', path.join(out, 'kitakami-9-2.filled.xlsx'), '--force'], [0]);
step('3. mark every finding in a copy', ['annotate', sample, '-o', path.join(out, 'kitakami-9-2.annotated.xlsx'), '--force'], [0]);
step('4. check the filled copy again', ['check', path.join(out, 'kitakami-9-2.filled.xlsx')], [0, 1]);

process.stdout.write(`\nWrote ${path.join(out, 'kitakami-9-2.filled.xlsx')} and ${path.join(out, 'kitakami-9-2.annotated.xlsx')}; ${sample} is unchanged.\n`);
