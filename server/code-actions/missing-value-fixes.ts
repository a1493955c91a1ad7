// Fixes that add a value only the user can choose: a rule's SLA, a risk's mitigation, a metric's
// target. The text carries a sensible default and, for VS Code, a snippet placeholder on it.
import type { LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { isDecidedByProperty, isMetric, isRisk, isRule } from '../../language/generated/ast.js';
import { insertAt, quickFix } from './fix-action.js';
import { placeholder } from '../../language/text/snippet-edits.js';
import { addProperty, nodeOfDiagnostic } from './text-places.js';

/** The SLA offered when a decider needs one: the cross-domain triage SLA of the spec's story. */
export const DEFAULT_SLA = '48 hours';

/** Offered as a mitigation: words the author must replace, not a plan. */
export const DEFAULT_MITIGATION = 'Describe the mitigation';

/** `rule-no-sla`: appends `within 48 hours` to the rule's `decided by`. */
export function addSla(diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
    const decidedBy = nodeOfDiagnostic(diagnostic, document, isDecidedByProperty);
    const cst = decidedBy?.$cstNode;
    if (!decidedBy || !cst || decidedBy.within) return [];
    const rule = isRule(decidedBy.$container) ? ` to rule ${decidedBy.$container.name}` : '';
    const edit = insertAt(document, cst.end, [' within ', placeholder(DEFAULT_SLA)]);
    return [quickFix(`Add an SLA${rule}: decided by ${decidedBy.decider.$refText} within ${DEFAULT_SLA}`, diagnostic, [edit])];
}

/** `risk-no-mitigation`: adds a `mitigation "…"` line to the risk. */
export function addMitigation(diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
    const risk = nodeOfDiagnostic(diagnostic, document, isRisk);
    const edit = risk && addProperty(document, risk, ['mitigation "', placeholder(DEFAULT_MITIGATION), '"']);
    return risk && edit ? [quickFix(`Add a mitigation to risk ${risk.name}`, diagnostic, [edit])] : [];
}

/** `metric-no-target`: adds a `target` line: a share for an outcome, a count for progress. */
export function addTarget(diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
    const metric = nodeOfDiagnostic(diagnostic, document, isMetric);
    const value = metric?.kind === 'progress' ? '100' : '100%';
    const edit = metric && addProperty(document, metric, ['target ', placeholder(value)]);
    return metric && edit ? [quickFix(`Add a target to metric ${metric.name}: target ${value}`, diagnostic, [edit])] : [];
}
