// Gives Langium's built-in lexer, parser and linker diagnostics the stable codes of spec §4
// (`syntax`, `unresolved-reference`) and messages that say what to do. It also replaces
// Langium's validateDocument, which spreads all results into one push (a stack overflow past
// ~100k diagnostics) and logs any failure while returning the rest: a run that looks clean.
// A file's own findings (syntax, links, checks of its text) are kept between builds; only the
// checks that read the project's model run again when another file of the project changes.
import {
    DefaultDocumentValidator,
    DocumentState,
    DocumentValidator,
    interruptAndCheck,
    isOperationCancelled,
    toDiagnosticSeverity,
    AstUtils,
    type AstNode,
    type ValidationAcceptor,
    type ValidationCategory,
    type ValidationCheck,
    type LangiumDocument,
    type ValidationOptions
} from 'langium';
import { isDeclaration, type Workspace } from '../generated/ast.js';
import { DeclarationCache } from '../workspace/declaration-cache.js';
import { LOCAL_CHECKS, MODEL_CHECKS } from './align-validator.js';
import { CancellationToken } from 'vscode-jsonrpc';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { AlignCoreServices } from '../align-module.js';
import type { AlignProjects } from '../workspace/projects.js';
import { todayFor } from './today.js';
import { DiagnosticCode } from './diagnostic-codes.js';
import { applyWaivers } from './waivers.js';
import { docsUrl } from './code-docs.js';
import { INTERNAL_ERROR_CODE, internalErrorMessage } from './internal-error.js';
import { lexerErrorMessage, syntaxErrorMessage } from './syntax-messages.js';

export class AlignDocumentValidator extends DefaultDocumentValidator {
    private readonly projects: AlignProjects;
    private readonly services: AlignCoreServices;
    private readonly localFindings = new WeakMap<LangiumDocument, Diagnostic[]>();
    private readonly checksByType = new Map<string, ValidationCheck[]>();
    /** A declaration's own findings, kept while its text and links are unchanged. */
    private readonly declarationFindings: DeclarationCache<Diagnostic>;

