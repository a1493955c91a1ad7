// Small helpers shared by the validation checks.
import { AstUtils, GrammarUtils, type AstNode } from 'langium';
import type { DiagnosticRelatedInformation, Range } from 'vscode-languageserver-types';
import type { Declaration } from '../generated/ast.js';

/** The properties of a declaration's block that satisfy a type guard. */
export function propertiesOf<T>(declaration: { properties?: unknown[] }, guard: (n: unknown) => n is T): T[] {
    return (declaration.properties ?? []).filter(guard);
}

/** True when the node lives in the document whose root is given (model facts span files). */
export function isIn(node: AstNode, root: AstNode): boolean {
    return AstUtils.findRootNode(node) === root;
}

/**
 * `people.align:12` for pointing at another declaration in a message: the path relative to
 * the folder of the file the message is about (`../other/people.align:12`), so two files that
 * share a name are told apart.
 */
export function locationOf(node: Declaration, from?: AstNode): string {
    const target = AstUtils.getDocument(node).uri.path;
    const line = (node.$cstNode?.range.start.line ?? 0) + 1;
    if (!from) return `${target.split('/').pop() ?? target}:${line}`;
    return `${relativePath(AstUtils.getDocument(from).uri.path, target)}:${line}`;
}

/** The path of `to` relative to the folder of the file `from` (both absolute, `/`-separated). */
export function relativePath(from: string, to: string): string {
    const source = from.split('/').slice(0, -1);
    const target = to.split('/');
    let common = 0;
    while (common < source.length && common < target.length - 1 && source[common] === target[common]) common++;
    return [...Array(source.length - common).fill('..'), ...target.slice(common)].join('/');
}

/** The kind of a declaration as people say it: `stakeholder`, `domain`. */
export function kindOf(node: AstNode): string {
    return node.$type.toLowerCase();
}

/** How many other places a diagnostic links to; the message counts the rest. */
export const RELATED_LIMIT = 20;

/** A related-information entry pointing at a declaration's name, for a clickable cross-file fact. */
export function relatedAt(node: Declaration, message: string): DiagnosticRelatedInformation[] {
    const range = nameRange(node) ?? node.$cstNode?.range;
    if (!range) return [];
    return [{ location: { uri: AstUtils.getDocument(node).uri.toString(), range }, message }];
}

/** The range of a declaration's name, when it has one. */
export function nameRange(node: Declaration): Range | undefined {
    return GrammarUtils.findNodeForProperty(node.$cstNode, 'name')?.range;
}
