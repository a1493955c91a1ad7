// Entry point of the Align language server in a web worker: the browser playground and the
// web extension (VS Code for the Web) start this bundle. Same services as server/main.ts over
// the worker's postMessage channel. There is no disk: the workspace's files are read through
// the editor (align/readFile, align/readDirectory), whose file system VS Code for the Web
// provides; the playground has no workspace folder and sends its one document. Left out: the PNG export (resvg reads its wasm and
// fonts from disk) and "Compare with…" (it runs git).
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser.js';
import { createAlignServices } from './align-services.js';
import { registerDiagramRequest } from './diagrams/diagram-request.js';
import { MODEL_READER_REQUIREMENTS } from './model-readers.js';
import { registerToolRequests } from './requests/tool-requests.js';
import { registerWhoDecidesRequests } from './requests/who-decides-request.js';
import { watchSettings } from './settings.js';
import { registerBuildStatus } from './workspace/build-status.js';
import { ClientFileSystemProvider } from './workspace/client-file-system.js';
import { publishChangedDiagnosticsOnly } from './workspace/publish-changed-only.js';

// The DOM lib types `self` as a window; in this bundle it is the worker's global scope, which
// the browser reader and writer accept.
const scope = self as unknown as Worker;
const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
const { shared, Align } = createAlignServices({ connection, fileSystemProvider: () => new ClientFileSystemProvider(connection) });
// Before the server starts (startLanguageServer, below), so every publication goes through it.
publishChangedDiagnosticsOnly(connection, shared);
watchSettings(shared, Align);
// Graph layout runs in this worker: LayoutThread finds no layout-worker file here and lays out in-process.
registerDiagramRequest(connection, shared, Align);
registerWhoDecidesRequests(connection, shared, Align);
registerToolRequests(connection, shared, Align);
registerBuildStatus(connection, shared, Align);

// A language server must survive any text: log what escaped instead of dying.
self.addEventListener('unhandledrejection', event => connection.console.error(`Unhandled rejection: ${String(event.reason)}`));
self.addEventListener('error', event => connection.console.error(`Uncaught exception: ${event.message}`));

startLanguageServer(shared, MODEL_READER_REQUIREMENTS);
