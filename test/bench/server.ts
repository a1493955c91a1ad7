// Through the real language server over stdio, as an editor drives it: edit→diagnostics of
// the edited file, hover, definition and completion latency (also while a diagram is laid
// out), the diagram request per view, a cursor move's highlight, and the server's memory.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { nodeAt } from '../../language/diagrams/select/view-index.js';
import { DiagramRequest, type DiagramViewKind } from '../../language/protocol.js';
import { realisticFiles } from '../pathological/generators.js';
import { median, p95, row } from './table.js';

/** Peak and current resident memory of a process, in MiB (Linux). */
function memoryOf(pid: number): { peak: number; now: number } {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
    return { peak: field('VmHWM'), now: field('VmRSS') };
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
    const t0 = performance.now();
    const result = await work();
    return [performance.now() - t0, result];
}

/** Runs the server on a generated workspace and prints its latencies. */
export async function serverLatencies(units: number, fileCount: number, edits: number): Promise<void> {
    const folder = mkdtempSync(join(tmpdir(), 'align-bench-'));
    const files = realisticFiles(units, fileCount);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    writeFileSync(join(folder, 'align.config.json'), '{ "today": "2026-11-25" }');
    mkdirSync(join(folder, '.vscode'), { recursive: true });
    // ALIGN_BENCH_NODE_ARGS (e.g. --max-old-space-size=256) tells a leak from a lazy collector.
    const nodeArgs = process.env.ALIGN_BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const child = spawn(process.execPath, [...nodeArgs, join(process.cwd(), 'out/server/main.cjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const published = new Map<string, Array<() => void>>();
    let publishCount = 0;
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string }) => {
        publishCount++;
        if (process.env.BENCH_DEBUG)
            console.error('publish', params.uri, JSON.stringify((params as { diagnostics?: Array<{ code: string }> }).diagnostics?.map(d => d.code)));
        published
            .get(params.uri)
            ?.splice(0)
            .forEach(wake => wake());
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/inlayHint/refresh', () => null);
    connection.onNotification('window/logMessage', (m: { message: string }) => {
        if (process.env.BENCH_DEBUG) console.error(m.message);
    });
    connection.onUnhandledNotification(n => {
        if (process.env.BENCH_DEBUG) console.error('unhandled', n.method);
    });
    connection.listen();
    const root = pathToFileURL(folder).toString();
    const uri = (file: string) => pathToFileURL(join(folder, file)).toString();
    const nextPublish = (target: string) =>
        new Promise<void>(wake => {
            const list = published.get(target) ?? [];
            list.push(wake);
            published.set(target, list);
        });

    const lines = Object.values(files).reduce((n, t) => n + t.split('\n').length, 0);
    const startup = performance.now();
    const names = Object.keys(files);
    const lastFile = names[names.length - 1];
    const firstBuild = nextPublish(uri(lastFile));
    await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: root,
        workspaceFolders: [{ uri: root, name: 'bench' }],
        capabilities: { textDocument: { publishDiagnostics: {} } }
    });
    await connection.sendNotification('initialized', {});
    await firstBuild;
    const startupMs = performance.now() - startup;

    const edited = names[Math.floor(names.length / 2)];
    const text = files[edited];
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(edited), languageId: 'align', version: 1, text } });
    const unit = Number(/\/\/ Unit (\d+)/.exec(text)![1]);
    // Each edit adds or removes a domain without owner, so the edited file's diagnostics change.
    const editLatencies: number[] = [];
    let version = 1;
    let orphan = false;
    // The argument is ignored: each edit flips the orphan domain, so every edit changes diagnostics.
    const edit = async (_n?: number) => {
        orphan = !orphan;
        const changedText = orphan ? `${text}\ndomain Orphan${unit}\n` : text;
        const done = nextPublish(uri(edited));
        const t0 = performance.now();
        await connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: uri(edited), version: ++version },
            contentChanges: [{ text: changedText }]
        });
        await done;
        return performance.now() - t0;
    };
    const publishesBefore = publishCount;
    for (let i = 0; i < 30; i++) editLatencies.push(await edit(i));
    const publishesPerEdit = (publishCount - publishesBefore) / 30;
    // Leave the text as it was (an even number of edits restores it).

    const position = (needle: string, offset = 1) => {
        const at = text.indexOf(needle);
        const before = text.slice(0, at + offset).split('\n');
        return { line: before.length - 1, character: before[before.length - 1].length };
    };
    const hoverAt = position(`decision X${unit}_0`, 10);
    const definitionAt = position(`owner P${unit}_0`, 7);
    const completionAt = position(`owner P${unit}_0`, 6);
    const request = (method: string, pos: { line: number; character: number }) =>
        connection.sendRequest(method, { textDocument: { uri: uri(edited) }, position: pos });
    const sample = async (method: string, pos: { line: number; character: number }) => {
        const times: number[] = [];
        for (let i = 0; i < 30; i++) times.push((await timed(() => request(method, pos)))[0]);
        return times;
    };
    const stage = (name: string) => {
        if (process.env.BENCH_DEBUG) console.error('stage', name);
    };
    stage('requests');
    const hover = await sample('textDocument/hover', hoverAt);
    const definition = await sample('textDocument/definition', definitionAt);
    const completion = await sample('textDocument/completion', completionAt);

    // The diagram request per view, with a cold cache (just after an edit), then warm.
    stage('diagrams');
    const focus = { uri: uri(edited), line: hoverAt.line, character: hoverAt.character };
    await edit(0);
    const diagram: Array<[DiagramViewKind, number, number, number]> = [];
    for (const view of ['decision-flow', 'escalation', 'raci'] as const) {
        const [cold, result] = await timed(() => connection.sendRequest(DiagramRequest, { view, focus }));
        const [warm] = await timed(() => connection.sendRequest(DiagramRequest, { view, focus }));
        diagram.push([view, cold, warm, result.nodes.length]);
    }
    // Hover right after an edit, while the rest of the project is validated again.
    const afterEdit: number[] = [];
    for (let i = 0; i < 5; i++) {
        await edit(i);
        afterEdit.push((await timed(() => request('textDocument/hover', hoverAt)))[0]);
    }
    // Hover while a diagram is laid out: an edit empties the cache, then both at once.
    await edit(1);
    stage('during layout');
    const duringLayout: number[] = [];
    for (let i = 0; i < 5; i++) {
        await edit(i);
        const picture = connection.sendRequest(DiagramRequest, { view: 'decision-flow', focus, followCursor: false, filter: `X${i}` });
        duringLayout.push((await timed(() => request('textDocument/hover', hoverAt)))[0]);
        stage(`hover ${i} answered`);
        await picture;
        stage(`picture ${i} drawn`);
    }
    // A cursor move that only changes the highlight: the client finds the node in the result's index.
    stage('highlight');
    const result = await connection.sendRequest(DiagramRequest, { view: 'decision-flow', focus });
    const [highlightMs] = await timed(async () => nodeAt(result.nodes, focus));

    stage('memory');
    const afterWarmup = memoryOf(child.pid!);
    // RSS after every edit: the collector frees late, so a single sample before and after says
    // more about when it last ran than about a leak. The lowest RSS of the first and of the last
    // 50 edits (what is live, give or take) is compared too.
    const samples: number[] = [];
    for (let i = 0; i < edits; i++) {
        await edit(i);
        samples.push(memoryOf(child.pid!).now);
    }
    const afterEdits = memoryOf(child.pid!);
    const window = Math.min(50, Math.floor(edits / 2));
    const [firstTrough, lastTrough] = [Math.min(...samples.slice(0, window)), Math.min(...samples.slice(-window))];

    console.log(`\nThrough the server over stdio: ${lines} lines in ${fileCount} files (first build and publish ${startupMs.toFixed(0)} ms)`);
    console.log(row(['measure', 'median', 'p95', 'target']));
    console.log(
        row(['edit → diagnostics of the edited file (30 edits)', `${median(editLatencies).toFixed(0)} ms`, `${p95(editLatencies).toFixed(0)} ms`, '≤ 100 ms'])
    );
    console.log(row(['files republished per edit', publishesPerEdit.toFixed(1), '', 'only changed files']));
    console.log(row(['hover (30)', `${median(hover).toFixed(1)} ms`, `${p95(hover).toFixed(1)} ms`, '≤ 30 ms']));
    console.log(row(['definition (30)', `${median(definition).toFixed(1)} ms`, `${p95(definition).toFixed(1)} ms`, '≤ 30 ms']));
    console.log(row(['completion (30)', `${median(completion).toFixed(1)} ms`, `${p95(completion).toFixed(1)} ms`, '≤ 30 ms']));
    console.log(row(['hover right after an edit (5)', `${median(afterEdit).toFixed(1)} ms`, `${Math.max(...afterEdit).toFixed(1)} ms (max)`, '≤ 30 ms']));
    console.log(
        row(['hover while a diagram is laid out (5)', `${median(duringLayout).toFixed(1)} ms`, `${Math.max(...duringLayout).toFixed(1)} ms (max)`, '≤ 30 ms'])
    );
    for (const [view, cold, warm, nodes] of diagram) {
        console.log(row([`diagram ${view} (${nodes} elements drawn)`, `${cold.toFixed(0)} ms cold`, `${warm.toFixed(1)} ms cached`, '≤ 1 s']));
    }
    console.log(row(['cursor move → highlight (node index lookup)', `${highlightMs.toFixed(2)} ms`, '', '≤ 50 ms']));
    console.log(row(['server peak RSS', `${afterWarmup.peak.toFixed(0)} MiB`, '', '≤ 600 MB']));
    console.log(
        row([
            `server RSS before / after ${edits} more edits`,
            `${afterWarmup.now.toFixed(0)} → ${afterEdits.now.toFixed(0)} MiB`,
            `${(((afterEdits.now - afterWarmup.now) / afterWarmup.now) * 100).toFixed(1)}%`,
            'flat ± 10%'
        ])
    );
    console.log(
        row([
            `server RSS lowest in the first / last ${window} edits (highest of all)`,
            `${firstTrough.toFixed(0)} → ${lastTrough.toFixed(0)} MiB (${Math.max(...samples).toFixed(0)})`,
            `${(((lastTrough - firstTrough) / firstTrough) * 100).toFixed(1)}%`,
            'flat ± 10%'
        ])
    );

    await connection.sendRequest('shutdown').catch(() => undefined);
    await connection.sendNotification('exit').catch(() => undefined);
    child.kill();
    connection.dispose();
    rmSync(folder, { recursive: true, force: true });
}

