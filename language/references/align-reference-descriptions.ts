// The reference index of a document, made from the references its linking resolved instead of
// a walk over every node of its tree (the walk was a tenth of a keystroke in a 10k-line file).
// Linking lists every reference of the document it resolved, but not always in the order of the
// text (a partial linking, a request resolving one later): sorted here, the index holds the
// same descriptions in the same order as the walk did.
import { DefaultReferenceDescriptionProvider, interruptAndCheck, type LangiumDocument, type ReferenceDescription } from 'langium';
import { CancellationToken } from 'vscode-jsonrpc';

export class AlignReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        const references = [...document.references].sort((a, b) => (a.$refNode?.offset ?? 0) - (b.$refNode?.offset ?? 0));
        let count = 0;
        for (const reference of references) {
            if (++count % 1000 === 0) await interruptAndCheck(cancelToken);
            if (reference.error || !reference.$refNode) continue;
            let container;
            try {
                container = reference.$refNode.astNode;
            } catch {
                continue;
            }
            for (const description of this.createInfoDescriptions({ reference, container, property: '' })) descriptions.push(description);
        }
        return descriptions;
    }
}
