// Gives Langium's built-in lexer, parser and linker diagnostics the stable codes of spec §4
// (`syntax`, `unresolved-reference`) and messages that say what to do.
import { DefaultDocumentValidator, DocumentValidator, type LangiumDocument, type ValidationOptions } from 'langium';
import type { CancellationToken } from 'vscode-jsonrpc';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticCode } from './diagnostic-codes.js';

export class AlignDocumentValidator extends DefaultDocumentValidator {

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const diagnostic of diagnostics) {
            const internal = (diagnostic.data as { code?: string } | undefined)?.code;
            if (internal === DocumentValidator.LexingError || internal === DocumentValidator.ParsingError) {
                diagnostic.code = DiagnosticCode.Syntax;
                diagnostic.message = syntaxMessage(diagnostic.message);
            } else if (internal === DocumentValidator.LinkingError) {
                const refText = (diagnostic.data as { refText?: string }).refText ?? '';
                diagnostic.code = DiagnosticCode.UnresolvedReference;
                diagnostic.message = `'${refText}' is not declared anywhere in the workspace. Declare it (for example \`stakeholder ${refText}\`) or correct the name.`;
            }
            diagnostic.source = 'align';
        }
        return diagnostics;
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