/** Peak RSS of the server after the first build of a large workspace. */
export async function serverPeakMemory(units: number, fileCount: number): Promise<void> {
    const folder = mkdtempSync(join(tmpdir(), 'align-bench-'));
    const files = realisticFiles(units, fileCount);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    const nodeArgs = process.env.ALIGN_BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const child = spawn(process.execPath, [...nodeArgs, join(process.cwd(), 'out/server/main.cjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const names = Object.keys(files);
    const last = pathToFileURL(join(folder, names[names.length - 1])).toString();
    const done = new Promise<void>(wake =>
        connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string }) => {
            if (params.uri === last) wake();
        })
    );
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
    connection.onRequest('client/registerCapability', () => null);
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
    const root = pathToFileURL(folder).toString();
    const t0 = performance.now();
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'bench' }], capabilities: {} });
    await connection.sendNotification('initialized', {});
    await done;
    const lines = Object.values(files).reduce((n, t) => n + t.split('\n').length, 0);
    console.log(
        row([
            `server first build of ${lines} lines in ${fileCount} files`,
            `${(performance.now() - t0).toFixed(0)} ms`,
            `peak RSS ${memoryOf(child.pid!).peak.toFixed(0)} MiB`,
            '≤ 600 MB'
        ])
    );
    child.kill();
    connection.dispose();
    rmSync(folder, { recursive: true, force: true });
}
