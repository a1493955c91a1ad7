// `scope-conflict`: an item both in and out of scope. Which list is wrong is the user's call,
// so both removals are offered.
import { GrammarUtils, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { isInitiative, isInScopeProperty, isOutOfScopeProperty, type InScopeProperty, type OutOfScopeProperty } from '../../language/generated/ast.js';
import { quickFix, type OffsetEdit } from './fix-action.js';
import { diagnosticOffset, nodeAt, removal } from './text-places.js';

/** Compared as the scope check compares them: case-insensitive, trimmed. */
function normalise(item: string): string {
    return item.trim().toLowerCase();
}

/** "Remove "item" from out of scope" and "Remove "item" from in scope". */
export function resolveScopeConflict(diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
    const offset = diagnosticOffset(diagnostic, document);
    const outOfScope = nodeAt(document, offset, isOutOfScopeProperty);
    const initiative = outOfScope?.$container;
    const index = GrammarUtils.findNodesForProperty(outOfScope?.$cstNode, 'items').findIndex(node => node.offset === offset);
    if (!outOfScope || !isInitiative(initiative) || index < 0) return [];
    const item = outOfScope.items[index];
    const inScopeEdits = initiative.properties.filter(isInScopeProperty).flatMap(list =>
        removeItems(
            document,
            list,
            list.items.flatMap((other, i) => (normalise(other) === normalise(item) ? [i] : []))
        )
    );
    const label = `"${item.trim()}"`;
    return [
        quickFix(`Remove ${label} from out of scope`, diagnostic, removeItems(document, outOfScope, [index])),
        ...(inScopeEdits.length > 0 ? [quickFix(`Remove ${label} from in scope`, diagnostic, inScopeEdits)] : [])
    ];
}

/** Edits removing some items of a scope list (the whole line when none is left). */
function removeItems(document: LangiumDocument, list: InScopeProperty | OutOfScopeProperty, indices: number[]): OffsetEdit[] {
    const nodes = GrammarUtils.findNodesForProperty(list.$cstNode, 'items');
    if (indices.length === 0 || !list.$cstNode) return [];
    if (indices.length >= nodes.length) return [removal(document, list.$cstNode)];
    if (indices.length === 1) {
        // The item and the comma that joins it to the next one, or to the one before if it is last.
        const at = indices[0];
        return at + 1 < nodes.length
            ? [{ document, start: nodes[at].offset, end: nodes[at + 1].offset, text: '' }]
            : [{ document, start: nodes[at - 1].end, end: nodes[at].end, text: '' }];
    }
    const kept = nodes.filter((_, i) => !indices.includes(i)).map(node => node.text);
    return [{ document, start: nodes[0].offset, end: nodes[nodes.length - 1].end, text: kept.join(', ') }];
}
