// Everything the language server, the VS Code extension and the preview webview say to each
// other: request and notification types, their parameters and results, the command ids and
// the webview's message unions. Both sides import these names; no method name is written as
// a string literal anywhere else.
import { NotificationType, RequestType } from 'vscode-jsonrpc';
import type { DeciderAnswer, JsonDiagnostic } from './output-shapes.js';
import type { DiagramViewKind, SourceLocation } from './diagrams/view-model.js';

export { DIAGRAM_VIEWS, type DiagramViewKind } from './diagrams/view-model.js';

/** A position in a document, as the editor's cursor gives it. */
export interface DocumentPosition {
    uri: string;
    line: number;
    character: number;
}

export type DiagramPictureFormat = 'svg' | 'mermaid';

/** Parameters of `align/diagram`. */
export interface DiagramParams {
    view: DiagramViewKind;
    includeDecisions?: boolean;
    /** The document whose project is drawn (spec §6), and the cursor in it. */
    focus?: DocumentPosition;
    /** What to draw: the SVG picture (default) or Mermaid text, sent only when asked for. */
    format?: DiagramPictureFormat;
    /** Draw only what matches: a name, or a domain or stakeholder it concerns, with neighbours. */
    filter?: string;
    /** Draw only what this document declares and what that touches. */
    onlyUri?: string;
    /** Draw only this node and its neighbours. */
    around?: string;
    /** Draw only the element under `focus` and its neighbours (the focus mode that follows the cursor). */
    followCursor?: boolean;
}

/** A drawn element and where it is declared: the webview highlights and filters with these. */
export interface DiagramNodeInfo {
    id: string;
    /** The name a filter matches, with the names of the domains and people it concerns. */
    name: string;
    related: string[];
    errors: number;
    source?: SourceLocation;
}

/** Result of `align/diagram`. */
export interface DiagramResult {
    view: DiagramViewKind;
    format: DiagramPictureFormat;
    /** The model version drawn, as announced by `align/modelChanged`. */
    version: number;
    /** The picture: SVG markup or Mermaid text. */
    text: string;
    /** Every drawn element with its declaration, so a cursor move needs no new request. */
    nodes: DiagramNodeInfo[];
    /** Node ids linked to each node, for the focus mode that shows neighbours. */
    neighbours: Record<string, string[]>;
    /** True when a document does not parse: the picture may be incomplete, keep the last good one. */
    syntaxErrors: boolean;
    /** The project drawn, for the panel title. */
    project?: string;
    /** Set when not everything is drawn (a filter, a focus, or a summary of a picture too big to read). */
    note?: string;
    /** The element the picture was drawn around, when it follows the cursor. */
    around?: string;
}

export const DiagramRequest = new RequestType<DiagramParams, DiagramResult, void>('align/diagram');

/** Result of `align/diagramPng`: the picture `align/diagram` draws as SVG, rasterised by the server. */
export interface DiagramPngResult {
    /** PNG bytes in base64 (JSON-RPC carries text), rasterised exactly as `align diagram --format png` does. */
    base64: string;
}

/** The preview's "Export PNG": the same params as `align/diagram` (`format` is ignored). */
export const DiagramPngRequest = new RequestType<DiagramParams, DiagramPngResult, void>('align/diagramPng');

/** Sent (debounced) after a build changed a project's model. */
export interface ModelChangedParams {
    /** Increases with every build that is announced. */
    version: number;
    /** The project roots whose model changed. */
    projects: string[];
}

export const ModelChangedNotification = new NotificationType<ModelChangedParams>('align/modelChanged');

/** Parameters of `align/whoDecides`: domains of the project holding `uri`. */
export interface WhoDecidesParams {
    uri: string;
    domains: string[];
    /** Also the step in words and the declarations the answer names, with their places, for the editor's view. */
    forView?: boolean;
}

/** A declaration an answer names, and where it is declared (`line` 0-based). */
export interface DeclarationPlace {
    name: string;
    kind: string;
    role: 'decider' | 'rule' | 'domain' | 'owner' | 'conflicting rule';
    uri: string;
    line: number;
}

/** `align who-decides --format json`'s answer with the explanation, as the MCP tool gives it. */
export interface WhoDecidesResult extends DeciderAnswer {
    explanation: string;
    /** Only when asked (`forView`), as the CLI's JSON has neither: the step as a code lens words it. */
    stepText?: string;
    declarations?: DeclarationPlace[];
}

export const WhoDecidesRequest = new RequestType<WhoDecidesParams, WhoDecidesResult, void>('align/whoDecides');

/** Parameters of `align/findings`: the project holding `uri`. */
export interface FindingsParams {
    uri: string;
}

/** Every finding of a project as `align check --format json` lists it, files relative to the project's root. */
export const FindingsRequest = new RequestType<FindingsParams, JsonDiagnostic[], void>('align/findings');

/** Parameters of `align/impact`: a stakeholder, group or cadence of the project holding `uri`. */
export interface ImpactParams {
    uri: string;
    name: string;
}

/** What the project would lose without `name`, as `align impact NAME --format json` prints it. */
export const ImpactRequest = new RequestType<ImpactParams, Record<string, unknown>, void>('align/impact');

/** Parameters of `align/domains`: the domains a "Who decides…?" picker offers. */
export interface DomainsParams {
    uri: string;
}

export interface DomainSummary {
    name: string;
    title?: string;
    owner?: string;
}

