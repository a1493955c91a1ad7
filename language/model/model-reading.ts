// How the model reads the syntax tree: a reference counts only when it resolves to the kind
// expected and to a declaration the model is built with (impact's "what if X left" leaves X
// out), and a literal only when it parses. Every part of the builder reads through these.
import type { AstNode, Reference } from 'langium';
import { isCadence, isGroup, isStakeholder, type Declaration } from '../generated/ast.js';
import type { Party } from './alignment-model.js';
import { unique } from './lists.js';
import { parseDate, parseDuration, type DateValue, type DurationValue } from './literals.js';

/** Declarations a model is built without (impact, docs/language.md): references to them count as unresolved. */
export type Absent = ReadonlySet<AstNode>;

/** True for the kinds of declaration that can decide or be escalated to. */
export function isParty(node: unknown): node is Party {
    return isStakeholder(node) || isGroup(node) || isCadence(node);
}

/** The target of a reference, if it is of the kind `guard` accepts and not absent. */
export function deref<T extends Declaration>(ref: Reference<Declaration> | undefined, guard: (n: unknown) => n is T, absent: Absent): T | undefined {
    const target = ref?.ref;
    return guard(target) && !absent.has(target) ? target : undefined;
}

/** The distinct targets of references, as `deref` reads each. */
export function derefAll<T extends Declaration>(refs: Array<Reference<Declaration>> | undefined, guard: (n: unknown) => n is T, absent: Absent): T[] {
    return unique((refs ?? []).map(ref => deref(ref, guard, absent)).filter((n): n is T => n !== undefined));
}

/** A duration literal's value, when it parses. */
export function duration(node: Parameters<typeof parseDuration>[0] | undefined): DurationValue | undefined {
    if (!node) return undefined;
    const parsed = parseDuration(node);
    return parsed.ok ? parsed.value : undefined;
}

/** A date literal's value, when it parses. */
export function dateValue(text: string | undefined): DateValue | undefined {
    if (!text) return undefined;
    const parsed = parseDate(text);
    return parsed.ok ? parsed.value : undefined;
}

/** Resolves a reference as the model does (undefined for a declaration left out of it). */
export type Resolve = (ref: Reference<Declaration>) => Declaration | undefined;

/** A reference as written, and the named declaration of the expected kind it resolves to. */
export interface NamedReference<T extends Declaration> {
    /** The name as written, whether or not it resolves (the report shows it). */
    written?: string;
    declaration?: T;
}

/** A reference as written and as resolved, if it resolves to a named declaration `guard` accepts. */
export function namedReference<T extends Declaration>(
    ref: Reference<Declaration> | undefined,
    resolve: Resolve,
    guard: (node: unknown) => node is T
): NamedReference<T> {
    const target = ref ? resolve(ref) : undefined;
    return { written: ref?.$refText || undefined, declaration: guard(target) && target.name ? target : undefined };
}

/** Accepts any declaration: for a reference whose kind the model does not check. */
export function anyDeclaration(node: unknown): node is Declaration {
    return node !== undefined;
}

/** A declaration's properties of one kind, in the order written. */
export function propertiesOf<T>(declaration: { properties?: unknown[] }, guard: (n: unknown) => n is T): T[] {
    return (declaration.properties ?? []).filter(guard);
}
