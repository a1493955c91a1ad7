// Benchmarks of the pipeline on generated workspaces: build (parse, link, validate), model,
// layout and render. Prints figures; asserts nothing (targets are read, not unit-tested).
import { URI } from 'langium';
import { createAlignCoreServices } from '../../language/align-module.js';
import { layoutGraph } from '../../language/diagrams/layout/elk-layout.js';
import { renderGraphSvg } from '../../language/diagrams/render/svg.js';
import { errorsOf } from '../../language/diagrams/render-diagram.js';
import { buildDecisionFlow } from '../../language/diagrams/views/decision-flow.js';
import os from 'node:os';
import { realisticFiles, realisticText } from '../pathological/generators.js';
import { inProcessTable } from './in-process.js';
import { serverLatencies, serverPeakMemory } from './server.js';
import { editorLatencies } from './editor.js';
import { keystrokePhases } from './phases.js';

/** A workspace with `domains` domains, a rule per pair of neighbours and `decisions` decisions. */
function generate(domains: number, decisions: number): Record<string, string> {
    const people = Array.from({ length: domains }, (_, i) => `stakeholder P${i} "Person ${i}" { org "Org ${i % 5}" }`);
    const forums = [`cadence Weekly every week { attendees ${people.map((_, i) => `P${i}`).join(', ')} }`, 'group Triage { members P0, P1, P2 }'];
    const rights = Array.from({ length: domains }, (_, i) => `domain D${i} { owner P${i} consulted P${(i + 1) % domains} }`);
    const rules = [
        'rule Any { when crosses any decided by Triage within 48 hours escalates to Weekly after 1 week }',
        ...Array.from({ length: Math.floor(domains / 2) }, (_, i) => `rule R${i} { when touches D${2 * i}, D${2 * i + 1} decided by P${2 * i} within 2 days }`)
    ];
    const work = Array.from(
        { length: decisions },
        (_, i) => `decision X${i} "Decision ${i}" { affects D${i % domains}${i % 3 === 0 ? `, D${(i + 1) % domains}` : ''} due 2027-0${1 + (i % 9)}-15 }`
    );
    return { 'people.align': [...people, ...forums].join('\n'), 'rights.align': [...rights, ...rules].join('\n'), 'work.align': work.join('\n') };
}

async function measure(domains: number, decisions: number): Promise<void> {
    const files = generate(domains, decisions);
    const lines = Object.values(files).reduce((n, t) => n + t.split('\n').length, 0);
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const { shared, Align } = createAlignCoreServices();
    const documents = Object.entries(files).map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/bench/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const t1 = performance.now();
    Align.align.AlignmentModel.invalidate();
    const model = Align.align.AlignmentModel.model;
    const t2 = performance.now();
    const view = buildDecisionFlow(model, errorsOf(documents));
    const layout = await layoutGraph(view);
    const t3 = performance.now();
    const svg = renderGraphSvg(layout);
    const t4 = performance.now();
    const heap = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
    const diagnostics = documents.reduce((n, d) => n + (d.diagnostics?.length ?? 0), 0);
    console.log(
        [
            `${String(decisions).padStart(5)} decisions, ${String(domains).padStart(3)} domains, ${String(lines).padStart(5)} lines:`,
            `build+validate ${(t1 - t0).toFixed(0)} ms`,
            `model ${(t2 - t1).toFixed(1)} ms`,
            `view+layout ${(t3 - t2).toFixed(0)} ms (${view.nodes.length} nodes)`,
            `svg ${(t4 - t3).toFixed(1)} ms (${(svg.length / 1024).toFixed(0)} KiB)`,
            `heap +${heap.toFixed(0)} MiB`,
            `${diagnostics} diagnostics`
        ].join(' | ')
    );
}

/** Issue 8's slow paths: one file of 1, 5 and 10 MB, and the same units over 30 files. */
async function measureOneFile(units: number, files = 1): Promise<void> {
    const texts = files === 1 ? { 'one.align': realisticText(units) } : realisticFiles(units, files);
    const bytes = Object.values(texts).reduce((n, t) => n + t.length, 0);
    const t0 = performance.now();
    const { shared, Align } = createAlignCoreServices();
    const documents = Object.entries(texts).map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/bench/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    const t1 = performance.now();
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    void Align.align.AlignmentModel.model;
    const t2 = performance.now();
    const diagnostics = documents.reduce((n, d) => n + (d.diagnostics?.length ?? 0), 0);
    console.log(
        `${String(units).padStart(5)} units in ${String(files).padStart(2)} file(s), ${(bytes / 1e6).toFixed(1)} MB: parse ${(t1 - t0).toFixed(0)} ms | link+validate+model ${(t2 - t1).toFixed(0)} ms | total ${(t2 - t0).toFixed(0)} ms | ${diagnostics} diagnostics`
    );
}

const parts = process.argv.slice(2);
const run = (part: string) => parts.length === 0 || parts.includes(part);
console.log(`Align benchmarks on node ${process.version}, ${os.cpus().length} CPUs`);
if (run('build')) await inProcessTable();
if (run('server')) await serverLatencies(250, 200, 500);
if (run('server') || run('peak')) await serverPeakMemory(2500, 200);
if (run('editor')) await editorLatencies();
// `npm run bench -- editor-one`: the 10k-line file alone (with ALIGN_BENCH_NODE_ARGS=--cpu-prof, a profile of the server).
if (run('editor-one')) await editorLatencies(40, 'one');
if (run('editor-100k')) await editorLatencies(40, '100k');
if (run('phases')) await keystrokePhases();
if (run('pipeline')) {
    console.log('\nThe pipeline at growing sizes (model, layout and SVG in process):');
    for (const [domains, decisions] of [
        [20, 100],
        [80, 1000]
    ])
        await measure(domains, decisions);
}
if (run('files')) {
    console.log('\nOne large file (issue 8: 1 MB took 10.7 s, 5 MB 238 s, 10 MB did not finish in 300 s):');
    for (const units of [700, 3500, 7000]) await measureOneFile(units);
    console.log('The same 600 units in one file and in 30 files (issue 8: 30.6 s and 9.4 s):');
    await measureOneFile(600, 1);
    await measureOneFile(600, 30);
}
