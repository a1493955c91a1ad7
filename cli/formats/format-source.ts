// Formats `.align` text with the language server's formatter, so `align format` and the
// editor's "Format Document" always agree on the layout.
import { EmptyFileSystem, TextDocument, URI } from 'langium';
import { createAlignServices, type AlignServices } from '../../server/align-services.js';
import type { LangiumSharedServices } from 'langium/lsp';

/** The editor's defaults for `.align` files, which the formatter's indentation follows. */
const OPTIONS = { tabSize: 4, insertSpaces: true };

/** The result of formatting one text: the new text, or the fact that it does not parse. */
export type FormatResult = { parses: true; text: string } | { parses: false };

/** Formats texts one at a time; each text is parsed on its own (layout needs no other file). */
export class SourceFormatter {
    private readonly shared: LangiumSharedServices;
    private readonly services: AlignServices;

    constructor() {
        const { shared, Align } = createAlignServices({ ...EmptyFileSystem });
        this.shared = shared;
        this.services = Align;
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
        const formatter = this.services.lsp.Formatter;
        if (!formatter) throw new Error('the language has no formatter');
        const edits = await formatter.formatDocument(document, { textDocument: { uri: uri.toString() }, options: OPTIONS });
        const formatted = TextDocument.applyEdits(document.textDocument, edits);
        return { parses: true, text: bom + (crlf ? formatted.replace(/\r?\n/g, '\r\n') : formatted) };
    }
}
