// Formats `.align` text: one declaration per line, blocks set apart by one blank line and
// comments kept with what they belong to (see top-level-spacing.ts), blocks with one property
// per line indented inside `{ }`, one space between tokens, `, ` and ` -> `. A block written
// on one line with at most one property stays on one line (`stakeholder CIO "Chief" { org "IT" }`),
// the common style for short declarations. Only whitespace between tokens ever changes.
import { CstUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { AbstractFormatter, Formatting, type FormattingAction, type FormattingContext } from 'langium/lsp';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import { isWorkspace, type Workspace } from '../language/generated/ast.js';
import { declarationLayout, type DeclarationLayout } from './declaration-layout.js';
import { clampBreaks, planTopLevelSpacing, type LineBreaks } from './top-level-spacing.js';

export class AlignFormatter extends AbstractFormatter {
    /**
     * Line breaks before the file's top-level comments, planned with the declarations'. Langium's
     * formatting actions cannot set the lines before a comment, so createHiddenTextEdits applies
     * these. Formatting a document is synchronous: the plan never serves another document.
     */
    private commentBreaks = new Map<CstNode, LineBreaks>();
    /** Comments on their own line inside a block laid out over several lines: indented like its properties. */
    private blockComments = new Set<CstNode>();

    protected override doDocumentFormat(document: LangiumDocument, options: FormattingOptions, range?: Range): TextEdit[] {
        try {
            return super.doDocumentFormat(document, options, range);
        } finally {
            // Do not keep the document's syntax tree alive until the next format.
            this.commentBreaks = new Map();
            this.blockComments = new Set();
        }
    }

    protected format(node: AstNode): void {
        if (isWorkspace(node)) {
            this.formatWorkspace(node);
        } else if (node.$container && isWorkspace(node.$container)) {
            this.formatDeclaration(node);
        }
    }

    protected override createHiddenTextEdits(
        previous: CstNode | undefined,
        hidden: CstNode,
        formatting: FormattingAction | undefined,
        context: FormattingContext
    ): TextEdit[] {
        const breaks = this.commentBreaks.get(hidden);
        if (previous && breaks) {
            // A top-level comment starts its line: the break replaces the old one and any indentation.
            const range = { start: previous.range.end, end: hidden.range.start };
            return [{ range, newText: '\n'.repeat(clampBreaks(range.end.line - range.start.line, breaks)) }];
        }
        if (this.blockComments.has(hidden)) {
            // Langium indents a comment by the level of the token before it (the brace, at the
            // declaration's level); the comment belongs with the property below it, one level in.
            const level = context.indentation;
            context.indentation = 0;
            try {
                return super.createHiddenTextEdits(previous, hidden, Formatting.indent(), context);
            } finally {
                context.indentation = level;
            }
        }
        return super.createHiddenTextEdits(previous, hidden, formatting, context);
    }

    private formatWorkspace(workspace: Workspace): void {
        const children = (workspace.$cstNode as { content?: CstNode[] } | undefined)?.content ?? [];
        const multiLine = new Map(workspace.declarations.map(declaration => [declaration.$cstNode, declarationLayout(declaration)?.multiLine ?? false]));
        const plan = planTopLevelSpacing(children, declaration => multiLine.get(declaration) ?? false);
        this.commentBreaks = new Map([...plan].filter(([node]) => node.hidden));
        const formatter = this.getNodeFormatter(workspace);
        workspace.declarations.forEach((declaration, index) => {
            const breaks = declaration.$cstNode && plan.get(declaration.$cstNode);
            if (breaks) formatter.node(declaration).prepend(lineBreaks(breaks));
            else if (index === 0) formatter.node(declaration).prepend(Formatting.noIndent());
        });
    }

    private indentBlockComments({ comments, open, close }: DeclarationLayout): void {
        for (const comment of comments) {
            if (open && close && comment.offset > open.offset && comment.offset < close.offset) this.blockComments.add(comment);
        }
    }

    private formatDeclaration(declaration: AstNode): void {
        const layout = declarationLayout(declaration);
        if (!layout) return;
        const { tokens, open, close, properties, inline } = layout;
        const formatter = this.getNodeFormatter(declaration);

        // Every token after the first is separated by one space, except around commas.
        for (const token of tokens.slice(1)) {
            if (token === open || token === close || properties.some(p => p.$cstNode?.offset === token.offset)) continue;
            formatter.cst([token]).prepend(token.text === ',' ? Formatting.noSpace() : Formatting.oneSpace());
        }
        if (!open || !close) return;
        formatter.cst([open]).prepend(Formatting.oneSpace());
        if (inline) {
            properties.forEach(property => formatter.node(property).prepend(Formatting.oneSpace()));
            formatter.cst([close]).prepend(Formatting.oneSpace());
        } else {
            properties.forEach(property => formatter.node(property).prepend(blankLineBelowComment(property) ? INDENT_AFTER_BLANK_LINE : Formatting.indent()));
            formatter.cst([close]).prepend(properties.length === 0 ? Formatting.oneSpace() : Formatting.newLine());
            if (layout.multiLine) this.indentBlockComments(layout);
        }
    }
}

/** A property on its own line, one level in, one blank line above it. */
const INDENT_AFTER_BLANK_LINE: FormattingAction = { options: {}, moves: [{ tabs: 1, lines: 2 }] };

/**
 * True when a comment stands right above the property with a blank line between. That blank
 * line stays: without it a waiver comment would start to apply to the property (spec §7).
 */
function blankLineBelowComment(property: AstNode): boolean {
    const cst = property.$cstNode;
    const before = cst && CstUtils.getPreviousNode(cst, true);
    return before !== undefined && before.hidden && cst!.range.start.line - before.range.end.line > 1;
}

/** The formatting action for a planned number of line breaks. */
function lineBreaks(breaks: LineBreaks): FormattingAction {
    if (breaks.min === breaks.max) return Formatting.newLines(breaks.min);
    // `fit` takes the first move with at least the existing lines, else the last: a clamp.
    const moves: FormattingAction[] = [];
    for (let lines = breaks.min; lines <= breaks.max; lines++) moves.push(Formatting.newLines(lines));
    return Formatting.fit(...moves);
}
