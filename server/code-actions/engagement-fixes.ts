// `owner-not-engaged`: an owner or deciding-group member who attends no forum. The fix brings
// them into the project's most frequent cadence, where questions wait the least.
import type { LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import {
    isAttendeesProperty,
    isMembersProperty,
    isOwnerProperty,
    isStakeholder,
    type Cadence,
    type MembersProperty,
    type OwnerProperty
} from '../../language/generated/ast.js';
import type { AlignmentModel } from '../../language/model/alignment-model.js';
import { insertAt, quickFix } from './fix-action.js';
import { addProperty, diagnosticOffset, documentOf, nodeAt } from './text-places.js';

/** "Add X to cadence C's attendees", C being the cadence that meets most often. */
export function engageOwner(diagnostic: Diagnostic, document: LangiumDocument, model: AlignmentModel): CodeAction[] {
    const offset = diagnosticOffset(diagnostic, document);
    const property = nodeAt(document, offset, (node): node is OwnerProperty | MembersProperty => isOwnerProperty(node) || isMembersProperty(node));
    const refs = isOwnerProperty(property) ? property.owners : (property?.members ?? []);
    const person = refs.find(ref => ref.$refNode?.offset === offset)?.ref;
    const cadence = mostFrequentCadence(model);
    if (!isStakeholder(person) || !person.name || !cadence) return [];
    const file = documentOf(cadence);
    const attendees = cadence.properties.filter(isAttendeesProperty)[0]?.$cstNode;
    const edit = attendees ? insertAt(file, attendees.end, `, ${person.name}`) : addProperty(file, cadence, [`attendees ${person.name}`]);
    return edit ? [quickFix(`Add ${person.name} to cadence ${cadence.name}'s attendees`, diagnostic, [edit])] : [];
}

/**
 * The cadence with the shortest interval (the first declared of equals); any cadence when
 * none has an interval that can be read.
 */
function mostFrequentCadence(model: AlignmentModel): Cadence | undefined {
    const named = model.cadences.filter(cadence => cadence.name);
    let best: Cadence | undefined;
    for (const cadence of named) {
        const hours = model.cadenceInterval.get(cadence)?.hours;
        if (hours !== undefined && (!best || hours < model.cadenceInterval.get(best)!.hours)) best = cadence;
    }
    return best ?? named[0];
}
