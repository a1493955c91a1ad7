// Links drawn elements to their declarations: source locations and the errors inside them.
import { AstUtils, type AstNode, type Reference } from 'langium';
import type { LocatedError, SourceLocation } from '../view-model.js';

/** The location of a declaration's name (or the whole node when it has none). */
export function sourceOf(node: AstNode | undefined): SourceLocation | undefined {
    const cst = node?.$cstNode;
    if (!node || !cst) return undefined;
    return { uri: AstUtils.getDocument(node).uri.toString(), range: cst.range };
}

/** The location of a reference as written (a name in a list), in its document. */
export function referenceSource(reference: Reference | undefined, owner: AstNode): SourceLocation | undefined {
    const cst = reference?.$refNode;
    if (!cst) return undefined;
    return { uri: AstUtils.getDocument(owner).uri.toString(), range: cst.range };
}

function contains(outer: SourceLocation['range'], inner: SourceLocation['range']): boolean {
    const before = (a: { line: number; character: number }, b: { line: number; character: number }) =>
        a.line < b.line || (a.line === b.line && a.character <= b.character);
    return before(outer.start, inner.start) && before(inner.end, outer.end);
}

/** Messages of the errors located inside a declaration. */
export function errorsIn(node: AstNode | undefined, errors: LocatedError[]): string[] {
    const source = sourceOf(node);
    if (!source) return [];
    return errors.filter(e => e.uri === source.uri && contains(source.range, e.range)).map(e => e.message);
}

/**
 * True when a declaration has a name. The parser still builds a node for a half-typed one
 * (`decision` alone), whose name is undefined at run time although the AST types say string.
 */
export function isNamed(node: { name?: string } | undefined): boolean {
    return typeof node?.name === 'string' && node.name.length > 0;
}
