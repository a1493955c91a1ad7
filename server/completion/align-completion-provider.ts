// Completion with one entry per concept: declaration keywords as snippets where a declaration
// may start; property keywords once, as snippets, inside a block that does not have them yet;
// in a reference slot only the names of the kinds it accepts (reference-kinds.ts) that the
// list does not hold yet; each duration unit once after a number; useful dates in date slots.
// The snippets live here rather than in a snippet file contributed to VS Code, which would
// offer every one of them in every slot, beside the keywords.
import {
    AstUtils,
    CstUtils,
    GrammarAST,
    isJSDoc,
    parseJSDoc,
    type AstNode,
    type AstNodeDescription,
    type CommentProvider,
    type LangiumDocument,
    type MaybePromise,
    type ReferenceInfo,
    type Stream
} from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature } from 'langium/lsp';
import {
    CompletionItemKind,
    InsertTextFormat,
    type CancellationToken,
    type CompletionList,
    type CompletionParams,
    type MarkupContent
} from 'vscode-languageserver';
import { isDeclaration, type Declaration } from '../../language/generated/ast.js';
import { referenceSlot } from '../../language/references/reference-kinds.js';
import { escapeMarkdown } from '../../language/text/markdown.js';
import { todayFor } from '../../language/validation/today.js';
import type { AlignServices } from '../align-services.js';
import { candidateDetail } from './candidate-detail.js';
import type { DateCandidate } from './date-candidates.js';
import { declarationRank, declarationSnippet } from './declaration-snippets.js';
import { periodRank, unitCompletion } from './duration-units.js';
import { keywordSnippets } from './keyword-snippets.js';
import { namesListedBefore } from './listed-names.js';
import { ProjectValues } from './project-values.js';
import { SnippetSlots } from './snippet-slots.js';
import { hasPropertyElsewhere } from './written-properties.js';

export class AlignCompletionProvider extends DefaultCompletionProvider {
    private readonly comments: CommentProvider;
    private readonly services: AlignServices;
    /** A client that cannot expand snippets gets the keywords as plain text. */
    private snippetSupport = true;

    constructor(services: AlignServices) {
        super(services);
        this.services = services;
        this.comments = services.documentation.CommentProvider;
        services.shared.lsp.LanguageServer.onInitialize(params => {
            this.snippetSupport = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
        });
    }

