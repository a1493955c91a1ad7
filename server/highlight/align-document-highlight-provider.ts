// Highlights the other uses of the name under the cursor, on a declaration's name or on any
// reference to it: the declaration as a write, each reference in the same file as a read, so
// the editor tells where a name is defined from where it is used. Langium's default finds the
// right places through Align's project-wide scope and reference index, but gives every place
// the same (text) kind.
import { UriUtils, type ReferenceDescription } from 'langium';
import { DefaultDocumentHighlightProvider } from 'langium/lsp';
import { DocumentHighlight, DocumentHighlightKind } from 'vscode-languageserver';

export class AlignDocumentHighlightProvider extends DefaultDocumentHighlightProvider {
    protected override createDocumentHighlight(reference: ReferenceDescription): DocumentHighlight {
        return DocumentHighlight.create(reference.segment.range, isDeclaration(reference) ? DocumentHighlightKind.Write : DocumentHighlightKind.Read);
    }
}

/** The declaration's own name is reported as a reference from the node to itself. */
function isDeclaration(reference: ReferenceDescription): boolean {
    return reference.sourcePath === reference.targetPath && UriUtils.equals(reference.sourceUri, reference.targetUri);
}
