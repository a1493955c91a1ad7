// Gives Langium's built-in lexer, parser and linker diagnostics the stable codes of spec §4
// (`syntax`, `unresolved-reference`) and messages that say what to do. It also replaces
// Langium's validateDocument, which spreads all results into one push (a stack overflow past
// ~100k diagnostics) and logs any failure while returning the rest: a run that looks clean.
import { DefaultDocumentValidator, DocumentValidator, interruptAndCheck, isOperationCancelled, toDiagnosticSeverity, type LangiumDocument, type ValidationOptions } from 'langium';
import { CancellationToken } from 'vscode-jsonrpc';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { AlignCoreServices } from '../align-module.js';
import type { AlignProjects } from '../workspace/projects.js';
import { todayFor } from './today.js';
import { DiagnosticCode } from './diagnostic-codes.js';
import { applyWaivers } from './waivers.js';
import { docsUrl } from './code-docs.js';
import { INTERNAL_ERROR_CODE, internalErrorMessage } from './internal-error.js';

export class AlignDocumentValidator extends DefaultDocumentValidator {
    private readonly projects: AlignProjects;
    private readonly services: AlignCoreServices;

    constructor(services: AlignCoreServices) {
        super(services);
        this.services = services;
        this.projects = services.align.Projects;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = CancellationToken.None): Promise<Diagnostic[]> {
        const diagnostics: Diagnostic[] = [];
        await interruptAndCheck(cancelToken);
        if (!options.categories || options.categories.includes('built-in')) {
            this.processLexingErrors(document.parseResult, diagnostics, options);
            this.processParsingErrors(document.parseResult, diagnostics, options);
            this.processLinkingErrors(document, diagnostics, options);
        }
        try {
            const found = await this.validateAst(document.parseResult.value, options, cancelToken);
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
        await interruptAndCheck(cancelToken);
        for (const diagnostic of diagnostics) this.translate(diagnostic, document);
        const today = todayFor(this.services, document.uri);
        const reported = this.applyProjectSeverities(applyWaivers(document, diagnostics, today), document);
        // Every finding links to its page (spec §8): the editor shows the code as a link.
        for (const diagnostic of reported) diagnostic.codeDescription = { href: docsUrl(String(diagnostic.code)) };
        return reported;
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
            diagnostic.message = unexpectedCharacters(document.textDocument.getText(diagnostic.range));
        } else if (internal === DocumentValidator.ParsingError) {
            diagnostic.code = DiagnosticCode.Syntax;
            diagnostic.message = syntaxMessage(diagnostic.message);
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

/** Chevrotain's messages name token types; say it in the words of the language instead. */
function syntaxMessage(message: string): string {
    return message
        .replace(/\bID\b/g, 'a name')
        .replace(/\bSTRING\b/g, 'a "string"')
        .replace(/\bNUMBER\b/g, 'a number')
        .replace(/\bDATE\b/g, 'a date (YYYY-MM-DD)')
        .replace(/\bQUARTER\b/g, 'a quarter (YYYY-Qn)')
        .replace(/\bPERCENT\b/g, 'a percentage')
        .replace(/\bSHORT_DURATION\b/g, 'a duration');
}

/**
 * Chevrotain's lexer message quotes one UTF-16 unit (half an emoji) and an offset; this one
 * quotes the skipped text as the editor shows it, with invisible characters made visible.
 */
function unexpectedCharacters(skipped: string): string {
    if (skipped === '"') return 'This "string" is not closed before the end of its line. Add the closing ".';
    const characters = [...skipped];
    const shown = characters.slice(0, 20).map(c => /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(c) ? `\\u{${c.codePointAt(0)!.toString(16)}}` : c).join('');
    const more = characters.length > 20 ? `… (${characters.length} characters)` : '';
    const what = characters.length === 1 ? 'character' : 'characters';
    return `Unexpected ${what} '${shown}${more}': Align text is made of keywords, names, "strings", numbers, dates and durations. Remove ${characters.length === 1 ? 'it' : 'them'}, or put ${characters.length === 1 ? 'it' : 'them'} inside a "string".`;
}