    /** A space after a keyword opens the list by itself: the names or values that go there (`owner `, `affects `, `every `). */
    override readonly completionOptions = { triggerCharacters: [' '] };

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        const list = await super.getCompletion(document, params, cancelToken);
        if (params.context?.triggerCharacter !== ' ' || !list) return list;
        // Typed a space: only what fills the slot after a keyword, never the next keywords, and nothing in a comment or a string.
        const offset = document.textDocument.offsetAt(params.position);
        const root = document.parseResult.value.$cstNode;
        const leaf = root && offset > 0 ? CstUtils.findLeafNodeAtOffset(root, offset - 1) : undefined;
        if (leaf && (CstUtils.isCommentNode(leaf, ['SL_COMMENT', 'ML_COMMENT']) || leaf.text.startsWith('"'))) return { isIncomplete: false, items: [] };
        const items = list.items.filter(item => item.kind !== CompletionItemKind.Keyword && item.kind !== CompletionItemKind.Snippet);
        return { isIncomplete: list.isIncomplete, items };
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        // Langium offers nothing for terminals; a date slot deserves today and the milestones.
        const terminal = terminalName(next.feature);
        // Where both are valid (`by`), the dates come first and the quarters after them.
        if (terminal === 'DATE') return this.acceptDates(context, acceptor, this.valuesAt(context).dates(), '0d');
        if (terminal === 'QUARTER') return this.acceptDates(context, acceptor, this.valuesAt(context).quarters(), '0q');
        return super.completionFor(context, next, acceptor);
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword)) return;
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name ?? '';
        if (rule === 'TimeUnit' || (rule === 'Duration' && keyword.value === 'business')) {
            return this.acceptUnit(context, keyword, acceptor);
        }
        if (rule === 'PeriodUnit') {
            return acceptor(context, {
                label: keyword.value,
                kind: CompletionItemKind.Unit,
                detail: 'period',
                sortText: `0${rank(periodRank(keyword.value))}`
            });
        }
        const declaration = declarationSnippet(rule);
        if (declaration && isFirstElement(keyword)) {
            // A new declaration is not the one the cursor follows: none of the names are excluded.
            const slots = new SnippetSlots(this.valuesAt(context, false));
            return acceptor(context, {
                label: keyword.value,
                kind: CompletionItemKind.Keyword,
                detail: declaration.detail,
                ...this.snippet(() => declaration.body(slots)),
                sortText: `1${rank(declarationRank(rule))}`
            });
        }
        const enclosing = enclosingDeclaration(context.node);
        if (isFirstElement(keyword) && hasPropertyElsewhere(enclosing, rule, context.tokenOffset)) return;
        const snippets = keywordSnippets({ rule, keyword: keyword.value, declaration: enclosing?.$type });
        if (snippets.length === 0) return super.completionForKeyword(context, keyword, acceptor);
        const slots = new SnippetSlots(this.valuesAt(context));
        for (const {
            snippet: { label, detail, body },
            rank: order
        } of snippets) {
            acceptor(context, {
                label,
                kind: CompletionItemKind.Keyword,
                detail,
                ...(body ? this.snippet(() => body(slots)) : {}),
                sortText: `1${rank(order)}`
            });
        }
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const slot = referenceSlot(refInfo.container, refInfo.property);
        // A name already in the list would be written twice; the declaration being edited would
        // refer to itself (a group in itself, a cadence escalating to itself).
        const excluded = new Set(namesListedBefore(this.lexer, context.textDocument.getText(), context.tokenOffset));
        const editing = enclosingDeclaration(refInfo.container)?.name;
        if (editing) excluded.add(editing);
        return super
            .getReferenceCandidates(refInfo, context)
            .filter(description => !slot || slot.accepts.includes(description.type as never))
            .filter(description => !excluded.has(description.name));
    }

    protected override createReferenceCompletionItem(
        nodeDescription: AstNodeDescription,
        refInfo: ReferenceInfo,
        context: CompletionContext
    ): CompletionValueItem {
        return {
            ...super.createReferenceCompletionItem(nodeDescription, refInfo, context),
            detail: candidateDetail(nodeDescription.type, nodeDescription.node)
        };
    }

    // Langium renders a `/** … */` comment above the declaration as Markdown, links and images
    // included; the comment is document text, so it is shown literally instead.
    protected override getReferenceDocumentation(nodeDescription: AstNodeDescription): MarkupContent | undefined {
        const comment = nodeDescription.node && this.comments.getComment(nodeDescription.node);
        if (!comment || !isJSDoc(comment)) return undefined;
        const text = escapeMarkdown(parseJSDoc(comment).toString().trim());
        return text ? { kind: 'markdown', value: text } : undefined;
    }

    /** The snippet as the text to insert, when the client can expand it; else the label is inserted. */
    private snippet(body: () => string): { insertText?: string; insertTextFormat?: InsertTextFormat } {
        return this.snippetSupport ? { insertText: body(), insertTextFormat: InsertTextFormat.Snippet } : {};
    }

    /** Offers the unit form a keyword of a duration stands for, once per unit. */
    private acceptUnit(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): void {
        const textBefore = context.textDocument.getText().slice(0, context.tokenOffset);
        const unit = unitCompletion(keyword.value, keyword.value === 'business', textBefore);
        if (!unit) return;
        acceptor(context, {
            label: unit.label,
            insertText: unit.insertText,
            kind: CompletionItemKind.Unit,
            detail: 'duration unit',
            sortText: `0${rank(unit.rank)}`
        });
    }

    /** Offers dates (or quarters) in the given order, sorted as one group. */
    private acceptDates(context: CompletionContext, acceptor: CompletionAcceptor, dates: DateCandidate[], sortPrefix: string): void {
        dates.forEach((date, index) =>
            acceptor(context, { label: date.label, kind: CompletionItemKind.Value, detail: date.detail, sortText: `${sortPrefix}${rank(index)}` })
        );
    }

    /** The project's names and dates; `excludeEnclosing`: leave out the declaration around the cursor. */
    private valuesAt(context: CompletionContext, excludeEnclosing = true): ProjectValues {
        const uri = context.document.uri;
        const editing = excludeEnclosing ? enclosingDeclaration(context.node)?.name : undefined;
        return new ProjectValues(this.services.align.AlignmentModel.modelOf(uri), todayFor(this.services, uri), editing);
    }
}

/** The declaration a node belongs to (itself when it is one). */
function enclosingDeclaration(node: AstNode | undefined): Declaration | undefined {
    return node ? AstUtils.getContainerOfType(node, isDeclaration) : undefined;
}

/** The name of the terminal rule a feature calls (`DATE`), if it calls one. */
function terminalName(feature: GrammarAST.AbstractElement): string | undefined {
    const rule = GrammarAST.isRuleCall(feature) ? feature.rule.ref : undefined;
    return GrammarAST.isTerminalRule(rule) ? rule.name : undefined;
}

/** True when the keyword is what its rule starts with (`domain` in `Domain`, not `every` in `Cadence`). */
function isFirstElement(keyword: GrammarAST.Keyword): boolean {
    const container: AstNode | undefined = keyword.$container;
    return (
        GrammarAST.isParserRule(container) ||
        (GrammarAST.isGroup(container) && container.elements[0] === keyword && GrammarAST.isParserRule(container.$container))
    );
}

/** A sort key that keeps the given order: 00, 01, … */
function rank(index: number): string {
    return String(Math.max(index, 0)).padStart(2, '0');
}
