// How the formatter lays out one top-level declaration: which tokens are its braces, which
// nodes its properties, and whether it stays on one line. Both the layout inside a
// declaration and the blank lines between declarations depend on it, so it is decided once.
import { CstUtils, type AstNode, type CstNode } from 'langium';

export interface DeclarationLayout {
    /** The declaration's own tokens, comments left out. */
    tokens: CstNode[];
    /** The comments inside the declaration. */
    comments: CstNode[];
    open?: CstNode;
    close?: CstNode;
    properties: AstNode[];
    /** A block written on one line with at most one property stays on one line. */
    inline: boolean;
    /** The formatted declaration spans several lines: a block, as opposed to a one-liner. */
    multiLine: boolean;
}

/** The layout of a top-level declaration as written; undefined when it has no text. */
export function declarationLayout(declaration: AstNode): DeclarationLayout | undefined {
    const cst = declaration.$cstNode;
    if (!cst) return undefined;
    const tokens = leaves(cst).filter(leaf => !leaf.hidden);
    const comments = leaves(cst).filter(leaf => leaf.hidden);
    const open = tokens.find(token => token.text === '{' && token.astNode === declaration);
    const close = [...tokens].reverse().find(token => token.text === '}' && token.astNode === declaration);
    const properties = (declaration as { properties?: AstNode[] }).properties ?? [];
    const writtenOnOneLine = cst.range.start.line === cst.range.end.line;
    const inline = writtenOnOneLine && properties.length <= 1;
    // Properties go one per line unless inline; a comment that breaks a line keeps it broken.
    const multiLine = (open !== undefined && close !== undefined && !inline && properties.length > 0) || (!writtenOnOneLine && comments.length > 0);
    return { tokens, comments, open, close, properties, inline, multiLine };
}

function leaves(node: CstNode): CstNode[] {
    return CstUtils.streamCst(node)
        .filter(n => !('content' in n))
        .toArray();
}
