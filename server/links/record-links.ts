// `record "PATH"` is a link to the decision record it names, resolved as the checks resolve it.
import { AstUtils, GrammarUtils, type LangiumDocument } from 'langium';
import type { DocumentLinkProvider } from 'langium/lsp';
import type { DocumentLink } from 'vscode-languageserver';
import { isRecordProperty } from '../../language/generated/ast.js';
import type { AlignServices } from '../align-services.js';

export class AlignDocumentLinkProvider implements DocumentLinkProvider {
    constructor(private readonly services: AlignServices) {}

    getDocumentLinks(document: LangiumDocument): DocumentLink[] {
        const records = this.services.align.DecisionRecords;
        return AstUtils.streamAst(document.parseResult.value)
            .filter(isRecordProperty)
            .toArray()
            .flatMap(property => {
                const cst = GrammarUtils.findNodeForProperty(property.$cstNode, 'path');
                if (!cst || !property.path?.trim()) return [];
                return [{ range: cst.range, target: records.uriOf(document, property.path).toString(), tooltip: 'Open the decision record' }];
            });
    }
}