export const DomainsRequest = new RequestType<DomainsParams, DomainSummary[], void>('align/domains');

/** One project as the language status item shows it. */
export interface ProjectStatus {
    root: string;
    name: string;
    files: number;
    errors: number;
    warnings: number;
}

/** Sent when a build starts (`busy`) and when it ends, with each project's counts. */
export interface BuildStatusParams {
    busy: boolean;
    projects: ProjectStatus[];
}

export const BuildStatusNotification = new NotificationType<BuildStatusParams>('align/buildStatus');

/** Parameters of `align/compare`: the project holding `uri` against its files at git revision `base`. */
export interface CompareParams {
    uri: string;
    base: string;
}

/** Result of `align/compare`: the drift report (spec §10) as `align diff --format markdown` words it. */
export interface CompareResult {
    markdown: string;
    /** The project compared. */
    project: string;
    /** Errors the editor's version has that the revision had not. */
    newErrors: number;
}

export const CompareRequest = new RequestType<CompareParams, CompareResult, void>('align/compare');

/** Parameters of `align/report`: the project holding `uri`. */
export interface ReportParams {
    uri: string;
}

/** Result of `align/report`: the self-contained HTML page `align report` writes (spec §11). */
export interface ReportResult {
    html: string;
    /** The project reported on, for the panel's title and the file name offered on save. */
    project: string;
}

export const ReportRequest = new RequestType<ReportParams, ReportResult, void>('align/report');

/** A file or folder of the editor's workspace, as `align/readDirectory` lists it. */
export interface WorkspaceEntry {
    uri: string;
    isFile: boolean;
    isDirectory: boolean;
}

/**
 * The server in a web worker (VS Code for the Web) has no disk: it reads the workspace through
 * the editor. `align/readFile` answers a file's text; `align/readDirectory` a folder's entries.
 */
export const ReadFileRequest = new RequestType<{ uri: string }, string, void>('align/readFile');
export const ReadDirectoryRequest = new RequestType<{ uri: string }, WorkspaceEntry[], void>('align/readDirectory');

/** The webview type of the report panel. */
export const REPORT_VIEW_TYPE = 'align.report';

/** What the report webview's toolbar asks of the extension. Untrusted: checked on receipt. */
export type FromReportWebview = { type: 'save' };

/** Command ids contributed by the extension (package.json `contributes.commands`). */
export const Commands = {
    openPreview: 'align.openPreview',
    openPreviewToSide: 'align.openPreviewToSide',
    exportDiagram: 'align.exportDiagram',
    restartServer: 'align.restartServer',
    showOutput: 'align.showOutput',
    whoDecides: 'align.whoDecides',
    showReport: 'align.showReport',
    revealDeclaration: 'align.revealDeclaration',
    showLocations: 'align.showLocations',
    openExample: 'align.openExample',
    compareWith: 'align.compareWith'
} as const;

/** Language-model tools the extension contributes (package.json `contributes.languageModelTools`). */
export const LanguageModelTools = {
    whoDecides: 'align_who_decides',
    check: 'align_check',
    impact: 'align_impact'
} as const;

/** The id of the extension's MCP server definition provider (package.json `contributes.mcpServerDefinitionProviders`). */
export const MCP_PROVIDER_ID = 'align.mcpServers';

/** Context keys the extension sets; package.json `when` clauses and walkthrough events name them. */
export const ContextKeys = {
    /** True once the extension is active: the workspace holds `.align` files, or one was opened. */
    active: 'align.active',
    /** Whether the active editor's project has no error; unset until its first build is reported. */
    activeProjectClean: 'align.activeProjectClean',
    /** True once an `.align` file has been shown in an editor: the walkthrough's first step is done. */
    fileOpened: 'align.fileOpened'
} as const;

/** Commands of VS Code itself that the extension runs or links to. */
export const VsCodeCommands = {
    setContext: 'setContext',
    openFolder: 'vscode.openFolder',
    showProblems: 'workbench.actions.view.problems'
} as const;

/** The webview type of the preview panel, also its serializer's key. */
export const PREVIEW_VIEW_TYPE = 'align.preview';

/** What the extension tells the preview webview. */
export type ToWebview =
    | { type: 'diagram'; result: DiagramResult; highlightedNodeId?: string }
    | { type: 'stale'; highlightedNodeId?: string }
    | { type: 'highlight'; nodeId?: string; file?: string }
    | { type: 'error'; message: string }
    | { type: 'saved'; path: string }
    | { type: 'rasterize' }
    | { type: 'restore'; state: PreviewState };

/** What the preview webview asks of the extension. Untrusted: checked on receipt. */
export type FromWebview =
    | { type: 'ready'; state: PreviewState }
    | { type: 'setView'; view: DiagramViewKind }
    | { type: 'reveal'; uri: string; line: number; character: number }
    | { type: 'exportSvg' }
    | { type: 'exportPng'; dataUrl?: string }
    | { type: 'copyMermaid' }
    | { type: 'setOptions'; filter: string; onlyFile: boolean; focusMode: boolean };

/** The state the webview keeps across a window reload (webview panel serializer). */
export interface PreviewState {
    view: DiagramViewKind;
    filter?: string;
    onlyFile?: boolean;
    focusMode?: boolean;
    /** The document last drawn, so a restored panel draws the same project. */
    uri?: string;
}
