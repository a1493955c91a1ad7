// Completion that offers, in each reference slot, only names of the kinds the slot accepts
// (the table in language/references/reference-kinds.ts), and duration units after a number.
import { isJSDoc, parseJSDoc, type AstNodeDescription, type CommentProvider, type MaybePromise, type ReferenceInfo, type Stream } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type LangiumServices, type NextFeature } from 'langium/lsp';
import { CompletionItemKind, type MarkupContent } from 'vscode-languageserver';
import type { GrammarAST } from 'langium';
import { referenceSlot } from '../../language/references/reference-kinds.js';
import { escapeMarkdown } from '../../language/text/markdown.js';

const UNITS = ['hours', 'days', 'business days', 'weeks', 'months', 'quarters'];

export class AlignCompletionProvider extends DefaultCompletionProvider {
    private readonly comments: CommentProvider;

    constructor(services: LangiumServices) {
        super(services);
        this.comments = services.documentation.CommentProvider;
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const slot = referenceSlot(refInfo.container, refInfo.property);
        const candidates = super.getReferenceCandidates(refInfo, context);
        return slot ? candidates.filter(description => slot.accepts.includes(description.type as never)) : candidates;
    }

    // Langium renders a `/** … */` comment above the declaration as Markdown, links and images
    // included; the comment is document text, so it is shown literally instead.
    protected override getReferenceDocumentation(nodeDescription: AstNodeDescription): MarkupContent | undefined {
        const comment = nodeDescription.node && this.comments.getComment(nodeDescription.node);
        if (!comment || !isJSDoc(comment)) return undefined;
        const text = escapeMarkdown(parseJSDoc(comment).toString().trim());
        return text ? { kind: 'markdown', value: text } : undefined;
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        // After `48` in a duration, the grammar expects a unit keyword: offer the units people write.
        if (isTimeUnitRule(next) && /[0-9]\s+$/.test(context.textDocument.getText().slice(0, context.offset))) {
            for (const unit of UNITS) {
                acceptor(context, { label: unit, kind: CompletionItemKind.Unit, detail: 'duration unit', sortText: `0${UNITS.indexOf(unit)}` });
            }
        }
        return super.completionFor(context, next, acceptor);
    }
}

function isTimeUnitRule(next: NextFeature): boolean {
    const feature = next.feature as GrammarAST.AbstractElement & { $container?: { $container?: { name?: string } } };
    let node: unknown = feature;
    while (node && typeof node === 'object') {
        const named = node as { $type?: string; name?: string; $container?: unknown };
        if (named.$type === 'ParserRule') return named.name === 'TimeUnit';
        node = named.$container;
    }
    return false;
}
