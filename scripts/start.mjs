// `npm start`: the main job on the bundled examples: checks both, writes their diagrams and
// the stalemate's report, saying where.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const cli = resolve('out/cli/main.cjs');
const run = (args) => spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' }).status;

console.log('\n$ align check examples/patient-portal   (the programme with its decision framework)');
const clean = run(['check', 'examples/patient-portal']);
console.log('\n$ align check examples/stalemate   (the same programme before the framework: expected to fail)');
run(['check', 'examples/stalemate']);
console.log('\n$ align who-decides examples/patient-portal --domains UserExperience,Architecture');
run(['who-decides', 'examples/patient-portal', '--domains', 'UserExperience,Architecture']);
mkdirSync('out/diagrams', { recursive: true });
for (const [example, view] of [['patient-portal', 'decision-flow'], ['patient-portal', 'raci'], ['patient-portal', 'roadmap'], ['patient-portal', 'rhythm'], ['stalemate', 'decision-flow'], ['stalemate', 'escalation']]) {
    const file = `out/diagrams/${example}-${view}.svg`;
    if (run(['diagram', `examples/${example}`, '--view', view, '--format', 'svg', '-o', file]) === 0) console.log(`Wrote ${resolve(file)}`);
}
console.log('\n$ align impact CIO examples/patient-portal');
run(['impact', 'CIO', 'examples/patient-portal']);
const report = 'out/reports/stalemate.html';
mkdirSync('out/reports', { recursive: true });
if (run(['report', 'examples/stalemate', '-o', report]) === 0) console.log(`Open ${resolve(report)} in a browser: the report for the steering committee.`);
process.exitCode = clean;
