// The message channel between Monaco's LSP client and the Align server's worker. It passes
// every message through, and adds what the client alone cannot do:
// - Align's own requests and notifications (the preview's `align/diagram`, `align/modelChanged`,
//   `align/buildStatus`) share the server's connection: their ids are strings no LSP client
//   uses, and their answers never reach Monaco's client, which has no handler for them;
// - the client sends the markers of a quick-fix request back without their diagnostic code
//   and data, which Align's quick fixes are keyed on, so they are restored from what the
//   server published;
// - the client starts syncing documents only when the server's capabilities arrive, and the
//   editor may ask about its document before: such a request waits for the document's didOpen
//   instead of failing with "No document found".
import type { Diagnostic } from 'vscode-languageserver-types';
import type { NotificationType, RequestType } from 'vscode-jsonrpc';
import type { MonacoLspClient } from 'monaco-lsp-client';

/** The transport Monaco's LSP client takes. */
export type LspTransport = ConstructorParameters<typeof MonacoLspClient>[0];
type LspMessage = Parameters<LspTransport['send']>[0];
type Listener = Parameters<LspTransport['setListener']>[0];

/** What this channel reads of a JSON-RPC message. */
interface RpcMessage {
    id?: number | string | null;
    method?: string;
    params?: unknown;
    result?: unknown;
    error?: { code: number; message: string };
}

interface CodeActionParams {
    textDocument: { uri: string };
    context: { diagnostics: Diagnostic[] };
}

const OWN_ID_PREFIX = 'align-';

/** Monaco's transport to the server's worker, with Align's own methods beside the client's. */
export class AlignTransport implements LspTransport {
    private readonly waiting = new Map<string, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
    private readonly handlers = new Map<string, (params: unknown) => void>();
    /** The diagnostics last published for each document, by lower-case URI as the client keys them. */
    private readonly published = new Map<string, Diagnostic[]>();
    /** Documents opened to the server, and requests waiting for their document to be opened. */
    private readonly opened = new Set<string>();
    private readonly held = new Map<string, LspMessage[]>();
    private nextId = 1;
    private markReady!: () => void;
    /** Settles once the client has initialized the server: Align's requests wait for it. */
    readonly ready = new Promise<void>(resolve => {
        this.markReady = resolve;
    });

    /** `trace` logs every message both ways to the console, like the extension's `align.trace.server`. */
    constructor(
        private readonly base: LspTransport,
        private readonly trace = false
    ) {}

    /** The worker transport's state: always open, a worker does not disconnect. */
    get state(): LspTransport['state'] {
        return this.base.state;
    }

    /** Passes the client's message on: quick-fix diagnostics restored, a request about an unopened document held. */
    send(message: LspMessage): Promise<void> {
        const rpc = message as RpcMessage;
        if (this.trace) console.debug('→ server', rpc);
        if (rpc.method === 'initialized') queueMicrotask(this.markReady);
        if (rpc.method === 'textDocument/codeAction' && rpc.id !== undefined) this.restoreDiagnostics(rpc.params as CodeActionParams);
        const uri = (rpc.params as { textDocument?: { uri?: string } } | undefined)?.textDocument?.uri?.toLowerCase();
        if (uri === undefined || !rpc.method?.startsWith('textDocument/')) return this.base.send(message);
        if (rpc.method === 'textDocument/didOpen') return this.open(uri, message);
        if (rpc.method === 'textDocument/didClose') this.opened.delete(uri);
        else if (rpc.id !== undefined && !this.opened.has(uri)) {
            this.held.set(uri, [...(this.held.get(uri) ?? []), message]);
            return Promise.resolve();
        }
        return this.base.send(message);
    }

    /** Opens the document, then sends what waited for it, in the order the client asked. */
    private async open(uri: string, didOpen: LspMessage): Promise<void> {
        this.opened.add(uri);
        const waiting = this.held.get(uri) ?? [];
        this.held.delete(uri);
        // All sent now, before the client's next message: an edit must not overtake them.
        await Promise.all([didOpen, ...waiting].map(message => this.base.send(message)));
    }

    /** Hands the server's messages to the client, except the answers and notifications that are Align's own. */
    setListener(listener: Listener): void {
        if (!listener) {
            this.base.setListener(undefined);
            return;
        }
        this.base.setListener(message => {
            if (this.trace) console.debug('← server', message);
            if (!this.takeOwn(message as RpcMessage)) listener(message);
        });
    }

    /** Names the channel in the client's logs. */
    toString(): string {
        return `align(${this.base.toString()})`;
    }

    /** Sends an Align request once the server is initialized. */
    async request<P, R>(type: RequestType<P, R, void>, params: P): Promise<R> {
        await this.ready;
        const id = `${OWN_ID_PREFIX}${this.nextId++}`;
        const answer = new Promise<unknown>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
        const message = { jsonrpc: '2.0', id, method: type.method, params };
        if (this.trace) console.debug('→ server', message);
        await this.base.send(message as unknown as LspMessage);
        return answer as Promise<R>;
    }

    /** Listens to an Align notification (one listener per method). */
    onNotification<P>(type: NotificationType<P>, handler: (params: P) => void): void {
        this.handlers.set(type.method, handler as (params: unknown) => void);
    }

    /** True when the message was an answer to an Align request or an Align notification. */
    private takeOwn(message: RpcMessage): boolean {
        if (message.method === 'textDocument/publishDiagnostics') {
            const params = message.params as { uri: string; diagnostics: Diagnostic[] };
            this.published.set(params.uri.toLowerCase(), params.diagnostics);
            return false;
        }
        if (message.method === undefined && typeof message.id === 'string' && message.id.startsWith(OWN_ID_PREFIX)) {
            const waiting = this.waiting.get(message.id);
            this.waiting.delete(message.id);
            if (message.error) waiting?.reject(new Error(message.error.message));
            else waiting?.resolve(message.result);
            return true;
        }
        const handler = message.method !== undefined && message.id === undefined ? this.handlers.get(message.method) : undefined;
        handler?.(message.params);
        return handler !== undefined;
    }

    /** Replaces each marker the client sent by the published diagnostic at the same range with the same message. */
    private restoreDiagnostics(params: CodeActionParams): void {
        const published = this.published.get(params.textDocument.uri.toLowerCase()) ?? [];
        params.context.diagnostics = params.context.diagnostics.map(
            sent => published.find(full => full.message === sent.message && sameRange(full.range, sent.range)) ?? sent
        );
    }
}

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
    return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
