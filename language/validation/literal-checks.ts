// `invalid-value`: typed literals that parse but mean nothing (0 hours, 2027-02-30, 2027-Q5, 150%).
import type { AstNode, ValidationAcceptor } from 'langium';
import {
    isAffiliationLimitProperty,
    isByProperty,
    isDecisionMethod,
    isDueProperty,
    isDuration,
    isElectedOnProperty,
    isExpectedProperty,
    isMilestone,
    isQuorumProperty,
    isTargetProperty
} from '../generated/ast.js';
import { parseCount, parseDate, parseDateOrQuarter, parseDuration, parseFraction, parseTarget, type Parsed } from '../model/literals.js';
import { DiagnosticCode } from './diagnostic-codes.js';

/** Reports an out-of-range literal on the literal itself. */
export function checkLiteral(node: AstNode, accept: ValidationAcceptor): void {
    const report = (parsed: Parsed<unknown>, property?: string) => {
        if (!parsed.ok) accept('error', parsed.problem, { node, property: property as never, code: DiagnosticCode.InvalidValue });
    };
    // A duration without its unit did not parse: the syntax error says so, once.
    if (isDuration(node)) {
        if (node.unit !== undefined || node.shorthand !== undefined) report(parseDuration(node));
    } else if (isDueProperty(node) && node.date) report(parseDate(node.date), 'date');
    else if (isMilestone(node) && node.date) report(parseDate(node.date), 'date');
    else if (isByProperty(node) && node.when) report(parseDateOrQuarter(node.when), 'when');
    else if (isExpectedProperty(node) && node.when) report(parseDateOrQuarter(node.when), 'when');
    else if (isTargetProperty(node) && node.value) report(parseTarget(node.value), 'value');
    else if (isDecisionMethod(node) && node.share) report(parseFraction(node.share), 'share');
    else if ((isQuorumProperty(node) || isAffiliationLimitProperty(node)) && node.share) report(parseFraction(node.share), 'share');
    else if ((isQuorumProperty(node) || isAffiliationLimitProperty(node)) && node.count) report(parseCount(node.count), 'count');
    else if (isElectedOnProperty(node) && node.date) report(parseDate(node.date), 'date');
}

/** The node types that hold a literal `checkLiteral` reads. */
export const LITERAL_HOLDERS = [
    'Duration',
    'DueProperty',
    'Milestone',
    'ByProperty',
    'ExpectedProperty',
    'TargetProperty',
    'DecisionMethod',
    'QuorumProperty',
    'AffiliationLimitProperty',
    'ElectedOnProperty'
] as const;
