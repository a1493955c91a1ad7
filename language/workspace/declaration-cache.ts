// What was found for each declaration of a file (its own findings, its semantic tokens), kept
// while the declaration's text and links are unchanged: an edit elsewhere in the file only moves
// it by some lines. It is found again once the declaration is reparsed (a new node), relinked
// (IncrementalEdits' link generation) or moved along its line (its start column changed).
import type { AstNode } from 'langium';
import type { IncrementalEdits } from './incremental-edits.js';

export class DeclarationCache<T> {
    private readonly entries = new WeakMap<AstNode, { generation: number; line: number; character: number; items: T[] }>();
    private readonly edits: IncrementalEdits;

    constructor(edits: IncrementalEdits) {
        this.edits = edits;
    }

    /** What was kept for a declaration and the lines it has moved since; undefined when it must be found again. */
    kept(declaration: AstNode): { items: T[]; lines: number } | undefined {
        const entry = this.entries.get(declaration);
        const start = declaration.$cstNode?.range.start;
        if (!entry || !start || entry.generation !== this.edits.linkGenerationOf(declaration) || entry.character !== start.character) return undefined;
        return { items: entry.items, lines: start.line - entry.line };
    }

    /** Keeps what was found for a declaration as it stands now (nothing for one never linked). */
    keep(declaration: AstNode, items: T[]): void {
        const start = declaration.$cstNode?.range.start;
        const generation = this.edits.linkGenerationOf(declaration);
        if (start && generation !== undefined) this.entries.set(declaration, { generation, line: start.line, character: start.character, items });
    }
}
