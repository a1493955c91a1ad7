// A decision's record (docs/language.md, "Decision records"): it must exist, and what it says
// (status, decision-makers, date) must agree with the model.
import { AstUtils, type ValidationAcceptor } from 'langium';
import { isRecordProperty, isStakeholder, type Decision } from '../generated/ast.js';
import type { AlignmentModel, DecisionInfo, Party } from '../model/alignment-model.js';
import { listing, nameOf } from '../model/explain.js';
import type { DecisionRecords } from '../records/decision-records.js';
import type { RecordFacts } from '../records/parse-record.js';
import { propertiesOf } from './check-utils.js';
import { DiagnosticCode } from './diagnostic-codes.js';

const DECIDED = new Set(['accepted', 'decided', 'approved']);

/** Reports `record-missing` and `record-disagrees`. */
export function checkRecord(decision: Decision, model: AlignmentModel, records: DecisionRecords, accept: ValidationAcceptor): void {
    const property = propertiesOf(decision, isRecordProperty)[0];
    const info = model.decisions.get(decision);
    if (!property?.path?.trim() || !info) return;
    const read = records.read(AstUtils.getDocument(decision), property.path);
    if (!read) return;
    if (!read.found) {
        accept(
            'warning',
            `The record "${property.path}" of ${nameOf(decision)} cannot be read: there is no such file relative to this .align file. Correct the path, or create the record with \`align adr ${nameOf(decision)} -o ${property.path}\`.`,
            { node: property, property: 'path', code: DiagnosticCode.RecordMissing }
        );
        return;
    }
    if (!read.facts) return;
    const disagreements = disagreementsOf(read.facts, info, model);
    if (disagreements.length === 0) return;
    accept(
        'warning',
        `The record "${property.path}" says otherwise than ${nameOf(decision)}: ${disagreements.join('; ')}. Bring the record and the decision back in line.`,
        { node: property, property: 'path', code: DiagnosticCode.RecordDisagrees }
    );
}

/** What the record says that the model does not. */
function disagreementsOf(facts: RecordFacts, info: DecisionInfo, model: AlignmentModel): string[] {
    const found: string[] = [];
    if (facts.status && DECIDED.has(facts.status) && !info.decidedOn) found.push(`its status is ${facts.status}, but the decision has no \`decided on\``);
    if (facts.status === 'proposed' && info.decidedOn) found.push(`its status is proposed, but the decision was decided on ${info.decidedOn.text}`);
    if (facts.deciders && facts.deciders.length > 0 && info.decider && !facts.deciders.some(name => names(info.decider!, model).has(key(name)))) {
        found.push(`its decision-makers (${listing(facts.deciders)}) include neither ${nameOf(info.decider)}, who decides it, nor any of its people`);
    }
    if (facts.date && info.decidedOn && facts.date !== info.decidedOn.text)
        found.push(`its date is ${facts.date}, but the decision was decided on ${info.decidedOn.text}`);
    return found;
}

/** The names and titles (trimmed, lower case) that stand for a decider: itself and its people. */
function names(decider: Party, model: AlignmentModel): Set<string> {
    const parties: Array<{ name?: string; title?: string }> = [decider, ...(isStakeholder(decider) ? [] : model.stakeholdersOf(decider))];
    return new Set(
        parties
            .flatMap(party => [party.name, party.title])
            .filter((n): n is string => typeof n === 'string')
            .map(key)
    );
}

function key(name: string): string {
    return name.trim().toLowerCase();
}
