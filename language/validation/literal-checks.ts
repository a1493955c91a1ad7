// `invalid-value`: typed literals that parse but mean nothing (0 hours, 2027-02-30, 2027-Q5, 150%).
import type { AstNode, ValidationAcceptor } from 'langium';
import { isByProperty, isDueProperty, isDuration, isExpectedProperty, isMilestone, isTargetProperty } from '../generated/ast.js';
import { parseDate, parseDateOrQuarter, parseDuration, parseTarget, type Parsed } from '../model/literals.js';
import { DiagnosticCode } from './diagnostic-codes.js';

/** Reports an out-of-range literal on the literal itself. */
export function checkLiteral(node: AstNode, accept: ValidationAcceptor): void {
    const report = (parsed: Parsed<unknown>, property?: string) => {
        if (!parsed.ok) accept('error', parsed.problem, { node, property: property as never, code: DiagnosticCode.InvalidValue });
    };
    if (isDuration(node)) report(parseDuration(node));
    else if (isDueProperty(node) && node.date) report(parseDate(node.date), 'date');
    else if (isMilestone(node) && node.date) report(parseDate(node.date), 'date');
    else if (isByProperty(node) && node.when) report(parseDateOrQuarter(node.when), 'when');
    else if (isExpectedProperty(node) && node.when) report(parseDateOrQuarter(node.when), 'when');
    else if (isTargetProperty(node) && node.value) report(parseTarget(node.value), 'value');
}

/** The node types that hold a literal `checkLiteral` reads. */
export const LITERAL_HOLDERS = ['Duration', 'DueProperty', 'Milestone', 'ByProperty', 'ExpectedProperty', 'TargetProperty'] as const;
