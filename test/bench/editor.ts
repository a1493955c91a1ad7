// The editor-like part of the bench (issue 19): after each keystroke, VS Code sends the
// change and then asks for semantic tokens, code lens, inlay hints for the visible range,
// document symbols, folding ranges, highlights and code actions. Measured through the real
// server over stdio on 10k lines in one file, 10k in 200 files and 100k in 200 files.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import { DiagramRequest } from '../../language/protocol.js';
import { realisticFiles, realisticText } from '../pathological/generators.js';
import { median, p95, row } from './table.js';

interface Session {
    connection: MessageConnection;
    child: ChildProcess;
    uri(file: string): string;
    nextPublish(uri: string): Promise<void>;
    close(): Promise<void>;
}

async function start(files: Record<string, string>): Promise<Session> {
    const folder = mkdtempSync(join(tmpdir(), 'align-bench-editor-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    writeFileSync(join(folder, 'align.config.json'), '{ "today": "2026-11-25" }');
    // ALIGN_BENCH_NODE_ARGS (e.g. --max-old-space-size=800) tells a leak from a lazy collector.
    const nodeArgs = process.env.ALIGN_BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const child = spawn(process.execPath, [...nodeArgs, join(process.cwd(), 'out/server/main.cjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const waiting = new Map<string, Array<() => void>>();
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string }) =>
        waiting
            .get(params.uri)
            ?.splice(0)
            .forEach(wake => wake())
    );
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/inlayHint/refresh', () => null);
    connection.onRequest('workspace/codeLens/refresh', () => null);
    connection.onRequest('workspace/semanticTokens/refresh', () => null);
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
    const uri = (file: string) => pathToFileURL(join(folder, file)).toString();
    const nextPublish = (target: string) =>
        new Promise<void>(wake => {
            const list = waiting.get(target) ?? [];
            list.push(wake);
            waiting.set(target, list);
        });
    const names = Object.keys(files);
    const first = nextPublish(uri(names[names.length - 1]));
    const root = pathToFileURL(folder).toString();
    await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: root,
        workspaceFolders: [{ uri: root, name: 'bench' }],
        capabilities: {
            textDocument: {
                publishDiagnostics: {},
                semanticTokens: { requests: { full: { delta: true }, range: true }, formats: ['relative'], tokenTypes: [], tokenModifiers: [] }
            }
        }
    });
    await connection.sendNotification('initialized', {});
    await first;
    return {
        connection,
        child,
        uri,
        nextPublish,
        async close() {
            // Shut down as an editor does, so that a profiling server (--cpu-prof) writes its profile.
            const exited = new Promise(done => child.once('exit', done));
            await Promise.race([connection.sendRequest('shutdown').then(() => connection.sendNotification('exit')), exited]);
            await Promise.race([exited, new Promise(done => setTimeout(done, 5000))]);
            child.kill();
            connection.dispose();
            rmSync(folder, { recursive: true, force: true });
        }
    };
}

/** Peak resident memory of a process in MiB (Linux). */
function peakOf(pid: number): number {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
}

