// Entry point of the Align language server. The transport follows the command line:
// `--node-ipc` when VS Code starts it, `--stdio` for Neovim, Emacs, Helix and the LSP tests.
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createAlignServices } from './align-services.js';
import { registerDiagramRequest } from './diagrams/diagram-request.js';
import { LayoutThread } from './diagrams/layout-thread.js';
import { registerDiagramPngRequest } from './diagrams/png-request.js';
import { registerWhoDecidesRequests } from './requests/who-decides-request.js';
import { registerCompareRequest } from './requests/compare-request.js';
import { registerReportRequest } from './requests/report-request.js';
import { registerToolRequests } from './requests/tool-requests.js';
import { registerBuildStatus } from './workspace/build-status.js';
import { MODEL_READER_REQUIREMENTS } from './model-readers.js';
import { watchSettings } from './settings.js';
import { publishChangedDiagnosticsOnly } from './workspace/publish-changed-only.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Align } = createAlignServices({ connection, ...NodeFileSystem });
// Before the server starts (startLanguageServer, below), so every publication goes through it.
publishChangedDiagnosticsOnly(connection, shared);
watchSettings(shared, Align);
// One layout thread for the preview's pictures and the report's.
const layouts = new LayoutThread();
registerDiagramPngRequest(connection, registerDiagramRequest(connection, shared, Align, layouts));
registerWhoDecidesRequests(connection, shared, Align);
registerCompareRequest(connection, shared, Align);
registerReportRequest(connection, shared, Align, layouts);
registerToolRequests(connection, shared, Align);
registerBuildStatus(connection, shared, Align);

// A language server must survive any text: log what escaped instead of dying.
process.on('unhandledRejection', reason => connection.console.error(`Unhandled rejection: ${String(reason)}`));
process.on('uncaughtException', error => connection.console.error(`Uncaught exception: ${error.stack ?? error.message}`));

startLanguageServer(shared, MODEL_READER_REQUIREMENTS);
