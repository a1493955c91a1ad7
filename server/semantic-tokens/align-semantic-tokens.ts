// Semantic tokens that tell declarations from references: a declared name carries the
// `declaration` modifier, a reference to it the same token type without it.
import { AstUtils, interruptAndCheck, type AstNode, type LangiumDocument, type NameProvider } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import type { CancellationToken } from 'vscode-languageserver';
import type { AlignServices } from '../align-services.js';
import { DeclarationCache } from '../../language/workspace/declaration-cache.js';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { isWorkspace, type Workspace } from '../../language/generated/ast.js';

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

/** A declaration's tokens as pushed to the builder: line, character, length, type, modifiers. */
type Token = [number, number, number, number, number];

export class AlignSemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly names: NameProvider;
    /** A declaration's tokens, kept while its text and links are unchanged. */
    private readonly tokensOf: DeclarationCache<Token>;

    constructor(services: AlignServices) {
        super(services);
        this.names = services.references.NameProvider;
        this.tokensOf = new DeclarationCache(services.shared.align.IncrementalEdits);
    }

    /**
     * The whole document's tokens, declaration by declaration: a declaration whose text and links
     * are unchanged since its tokens were found (an edit elsewhere) gives them again, moved by
     * the lines it moved. The editor asks after every keystroke; a range request walks as Langium does.
     */
    protected override async computeHighlighting(document: LangiumDocument, acceptor: SemanticTokenAcceptor, cancelToken: CancellationToken): Promise<void> {
        const builder = this.currentTokensBuilder;
        if (this.currentRange || !builder) return super.computeHighlighting(document, acceptor, cancelToken);
        const root = document.parseResult.value as Workspace;
        let count = 0;
        for (const declaration of root.declarations ?? []) {
            if (++count % 100 === 0) await interruptAndCheck(cancelToken);
            const kept = this.tokensOf.kept(declaration);
            if (kept) {
                for (const [line, character, length, type, modifiers] of kept.items) builder.push(line + kept.lines, character, length, type, modifiers);
                continue;
            }
            const tokens: Token[] = [];
            this.currentTokensBuilder = {
                push: (line: number, character: number, length: number, type: number, modifiers: number) => {
                    tokens.push([line, character, length, type, modifiers]);
                    builder.push(line, character, length, type, modifiers);
                }
            } as unknown as typeof builder;
            try {
                const nodes = AstUtils.streamAst(declaration).iterator();
                for (let next = nodes.next(); !next.done; next = nodes.next()) {
                    if (this.highlightElement(next.value, acceptor) === 'prune') nodes.prune();
                }
            } finally {
                this.currentTokensBuilder = builder;
            }
            this.tokensOf.keep(declaration, tokens);
        }
    }

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void | 'prune' {
        if (node.$container && isWorkspace(node.$container) && TOKEN_TYPES[node.$type]) {
            // The name token as the name provider remembers it: searching for it per keystroke was most of the cost.
            const name = this.names.getNameNode(node);
            if (name) acceptor({ cst: name, type: TOKEN_TYPES[node.$type], modifier: SemanticTokenModifiers.declaration });
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
