// The language server of the web extension (out/server/browser-main.js, the bundle VS Code for
// the Web starts in a web worker), run in a worker thread dressed as a browser worker. It has
// no disk: it reads the workspace through the editor's align/readFile and align/readDirectory,
// answered here from a folder as client/workspace-files.ts answers them from VS Code's file
// system. So a web user sees every file's findings, across files, before opening any.
import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserMessageReader, BrowserMessageWriter, createMessageConnection, type MessageConnection } from 'vscode-jsonrpc/browser.js';
import type { Diagnostic } from 'vscode-languageserver-types';
import { ReadDirectoryRequest, ReadFileRequest, type WorkspaceEntry } from '../../language/protocol.js';
import { FileTypeBits, workspaceEntry } from '../../client/workspace-entry.js';

const ROOT = resolve(__dirname, '../..');

// What a browser gives a worker and the bundle uses: `self` with postMessage, onmessage and addEventListener.
const WORKER_SHIM = `
const { parentPort, workerData } = require('node:worker_threads');
const listeners = [];
globalThis.self = globalThis;
globalThis.postMessage = message => parentPort.postMessage(message);
globalThis.addEventListener = (type, listener) => { if (type === 'message') listeners.push(listener); };
Object.defineProperty(globalThis, 'onmessage', { set(listener) { listeners.push(listener); } });
parentPort.on('message', data => listeners.forEach(listener => listener({ data })));
require(workerData.bundle);
`;

/** The page's side of a worker: what BrowserMessageReader and BrowserMessageWriter need. */
function portOf(worker: Worker): Worker & { onmessage: unknown } {
    const port = {
        postMessage: (message: unknown) => worker.postMessage(message),
        addEventListener: () => undefined,
        set onmessage(listener: (event: { data: unknown }) => void) {
            worker.on('message', data => listener({ data }));
        }
    };
    return port as unknown as Worker & { onmessage: unknown };
}

let worker: Worker;
let connection: MessageConnection;
let folder: string;
const published = new Map<string, Diagnostic[]>();
const reads: string[] = [];
const uri = (file: string) => pathToFileURL(join(folder, file)).toString();

beforeAll(async () => {
    folder = join(mkdtempSync(join(tmpdir(), 'align-web-')), 'stalemate');
    cpSync(join(ROOT, 'examples/stalemate'), folder, { recursive: true });
    // Two folder links back to the root: followed, every file would load again and again, forever.
    symlinkSync('.', join(folder, 'loop'));
    symlinkSync('..', join(folder, 'up'));
    worker = new Worker(WORKER_SHIM, { eval: true, workerData: { bundle: join(ROOT, 'out/server/browser-main.js') } });
    const port = portOf(worker);
    connection = createMessageConnection(new BrowserMessageReader(port), new BrowserMessageWriter(port));
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) =>
        published.set(params.uri, params.diagnostics)
    );
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification('window/logMessage', () => undefined);
    connection.onRequest(ReadFileRequest, ({ uri }) => {
        reads.push(uri);
        return readFileSync(fileURLToPath(uri), 'utf8');
    });
    // Answered as VS Code's file system answers client/workspace-files.ts: the target's type, plus the link bit.
    connection.onRequest(ReadDirectoryRequest, ({ uri }): WorkspaceEntry[] =>
        readdirSync(fileURLToPath(uri)).map(name => {
            const path = join(fileURLToPath(uri), name);
            const stat = statSync(path);
            const type =
                (stat.isFile() ? FileTypeBits.File : 0) |
                (stat.isDirectory() ? FileTypeBits.Directory : 0) |
                (lstatSync(path).isSymbolicLink() ? FileTypeBits.SymbolicLink : 0);
            return workspaceEntry(pathToFileURL(path).toString(), type);
        })
    );
    connection.listen();
    const root = pathToFileURL(folder).toString();
    await connection.sendRequest('initialize', {
        processId: null,
        rootUri: root,
        workspaceFolders: [{ uri: root, name: 'stalemate' }],
        capabilities: { textDocument: { publishDiagnostics: {} } }
    });
    await connection.sendNotification('initialized', {});
}, 60000);

afterAll(async () => {
    connection?.dispose();
    await worker?.terminate();
});

describe("the web extension's language server", () => {
    it("reads the workspace through the editor and reports every file's findings before any is opened", async () => {
        // The server publishes file by file, so wait for the whole set, not for the first file's share of it.
        const allCodes = () => [...published.values()].flat().map(d => String(d.code));
        // Cross-file findings, so every file was read and linked; the project's config was read too.
        await expect
            .poll(allCodes, { timeout: 30000 })
            .toEqual(expect.arrayContaining(['decision-ambiguous-owner', 'escalation-cycle', 'domain-multiple-owners', 'sla-unreachable']));
        const codes = allCodes();
        expect(codes).not.toContain('unresolved-reference');
        expect(reads).toEqual(expect.arrayContaining([uri('align.config.json'), uri('people.align'), uri('governance.align')]));
        // The folder links were not entered: each file read once, no false duplicate-name.
        expect(codes).not.toContain('duplicate-name');
        expect(reads.filter(read => read.includes('/loop/') || read.includes('/up/'))).toEqual([]);
        expect(new Set(reads).size).toBe(reads.length);
    });

    it('falls back to the saved text when a file is closed without saving', async () => {
        const people = readFileSync(join(folder, 'people.align'), 'utf8');
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('people.align'), languageId: 'align', version: 1, text: '' } });
        await expect.poll(() => published.get(uri('delivery.align'))?.some(d => d.code === 'unresolved-reference'), { timeout: 15000 }).toBe(true);
        await connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri('people.align') } });
        await expect.poll(() => published.get(uri('delivery.align'))?.some(d => d.code === 'unresolved-reference'), { timeout: 15000 }).toBe(false);
        expect(people.length).toBeGreaterThan(0);
        expect(published.get(uri('delivery.align'))?.map(d => d.code)).toContain('decision-ambiguous-owner');
    });
});
