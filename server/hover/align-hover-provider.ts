// Hover for declarations (at their name or at any reference to them) and duration literals.
import { AstUtils, CstUtils, type AstNode, type LangiumDocument } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { isDuration } from '../../language/generated/ast.js';
import type { AlignServices } from '../align-services.js';
import { hoverContent } from './hover-content.js';

export class AlignHoverProvider extends AstNodeHoverProvider {
    private readonly services: AlignServices;

    constructor(services: AlignServices) {
        super(services);
        this.services = services;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = root ? CstUtils.findLeafNodeAtOffset(root, offset) : undefined;
        const duration = leaf && AstUtils.getContainerOfType(leaf.astNode, isDuration);
        if (duration) {
            const value = hoverContent(duration, this.services.align.AlignmentModel.modelOf(document.uri));
            return value ? { contents: { kind: 'markdown', value } } : undefined;
        }
        return super.getHoverContent(document, params);
    }

    protected override getAstNodeHoverContent(node: AstNode): string | undefined {
        return hoverContent(node, this.services.align.AlignmentModel.modelOf(AstUtils.getDocument(node).uri), this.services.align.DecisionRecords);
    }
}
