// Mutation score per folder from StrykerJS's JSON report (reports/mutation/mutation.json), and the
// surviving mutants, for docs/mutation-testing.md. Score = (killed + timeout) / (killed + timeout +
// survived + no coverage); ignored, static-skipped and compile errors are not counted.
import fs from 'node:fs';

const report = JSON.parse(fs.readFileSync(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'reports/mutation/mutation.json', 'utf8'));
const folders = new Map();
const survivors = [];
for (const [file, f] of Object.entries(report.files)) {
  const folder = file.split('/').slice(0, 3).join('/');
  const s = folders.get(folder) ?? { killed: 0, survived: 0, noCoverage: 0, ignored: 0 };
  for (const m of f.mutants) {
    if (m.status === 'Killed' || m.status === 'Timeout') s.killed++;
    else if (m.status === 'Survived') s.survived++;
    else if (m.status === 'NoCoverage') s.noCoverage++;
    else s.ignored++;
    if (m.status === 'Survived' || m.status === 'NoCoverage') {
      const line = f.source.split('\n')[m.location.start.line - 1].trim();
      survivors.push(`${file}:${m.location.start.line} ${m.mutatorName} ${m.status} → ${JSON.stringify(m.replacement ?? '').slice(0, 60)} | ${line.slice(0, 90)}`);
    }
  }
  folders.set(folder, s);
}
console.log('| folder | killed | survived | no coverage | score |');
console.log('|---|---|---|---|---|');
for (const [folder, s] of [...folders].sort()) {
  const n = s.killed + s.survived + s.noCoverage;
  console.log(`| ${folder} | ${s.killed} | ${s.survived} | ${s.noCoverage} | ${n ? ((100 * s.killed) / n).toFixed(1) : '-'}% |`);
}
if (process.argv.includes('--survivors')) for (const l of survivors) console.log(l);
