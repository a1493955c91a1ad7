// Starts the bundled language server as a child process over stdio and talks JSON-RPC to
// it, as an editor would.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import type { Diagnostic } from 'vscode-languageserver-types';

export interface PublishDiagnosticsParams {
    uri: string;
    version?: number;
    diagnostics: Diagnostic[];
}

export const ROOT = resolve(__dirname, '../..');

export interface LspSession {
    connection: MessageConnection;
    process: ChildProcess;
    folder: string;
    uri(file: string): string;
    text(file: string): string;
    open(file: string, text?: string): Promise<void>;
    diagnostics(file: string, predicate?: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]>;
    /** Calls `listener` with every publishDiagnostics, after the session has recorded it. */
    onPublish(listener: (params: PublishDiagnosticsParams) => void): void;
    /** The latest diagnostics published for each URI. */
    published: Map<string, Diagnostic[]>;
    stop(): Promise<void>;
}

/** Copies example folders (and extra files) into a temp workspace, starts the server on it and initializes it. */
export async function startServer(exampleFolders: string[], settings: object = {}, files: Record<string, string> = {}): Promise<LspSession> {
    const folder = mkdtempSync(join(tmpdir(), 'align-lsp-'));
    for (const example of exampleFolders) cpSync(join(ROOT, 'examples', example), folder, { recursive: true });
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(dirname(join(folder, name)), { recursive: true });
        writeFileSync(join(folder, name), text);
    }
    // ALIGN_TEST_NODE_ARGS: node options for the server, e.g. `--report-on-signal` to see where it is stuck.
    const nodeArgs = (process.env.ALIGN_TEST_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const child = spawn(process.execPath, [...nodeArgs, join(ROOT, 'out/server/main.cjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    // ALIGN_TEST_SERVER_LOG=PREFIX: the server's stderr and log messages go to PREFIX.PID.
    const logFile = process.env.ALIGN_TEST_SERVER_LOG ? `${process.env.ALIGN_TEST_SERVER_LOG}.${child.pid}` : undefined;
    const log = (text: string) => logFile && appendFileSync(logFile, text);
    if (logFile) child.stderr!.on('data', chunk => log(String(chunk)));
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const latest = new Map<string, Diagnostic[]>();
    const waiters: Array<() => void> = [];
    const listeners: Array<(params: PublishDiagnosticsParams) => void> = [];
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
        latest.set(params.uri, params.diagnostics);
        waiters.splice(0).forEach(wake => wake());
        for (const listener of listeners) listener(params);
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification('window/logMessage', (params: { message: string }) => log(`${params.message}\n`));
    connection.listen();
    const folderUri = pathToFileURL(folder).toString();
    await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: folderUri,
        workspaceFolders: [{ uri: folderUri, name: 'workspace' }],
        capabilities: {
            workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
            textDocument: { hover: { contentFormat: ['markdown'] }, rename: { prepareSupport: true }, publishDiagnostics: {} }
        }
    });
    await connection.sendNotification('initialized', {});
    const uri = (file: string) => pathToFileURL(join(folder, file)).toString();
    const versions = new Map<string, number>();
    return {
        connection,
        process: child,
        folder,
        uri,
        text: file => readFileSync(join(folder, file), 'utf8'),
        onPublish: listener => {
            listeners.push(listener);
        },
        published: latest,
        async open(file, text) {
            versions.set(file, 1);
            await connection.sendNotification('textDocument/didOpen', {
                textDocument: { uri: uri(file), languageId: 'align', version: 1, text: text ?? readFileSync(join(folder, file), 'utf8') }
            });
        },
        async diagnostics(file, predicate = () => true) {
            const deadline = Date.now() + 20000;
            for (;;) {
                const current = latest.get(uri(file));
                if (current && predicate(current)) return current;
                if (Date.now() > deadline) throw new Error(`no matching diagnostics for ${file}: ${JSON.stringify(current?.map(d => d.code))}`);
                await new Promise<void>(wake => {
                    waiters.push(wake);
                    setTimeout(wake, 200);
                });
            }
        },
        async stop() {
            // Bounded: a server that never answers shutdown is killed below, not waited for forever.
            let timer: ReturnType<typeof setTimeout> | undefined;
            const answered = await Promise.race([
                connection.sendRequest('shutdown').then(
                    () => true,
                    () => true
                ),
                new Promise<boolean>(done => {
                    timer = setTimeout(() => done(false), 10000);
                })
            ]);
            clearTimeout(timer);
            if (!answered) console.warn(`align-lsp test client: the server did not answer shutdown within 10 s (${folder})`);
            await connection.sendNotification('exit').catch(() => undefined);
            await new Promise<void>(done => {
                if (child.exitCode !== null) return done();
                const timer = setTimeout(() => {
                    child.kill('SIGKILL');
                    done();
                }, 3000);
                child.once('exit', () => {
                    clearTimeout(timer);
                    done();
                });
            });
            connection.dispose();
        }
    };
}

export { positionOf } from '../helpers/text.js';
