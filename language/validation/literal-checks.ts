// `invalid-value`: typed literals that parse but mean nothing (0 hours, 2027-02-30, 2027-Q5, 150%).
import { AstUtils, type AstNode, type ValidationAcceptor } from 'langium';
import { isByProperty, isDueProperty, isDuration, isExpectedProperty, isMilestone, isTargetProperty, type Workspace } from '../generated/ast.js';
import { parseDate, parseDateOrQuarter, parseDuration, parseTarget, type Parsed } from '../model/literals.js';
import { DiagnosticCode } from './diagnostic-codes.js';

/** Reports every out-of-range literal of the document on the literal itself. */
export function checkLiterals(workspace: Workspace, accept: ValidationAcceptor): void {
    const report = (parsed: Parsed<unknown>, node: AstNode, property?: string) => {
        if (!parsed.ok) accept('error', parsed.problem, { node, property: property as never, code: DiagnosticCode.InvalidValue });
    };
    for (const node of AstUtils.streamAst(workspace)) {
        if (isDuration(node)) report(parseDuration(node), node);
        else if (isDueProperty(node) && node.date) report(parseDate(node.date), node, 'date');
        else if (isMilestone(node) && node.date) report(parseDate(node.date), node, 'date');
        else if (isByProperty(node) && node.when) report(parseDateOrQuarter(node.when), node, 'when');
        else if (isExpectedProperty(node) && node.when) report(parseDateOrQuarter(node.when), node, 'when');
        else if (isTargetProperty(node) && node.value) report(parseTarget(node.value), node, 'value');
    }
}
