// Properties a block already has. Every property may be written once per block (a second one
// is `duplicate-property`, a second domain owner `domain-multiple-owners`), so completion does
// not propose one that is already there.
import type { AstNode } from 'langium';

/** True when the declaration has a property of this type other than the one at `offset`. */
export function hasPropertyElsewhere(declaration: AstNode | undefined, type: string, offset: number): boolean {
    const properties = (declaration as { properties?: AstNode[] } | undefined)?.properties ?? [];
    // The property under the cursor is the one being rewritten, not a second one.
    return properties.some(property => property.$type === type && !(property.$cstNode && property.$cstNode.offset <= offset && offset < property.$cstNode.end));
}