/** Types and deletes a character in a name `keystrokes` times, with the editor's follow-up requests after each. */
async function keystrokes(label: string, files: Record<string, string>, count: number, targets: { diagnostics: string; followUps: string }): Promise<void> {
    const session = await start(files);
    const names = Object.keys(files);
    const edited = names[Math.floor(names.length / 2)];
    const text = files[edited];
    const uri = session.uri(edited);
    const c = session.connection;
    await c.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'align', version: 1, text } });
    // Opening the saved text changes no diagnostic, so nothing is published: a request answered from its build says it is done.
    await c.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    // The cursor sits in the middle of the file, on a stakeholder's name, as in the report.
    const at = text.indexOf('stakeholder P', Math.floor(text.length / 2)) + 'stakeholder P'.length;
    const before = text.slice(0, at).split('\n');
    const position = { line: before.length - 1, character: before[before.length - 1].length };
    const visible = { start: { line: Math.max(0, position.line - 30), character: 0 }, end: { line: position.line + 30, character: 0 } };
    const textDocument = { uri };
    let tokens: { resultId?: string } = await c.sendRequest('textDocument/semanticTokens/full', { textDocument });
    const toDiagnostics: number[] = [];
    const toAnswers: number[] = [];
    const each: number[] = [];
    let version = 1;
    for (let i = 0; i < count; i++) {
        // Type `x` into the name, then delete it: every other text is the original again.
        const typed = i % 2 === 0;
        const change = typed
            ? { range: { start: position, end: position }, text: 'x' }
            : { range: { start: position, end: { line: position.line, character: position.character + 1 } }, text: '' };
        const published = session.nextPublish(uri);
        const t0 = performance.now();
        await c.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [change] });
        const timed = <T>(request: Promise<T>) =>
            request.then(result => {
                each.push(performance.now() - t0);
                return result;
            });
        const followUps = Promise.all([
            timed(
                c.sendRequest<{ resultId?: string }>('textDocument/semanticTokens/full/delta', { textDocument, previousResultId: tokens.resultId ?? '' })
            ).then(r => {
                if (r?.resultId) tokens = r;
            }),
            timed(c.sendRequest('textDocument/codeLens', { textDocument })),
            timed(c.sendRequest('textDocument/inlayHint', { textDocument, range: visible })),
            timed(c.sendRequest('textDocument/documentSymbol', { textDocument })),
            timed(c.sendRequest('textDocument/foldingRange', { textDocument })),
            timed(c.sendRequest('textDocument/documentHighlight', { textDocument, position })),
            timed(c.sendRequest('textDocument/codeAction', { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } }))
        ]);
        await published;
        toDiagnostics.push(performance.now() - t0);
        await followUps;
        toAnswers.push(performance.now() - t0);
    }
    // The preview's request right after a keystroke: it must not hold the others up.
    const diagram: number[] = [];
    const hoverDuring: number[] = [];
    for (let i = 0; i < 3; i++) {
        await c.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: ++version },
            contentChanges: [{ range: { start: position, end: position }, text: i % 2 === 0 ? 'x' : '' }]
        });
        const t0 = performance.now();
        const picture = c
            .sendRequest(DiagramRequest, { view: 'decision-flow', focus: { uri, line: position.line, character: position.character } })
            .then(() => diagram.push(performance.now() - t0));
        const h0 = performance.now();
        await c.sendRequest('textDocument/hover', { textDocument, position });
        hoverDuring.push(performance.now() - h0);
        await picture;
    }
    console.log(`\n${label}: ${count} keystrokes (type and delete a character in a name), each followed by the editor's requests`);
    console.log(row(['measure', 'median', 'p95', 'target']));
    console.log(
        row([
            'keystroke → diagnostics of the edited file',
            `${median(toDiagnostics).toFixed(0)} ms`,
            `${p95(toDiagnostics).toFixed(0)} ms`,
            targets.diagnostics
        ])
    );
    console.log(row(['keystroke → every follow-up answered', `${median(toAnswers).toFixed(0)} ms`, `${p95(toAnswers).toFixed(0)} ms`, targets.followUps]));
    console.log(row(['keystroke → each follow-up answered', `${median(each).toFixed(0)} ms`, `${p95(each).toFixed(0)} ms`, '']));
    console.log(
        row([
            'align/diagram decision-flow after a keystroke (3)',
            `${median(diagram).toFixed(0)} ms`,
            `${Math.max(...diagram).toFixed(0)} ms (max)`,
            '≤ 2 s at 10k'
        ])
    );
    console.log(
        row(['hover while that diagram is drawn (3)', `${median(hoverDuring).toFixed(0)} ms`, `${Math.max(...hoverDuring).toFixed(0)} ms (max)`, 'not blocked'])
    );
    console.log(row(['server peak RSS', `${peakOf(session.child.pid!).toFixed(0)} MiB`, '', '≤ 500 MB at 100k']));
    await session.close();
}

/** The three workspaces of issue 19, each with its targets. */
export async function editorLatencies(count = 40, only?: string): Promise<void> {
    if (only === '100k') {
        await keystrokes('100k lines in 200 files', realisticFiles(2500, 200), count, { diagnostics: '≤ 100 ms', followUps: '' });
        return;
    }
    // 250 units of about 40 lines: 10k lines.
    if (only === 'one') {
        await keystrokes('10k lines in one file', { 'one.align': realisticText(250) }, count, { diagnostics: '≤ 100 ms', followUps: '≤ 200 ms (p95 ≤ 400)' });
        return;
    }
    await keystrokes('10k lines in one file', { 'one.align': realisticText(250) }, count, { diagnostics: '≤ 100 ms', followUps: '≤ 200 ms (p95 ≤ 400)' });
    await keystrokes('10k lines in 200 files', realisticFiles(250, 200), count, { diagnostics: '≤ 40 ms', followUps: '' });
    await keystrokes('100k lines in 200 files', realisticFiles(2500, 200), count, { diagnostics: '≤ 100 ms', followUps: '' });
}
