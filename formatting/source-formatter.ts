// Formats `.align` text with the formatter the editor uses (align-formatter.ts), so `align
// format` and "Format Document" always agree on the layout. Parsing needs only the language's
// core services; nothing of the language server is started.
import { EmptyFileSystem, TextDocument, URI, type LangiumSharedCoreServices } from 'langium';
import { createAlignCoreServices } from '../language/align-module.js';
import { AlignFormatter } from './align-formatter.js';

/** The editor's defaults for `.align` files, which the formatter's indentation follows. */
const OPTIONS = { tabSize: 4, insertSpaces: true };

/** The result of formatting one text: the new text, or the fact that it does not parse. */
export type FormatResult = { parses: true; text: string } | { parses: false };

/** Formats texts one at a time; each text is parsed on its own (layout needs no other file). */
export class SourceFormatter {
    private readonly shared: LangiumSharedCoreServices;
    private readonly formatter = new AlignFormatter();

    constructor() {
        const { shared } = createAlignCoreServices({ ...EmptyFileSystem });
        this.shared = shared;
    }

    /** Formats a file's text, keeping its byte order mark and its line ending style. */
    async format(text: string, uri: URI = URI.file('/format.align')): Promise<FormatResult> {
        const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
        const body = bom ? text.slice(1) : text;
        // The formatter writes `\n`; a file whose lines end in CRLF keeps CRLF (its first line decides).
        const crlf = /\r?\n/.exec(body)?.[0] === '\r\n';
        const document = this.shared.workspace.LangiumDocumentFactory.fromString(body, uri);
        const { lexerErrors, parserErrors } = document.parseResult;
        if (lexerErrors.length > 0 || parserErrors.length > 0) return { parses: false };
        const edits = await this.formatter.formatDocument(document, { textDocument: { uri: uri.toString() }, options: OPTIONS });
        const formatted = TextDocument.applyEdits(document.textDocument, edits);
        return { parses: true, text: bom + (crlf ? formatted.replace(/\r?\n/g, '\r\n') : formatted) };
    }
}
