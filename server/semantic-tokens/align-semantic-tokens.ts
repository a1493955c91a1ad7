// Semantic tokens that tell declarations from references: a declared name carries the
// `declaration` modifier, a reference to it the same token type without it.
import { AstUtils, type AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { isWorkspace } from '../../language/generated/ast.js';

/** The token type of each declaration kind. */
const TOKEN_TYPES: Record<string, string> = {
    Initiative: SemanticTokenTypes.namespace,
    Stakeholder: SemanticTokenTypes.variable,
    Group: SemanticTokenTypes.class,
    Domain: SemanticTokenTypes.namespace,
    Rule: SemanticTokenTypes.function,
    Cadence: SemanticTokenTypes.event,
    Milestone: SemanticTokenTypes.enumMember,
    Metric: SemanticTokenTypes.property,
    Benefit: SemanticTokenTypes.enumMember,
    Risk: SemanticTokenTypes.property,
    Decision: SemanticTokenTypes.interface,
    Agreement: SemanticTokenTypes.struct
};

export class AlignSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (node.$container && isWorkspace(node.$container) && TOKEN_TYPES[node.$type]) {
            acceptor({ node, property: 'name' as never, type: TOKEN_TYPES[node.$type], modifier: SemanticTokenModifiers.declaration });
        }
        for (const { reference, property, index } of AstUtils.streamReferences(node)) {
            const target = 'ref' in reference ? reference.ref : undefined;
            const type = target ? TOKEN_TYPES[target.$type] : undefined;
            // The reference's own CST node: finding it by property and index rescans the list per item (quadratic on a 2,000-step path).
            if (type && reference.$refNode) acceptor({ cst: reference.$refNode, type });
            else if (type) acceptor({ node, property: property as never, index, type });
        }
    }
}
