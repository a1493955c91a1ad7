// Fixes that complete or tidy a declaration: a domain without owner, a name declared nowhere,
// a property written twice. Each has one obvious repair, so each is the preferred fix.
import { AstUtils, CstUtils, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { isDomain, isOwnerProperty } from '../../language/generated/ast.js';
import type { AlignmentModel } from '../../language/model/alignment-model.js';
import { todayIso } from '../../language/model/literals.js';
import { isValidName } from '../../language/references/names.js';
import { referenceSlot, type DeclarationKind } from '../../language/references/reference-kinds.js';
import { insertAt, quickFix } from './fix-action.js';
import { addDeclarations, diagnosticOffset, nodeOfDiagnostic, removal } from './text-places.js';

/** A stakeholder to suggest as owner: the first one declared, else a placeholder name. */
function someStakeholder(model: AlignmentModel): string {
    return model.stakeholders[0]?.name ?? 'Owner';
}

/** `domain-no-owner`: gives the domain the first declared stakeholder as owner. */
export function addOwner(diagnostic: Diagnostic, document: LangiumDocument, model: AlignmentModel): CodeAction[] {
    const domain = nodeOfDiagnostic(diagnostic, document, isDomain);
    const cst = domain?.$cstNode;
    if (!domain || !cst) return [];
    const owner = someStakeholder(model);
    const brace = CstUtils.streamCst(cst).find(node => node.text === '{' && node.astNode === domain);
    const edit = brace ? insertAt(document, brace.end, `\n    owner ${owner}`) : insertAt(document, cst.end, ` {\n    owner ${owner}\n}`);
    return [quickFix(`Add \`owner ${owner}\` to ${domain.name}`, diagnostic, [edit], true)];
}

const TEMPLATES: Record<DeclarationKind, (name: string, model: AlignmentModel) => string> = {
    Stakeholder: name => `stakeholder ${name}`,
    Group: (name, model) => `group ${name} {\n    members ${someStakeholder(model)}\n}`,
    Domain: (name, model) => `domain ${name} {\n    owner ${someStakeholder(model)}\n}`,
    Cadence: (name, model) => `cadence ${name} every week {\n    attendees ${someStakeholder(model)}\n}`,
    Metric: (name, model) => `metric ${name} outcome {\n    owner ${someStakeholder(model)}\n    target 100%\n}`,
    Milestone: name => `milestone ${name} on ${todayIso()}`,
    Initiative: name => `initiative ${name}`,
    Rule: name => `rule ${name}`,
    Benefit: name => `benefit ${name}`,
    Risk: name => `risk ${name}`,
    Decision: name => `decision ${name}`,
    Agreement: name => `agreement ${name}`
};

/** `unresolved-reference`: declares the missing name, of the kind its slot expects, at the end of the file. */
export function declareMissing(diagnostic: Diagnostic, document: LangiumDocument, model: AlignmentModel): CodeAction[] {
    const data = diagnostic.data as { containerType?: string; property?: string; refText?: string } | undefined;
    if (!data?.refText || !isValidName(data.refText)) return [];
    const kind = referenceSlot(data.containerType ?? '', data.property ?? '')?.accepts[0] ?? 'Stakeholder';
    let text = TEMPLATES[kind](data.refText, model);
    // A template names someone; with nobody declared yet it declares that someone too, so the fix leaves no new unresolved name.
    if (model.stakeholders.length === 0 && text.includes(someStakeholder(model)) && kind !== 'Stakeholder')
        text = `stakeholder ${someStakeholder(model)}\n\n${text}`;
    const edit = addDeclarations(document, undefined, [text]);
    return [quickFix(`Declare ${kind.toLowerCase()} ${data.refText}`, diagnostic, [edit], true)];
}

/** `duplicate-property`: removes the property written a second time. */
export function removeDuplicate(diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
    const offset = diagnosticOffset(diagnostic, document);
    const property = AstUtils.streamAst(document.parseResult.value).find(
        node => node.$cstNode?.offset === offset && node.$type.endsWith('Property') && !isOwnerProperty(node)
    );
    const cst = property?.$cstNode;
    if (!cst) return [];
    return [quickFix('Remove the duplicate property', diagnostic, [removal(document, cst)], true)];
}
