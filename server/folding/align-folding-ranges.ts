// Langium's folding ranges, found without visiting what cannot fold: the editor asks after every
// keystroke, and Langium's walk visits every node and every token of the file (a tenth of a
// keystroke in a 10k-line file). The ranges are the same (test/server/editor-answers.test.ts).
import { AstUtils, type LangiumDocument } from 'langium';
import { DefaultFoldingRangeProvider, type FoldingRangeAcceptor } from 'langium/lsp';

export class AlignFoldingRangeProvider extends DefaultFoldingRangeProvider {
    protected override collectFolding(document: LangiumDocument, acceptor: FoldingRangeAcceptor): void {
        const root = document.parseResult?.value;
        if (!root) return;
        const nodes = AstUtils.streamAllContents(root).iterator();
        for (let next = nodes.next(); !next.done; next = nodes.next()) {
            const range = next.value.$cstNode?.range;
            // A node of fewer than three lines does not fold, nor does anything inside it.
            if (range && range.end.line - range.start.line < 2) {
                nodes.prune();
                continue;
            }
            this.collectObjectFolding(document, next.value, acceptor);
        }
        // Only block comments fold, and a text without `/*` has none.
        if (root.$cstNode?.root.fullText.includes('/*')) this.collectCommentFolding(document, root, acceptor);
    }
}
