// Langium's name provider, with each node's name token remembered. Outline, semantic tokens,
// code lens and diagnostics ask for the same names after every keystroke, and finding one
// searches the node's syntax tree. A node's syntax tree never changes while the node lives (an
// incremental parse replaces whole declarations and only moves the others), so the answer
// stays right for as long as the node does.
import { DefaultNameProvider, type AstNode, type CstNode } from 'langium';

const NONE = Symbol('no name');

export class AlignNameProvider extends DefaultNameProvider {
    private readonly nameNodes = new WeakMap<AstNode, CstNode | typeof NONE>();

    override getNameNode(node: AstNode): CstNode | undefined {
        const known = this.nameNodes.get(node);
        if (known !== undefined) return known === NONE ? undefined : known;
        const found = super.getNameNode(node);
        this.nameNodes.set(node, found ?? NONE);
        return found;
    }
}