    constructor(services: AlignCoreServices) {
        super(services);
        this.services = services;
        this.projects = services.align.Projects;
        this.declarationFindings = new DeclarationCache(services.shared.align.IncrementalEdits);
        // A file's own findings stay right until it is parsed or linked again: reaching Linked
        // is the moment they may change. A file only revalidated keeps them.
        services.shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Linked, document => {
            this.localFindings.delete(document);
        });
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = CancellationToken.None): Promise<Diagnostic[]> {
        await interruptAndCheck(cancelToken);
        const diagnostics: Diagnostic[] = [];
        const requested = options.categories ?? [...LOCAL_CHECKS, MODEL_CHECKS];
        if (LOCAL_CHECKS.every(category => requested.includes(category))) {
            let local = this.localFindings.get(document);
            if (!local) {
                local = await this.findings(document, LOCAL_CHECKS, cancelToken);
                this.localFindings.set(document, local);
            }
            // Copies: severities and links are set on what is reported, never on what is kept.
            for (const diagnostic of local) diagnostics.push({ ...diagnostic });
        } else {
            const some = requested.filter(category => category !== MODEL_CHECKS);
            if (some.length > 0) for (const diagnostic of await this.findings(document, some, cancelToken)) diagnostics.push(diagnostic);
        }
        if (requested.includes(MODEL_CHECKS)) {
            for (const diagnostic of await this.findings(document, [MODEL_CHECKS], cancelToken)) diagnostics.push(diagnostic);
        }
        await interruptAndCheck(cancelToken);
        const today = todayFor(this.services, document.uri);
        const reported = this.applyProjectSeverities(applyWaivers(document, diagnostics, today), document);
        // Every finding links to its page (spec §8): the editor shows the code as a link.
        for (const diagnostic of reported) diagnostic.codeDescription = { href: docsUrl(String(diagnostic.code)) };
        return reported;
    }

    /** The findings of the given categories, with Align's codes and messages. */
    private async findings(document: LangiumDocument, categories: readonly ValidationCategory[], cancelToken: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics: Diagnostic[] = [];
        const options: ValidationOptions = { categories: [...categories] };
        if (categories.includes('built-in')) {
            this.processLexingErrors(document.parseResult, diagnostics, options);
            this.processSyntaxErrors(document, diagnostics, options);
            this.processLinkingErrors(document, diagnostics, options);
        }
        try {
            const local = categories.every(category => category !== MODEL_CHECKS);
            const found = local
                ? await this.localChecks(document, options, cancelToken)
                : await this.validateAst(document.parseResult.value, options, cancelToken);
            for (const diagnostic of found) diagnostics.push(diagnostic);
        } catch (error) {
            if (isOperationCancelled(error)) throw error;
            console.error('Align: validation failed:', error);
            diagnostics.push({
                range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
                severity: toDiagnosticSeverity('error'),
                code: INTERNAL_ERROR_CODE,
                message: internalErrorMessage('checking this file', error),
                source: 'align'
            });
        }
        for (const diagnostic of diagnostics) this.translate(diagnostic, document);
        return diagnostics;
    }

    /**
     * The checks of a file's own text, declaration by declaration. A declaration whose text and
     * links are unchanged since its last check (an edit elsewhere in the file) keeps its findings,
     * moved with it; the others are checked again.
     */
    private async localChecks(document: LangiumDocument, options: ValidationOptions, cancelToken: CancellationToken): Promise<Diagnostic[]> {
        const root = document.parseResult.value as Workspace;
        const found: Diagnostic[] = [];
        const accept =
            (into: Diagnostic[]): ValidationAcceptor =>
            (severity, message, info) =>
                into.push(this.toDiagnostic(severity, message, info));
        for (const check of this.checksFor(root.$type, options.categories)) {
            const result = check(root, accept(found), cancelToken);
            if (result) await result;
        }
        for (const declaration of root.declarations ?? []) {
            const kept = this.declarationFindings.kept(declaration);
            if (kept) {
                for (const diagnostic of kept.items) found.push(kept.lines === 0 ? diagnostic : moved(diagnostic, kept.lines));
                continue;
            }
            const own: Diagnostic[] = [];
            await this.validateAstNodes(declaration, options, accept(own), cancelToken);
            for (const diagnostic of own) found.push(diagnostic);
            // Related places may lie outside the declaration, where its move says nothing.
            if (own.every(diagnostic => !diagnostic.relatedInformation)) this.declarationFindings.keep(declaration, own);
        }
        return found;
    }

    /**
     * Langium's walk, awaiting only what is a promise: Align's checks are synchronous, and an
     * await per node and check is most of the cost of validating a large workspace. The build
     * still yields and honours cancellation every few hundred nodes.
     */
    protected override async validateAstNodes(
        rootNode: AstNode,
        options: ValidationOptions,
        acceptor: ValidationAcceptor,
        cancelToken = CancellationToken.None
    ): Promise<void> {
        const nodes = AstUtils.streamAst(rootNode).iterator();
        let visited = 0;
        for (const node of nodes) {
            if (++visited % 256 === 0) await interruptAndCheck(cancelToken);
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                for (const check of this.checksFor(node.$type, options.categories)) {
                    const result = check(node, acceptor, cancelToken);
                    if (result) await result;
                }
            }
            if (!nodeOptions.validateChildren) nodes.prune();
        }
    }

    /** The registry's checks of a node type and categories, looked up once: checks are registered at startup. */
    private checksFor(type: string, categories: ValidationCategory[] | undefined): ValidationCheck[] {
        const key = `${type}\u0000${categories?.join() ?? ''}`;
        let checks = this.checksByType.get(key);
        if (!checks) this.checksByType.set(key, (checks = this.validationRegistry.getChecks(type, categories).toArray()));
        return checks;
    }

    /** Model checks sit on the document and its declarations: a run of only them stops there. */
    protected override validateSingleNodeOptions(node: AstNode, options: ValidationOptions): { validateNode: boolean; validateChildren: boolean } {
        const onlyModel = options.categories?.length === 1 && options.categories[0] === MODEL_CHECKS;
        return { validateNode: true, validateChildren: !(onlyModel && isDeclaration(node)) };
    }

    /**
     * Langium's parsing diagnostics, one error at a time so that each keeps Langium's range and
     * gets its message from the error it came from (syntax-messages.ts), not from Chevrotain's text.
     */
    private processSyntaxErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        for (const error of document.parseResult.parserErrors) {
            const placed: Diagnostic[] = [];
            this.processParsingErrors({ ...document.parseResult, parserErrors: [error] }, placed, options);
            for (const diagnostic of placed) {
                diagnostic.message = syntaxErrorMessage(error, document);
                diagnostics.push(diagnostic);
            }
        }
    }

    /** The project's `diagnostics` settings (spec §6): another severity, or `off` to hide. */
    private applyProjectSeverities(diagnostics: Diagnostic[], document: LangiumDocument): Diagnostic[] {
        const configured = this.projects.projectOf(document.uri).config.diagnostics;
        if (configured.size === 0) return diagnostics;
        const kept: Diagnostic[] = [];
        for (const diagnostic of diagnostics) {
            const severity = configured.get(String(diagnostic.code));
            if (severity === 'off') continue;
            if (severity) diagnostic.severity = toDiagnosticSeverity(severity);
            kept.push(diagnostic);
        }
        return kept;
    }

    private translate(diagnostic: Diagnostic, document: LangiumDocument): void {
        const internal = (diagnostic.data as { code?: string } | undefined)?.code;
        if (internal === DocumentValidator.LexingError) {
            diagnostic.code = DiagnosticCode.Syntax;
            const offset = document.textDocument.offsetAt(diagnostic.range.start);
            diagnostic.message = lexerErrorMessage(document, offset, document.textDocument.getText(diagnostic.range));
        } else if (internal === DocumentValidator.ParsingError) {
            // The message was written by processSyntaxErrors.
            diagnostic.code = DiagnosticCode.Syntax;
        } else if (internal === DocumentValidator.LinkingError) {
            const refText = (diagnostic.data as { refText?: string }).refText ?? '';
            diagnostic.code = DiagnosticCode.UnresolvedReference;
            diagnostic.message = `'${refText}' is not declared anywhere in the workspace. Declare it (for example \`stakeholder ${refText}\`) or correct the name.`;
        } else if (diagnostic.code === undefined) {
            // Every diagnostic of Align carries a code; one without is a failure of Align itself.
            diagnostic.code = INTERNAL_ERROR_CODE;
        }
        diagnostic.source = 'align';
    }
}

/** A finding of a declaration that moved down or up by some lines. */
function moved(diagnostic: Diagnostic, lines: number): Diagnostic {
    const { start, end } = diagnostic.range;
    return {
        ...diagnostic,
        range: { start: { line: start.line + lines, character: start.character }, end: { line: end.line + lines, character: end.character } }
    };
}
