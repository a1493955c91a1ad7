// `duplicate-property`: a property written twice in one block. A domain's second owner is
// not a duplicate but `domain-multiple-owners`, reported by the domain checks.
import type { AstNode, ValidationAcceptor } from 'langium';
import { nameOf } from '../model/explain.js';
import { isDomain, isOwnerProperty, type Declaration } from '../generated/ast.js';
import { DiagnosticCode } from './diagnostic-codes.js';

/** The words a property starts with, for messages. */
const PROPERTY_WORDS: Record<string, string> = {
    SponsorProperty: 'sponsor',
    InScopeProperty: 'in scope',
    OutOfScopeProperty: 'out of scope',
    OrgProperty: 'org',
    MembersProperty: 'members',
    OwnerProperty: 'owner',
    ConsultedProperty: 'consulted',
    InformedProperty: 'informed',
    WhenProperty: 'when',
    DecidedByProperty: 'decided by',
    EscalatesProperty: 'escalates to',
    AttendeesProperty: 'attendees',
    TargetProperty: 'target',
    ByProperty: 'by',
    MeasuredByProperty: 'measured by',
    ExpectedProperty: 'expected',
    MitigationProperty: 'mitigation',
    AffectsProperty: 'affects',
    DueProperty: 'due',
    ChannelProperty: 'channel',
    ResponseProperty: 'response within',
    EscalationPathProperty: 'escalation path'
};

/** The keyword(s) of a property type as written in `.align`. */
export function propertyWord(type: string): string {
    return PROPERTY_WORDS[type] ?? type;
}

/** Reports the second and later occurrences of a property type in one declaration's block. */
export function checkDuplicateProperties(declaration: Declaration, accept: ValidationAcceptor): void {
    const seen = new Set<string>();
    for (const property of (declaration as { properties?: AstNode[] }).properties ?? []) {
        if (isDomain(declaration) && isOwnerProperty(property)) continue;
        if (seen.has(property.$type)) {
            accept('error', `\`${propertyWord(property.$type)}\` is written twice in ${nameOf(declaration)}. Keep one and remove the other.`, {
                node: property,
                code: DiagnosticCode.DuplicateProperty,
                data: { propertyType: property.$type }
            });
        }
        seen.add(property.$type);
    }
}
