// Quick fixes keyed on the stable diagnostic codes. Each builds plain text edits from the
// diagnostic, the document and the alignment model.
import { AstUtils, CstUtils, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import { isDomain, isOwnerProperty, type Workspace } from '../../language/generated/ast.js';
import type { AlignmentModel } from '../../language/model/alignment-model.js';
import { todayIso } from '../../language/model/literals.js';
import { isValidName } from '../../language/references/names.js';
import { referenceSlot, type DeclarationKind } from '../../language/references/reference-kinds.js';
import { DiagnosticCode } from '../../language/validation/diagnostic-codes.js';

type Fix = (diagnostic: Diagnostic, document: LangiumDocument, model: AlignmentModel) => CodeAction | undefined;

/** Quick fixes for one diagnostic. */
export function quickFixesFor(diagnostic: Diagnostic, document: LangiumDocument, model: AlignmentModel): CodeAction[] {
    const fix = FIXES[String(diagnostic.code)];
    const action = fix?.(diagnostic, document, model);
    return action ? [action] : [];
}

const FIXES: Record<string, Fix> = {
    [DiagnosticCode.DomainNoOwner]: addOwner,
    [DiagnosticCode.UnresolvedReference]: declareMissing,
    [DiagnosticCode.DecisionAmbiguousOwner]: addRule,
    [DiagnosticCode.DuplicateProperty]: removeDuplicate
};

function action(title: string, diagnostic: Diagnostic, document: LangiumDocument, edits: TextEdit[]): CodeAction {
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: { changes: { [document.uri.toString()]: edits } } };
}

/** A stakeholder to suggest as owner: the first one declared, else a placeholder name. */
function someStakeholder(model: AlignmentModel): string {
    return model.stakeholders[0]?.name ?? 'Owner';
}

function endOfDocument(document: LangiumDocument): TextEdit['range'] {
    const end = document.textDocument.positionAt(document.textDocument.getText().length);
    return { start: end, end };
}

function appendAtEnd(document: LangiumDocument, text: string): TextEdit {
    const content = document.textDocument.getText();
    const separator = content.length === 0 || content.endsWith('\n\n') ? '' : content.endsWith('\n') ? '\n' : '\n\n';
    return { range: endOfDocument(document), newText: `${separator}${text}\n` };
}

function addOwner(diagnostic: Diagnostic, document: LangiumDocument, model: AlignmentModel): CodeAction | undefined {
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    const domain = (document.parseResult.value as Workspace).declarations.find(d => isDomain(d) && d.$cstNode && d.$cstNode.offset <= offset && offset <= d.$cstNode.end);
    const cst = domain?.$cstNode;
    if (!domain || !cst) return undefined;
    const owner = someStakeholder(model);
    const brace = CstUtils.streamCst(cst).find(node => node.text === '{' && node.astNode === domain);
    const edit: TextEdit = brace
        ? { range: { start: brace.range.end, end: brace.range.end }, newText: `\n    owner ${owner}` }
        : { range: { start: cst.range.end, end: cst.range.end }, newText: ` {\n    owner ${owner}\n}` };
    return action(`Add \`owner ${owner}\` to ${domain.name}`, diagnostic, document, [edit]);
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

function declareMissing(diagnostic: Diagnostic, document: LangiumDocument, model: AlignmentModel): CodeAction | undefined {
    const data = diagnostic.data as { containerType?: string; property?: string; refText?: string } | undefined;
    if (!data?.refText || !isValidName(data.refText)) return undefined;
    const kind = referenceSlot(data.containerType ?? '', data.property ?? '')?.accepts[0] ?? 'Stakeholder';
    return action(`Declare ${kind.toLowerCase()} ${data.refText}`, diagnostic, document, [appendAtEnd(document, TEMPLATES[kind](data.refText, model))]);
}

function addRule(diagnostic: Diagnostic, document: LangiumDocument, model: AlignmentModel): CodeAction | undefined {
    const domains = (diagnostic.data as { domains?: string[] } | undefined)?.domains;
    if (!domains || domains.length === 0) return undefined;
    const decisionName = document.textDocument.getText(diagnostic.range);
    const infos = [...model.domains.values()].filter(info => domains.includes(info.domain.name));
    const taken = new Set(model.declarationsByName.keys());
    const fresh = (base: string) => {
        let name = base;
        for (let i = 2; taken.has(name); i++) name = `${base}${i}`;
        taken.add(name);
        return name;
    };
    const known = infos.find(info => info.owner)?.owner?.name ?? model.stakeholders.find(s => s.name)?.name;
    // With nobody declared yet, a placeholder decider must be declared too, or the new rule
    // would name nobody and the decision would stay ambiguous.
    const decider = known ?? fresh('Decider');
    const name = fresh(`${decisionName}Framework`);
    const declared = known ? '' : `stakeholder ${decider} "Decides ${domains.join(' and ')} questions"\n`;
    const rule = `${declared}rule ${name} "Who decides ${domains.join(' and ')} questions" {\n    when touches ${domains.join(', ')}\n    decided by ${decider} within 48 hours\n}`;
    return action(`Add a rule for decisions touching ${domains.join(', ')}`, diagnostic, document, [appendAtEnd(document, rule)]);
}

function removeDuplicate(diagnostic: Diagnostic, document: LangiumDocument): CodeAction | undefined {
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    const root = document.parseResult.value;
    const property = AstUtils.streamAst(root).find(node => node.$cstNode?.offset === offset && node.$type.endsWith('Property') && !isOwnerProperty(node));
    const cst = property?.$cstNode;
    if (!cst) return undefined;
    const text = document.textDocument.getText();
    // Take the whitespace before the property with it, so no blank line or double space is left.
    let start = cst.offset;
    while (start > 0 && /[ \t]/.test(text[start - 1])) start--;
    if (start > 0 && text[start - 1] === '\n' && !endsInLineComment(document, start - 1)) start--;
    else if (start === 0 || text[start - 1] !== '\n') start = cst.offset;
    const range = { start: document.textDocument.positionAt(start), end: cst.range.end };
    return action('Remove the duplicate property', diagnostic, document, [{ range, newText: '' }]);
}

/** True when the line ending at `newline` ends in a `// …` comment, which must keep its line break. */
function endsInLineComment(document: LangiumDocument, newline: number): boolean {
    const text = document.textDocument.getText();
    let last = newline - 1;
    while (last >= 0 && /[ \t\r]/.test(text[last])) last--;
    const root = document.parseResult.value.$cstNode;
    const leaf = last >= 0 && root ? CstUtils.findLeafNodeAtOffset(root, last) : undefined;
    return leaf !== undefined && CstUtils.isCommentNode(leaf, ['SL_COMMENT']);
}
