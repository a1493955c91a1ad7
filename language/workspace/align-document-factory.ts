// Langium's document factory, with one addition: while a single open document is edited, only
// the declarations around the change are parsed again (parser/declaration-reparse.ts). Any
// other case is Langium's whole parse.
import { DefaultLangiumDocumentFactory, DocumentState, type AstNode, type LangiumDocument, type ParseResult } from 'langium';
import type { CancellationToken } from 'vscode-jsonrpc';
import type { AlignSharedCoreServices } from '../align-module.js';
import type { Workspace } from '../generated/ast.js';
import { reparseDeclarations } from '../parser/declaration-reparse.js';
import type { IncrementalEdits } from './incremental-edits.js';

export class AlignDocumentFactory extends DefaultLangiumDocumentFactory {
    private readonly edits: IncrementalEdits;

    constructor(services: AlignSharedCoreServices) {
        super(services);
        this.edits = services.align.IncrementalEdits;
    }

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancellationToken: CancellationToken): Promise<LangiumDocument<T>> {
        const key = document.uri.toString();
        const root = document.parseResult.value as unknown as Workspace;
        const oldText = root.$cstNode?.root.fullText;
        if (oldText !== undefined && this.edits.isAllowed(key) && parsedCleanly(document.parseResult)) {
            const textDocument = this.textDocuments?.get(key);
            const text = textDocument ? textDocument.getText() : await this.fileSystemProvider.readFile(document.uri);
            if (text === oldText) return super.update(document, cancellationToken);
            const parser = this.serviceRegistry.getServices(document.uri).parser.LangiumParser;
            const edit = reparseDeclarations(root, text, input => parser.parse(input));
            if (edit) {
                if (textDocument) Object.defineProperty(document, 'textDocument', { value: textDocument });
                else Object.defineProperty(document, 'textDocument', { get: this.createTextDocumentGetter(document.uri, text) });
                this.edits.record(key, edit);
                document.state = DocumentState.Parsed;
                return document;
            }
        }
        const before = document.parseResult;
        const updated = await super.update(document, cancellationToken);
        // A whole parse makes a new tree: nothing of the old one is reused by linking.
        if (updated.parseResult !== before) this.edits.forget(key);
        return updated;
    }
}

/** True when a parse reported nothing: only then do its declarations stand alone. */
function parsedCleanly(result: ParseResult): boolean {
    const report = (result as { lexerReport?: { diagnostics?: unknown[] } }).lexerReport;
    return result.lexerErrors.length === 0 && result.parserErrors.length === 0 && (report?.diagnostics?.length ?? 0) === 0;
}
