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

/** `file.align:12` for pointing at another declaration in a message. */
export function locationOf(node: Declaration): string {
    const document = AstUtils.getDocument(node);
    const file = document.uri.path.split('/').pop() ?? document.uri.path;
    const line = (node.$cstNode?.range.start.line ?? 0) + 1;
    return `${file}:${line}`;
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
