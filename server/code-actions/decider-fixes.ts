// `decision-ambiguous-owner`: nobody may decide, and only the user knows who should. One fix per
// candidate (every owner of the affected domains), one for a new triage group of those owners,
// none preferred. The rule goes where the project keeps its rules, so the framework stays in
// one place.
import { UriUtils, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { isDecision, type Domain, type Rule } from '../../language/generated/ast.js';
import type { AlignmentModel, Owner } from '../../language/model/alignment-model.js';
import { listing } from '../../language/model/explain.js';
import { quickFix, type OffsetEdit } from './fix-action.js';
import { DEFAULT_SLA } from './missing-value-fixes.js';
import { placeholder, type Template } from '../../language/text/snippet-edits.js';
import { addDeclarations, documentOf, INDENT, nameMaker, nodeOfDiagnostic } from './text-places.js';

/** How many domains a generated name spells out before it falls back to the decision's name. */
const NAMED_DOMAINS = 3;

/** One fix per possible decider of the decision the diagnostic is on. */
export function chooseDecider(diagnostic: Diagnostic, document: LangiumDocument, model: AlignmentModel): CodeAction[] {
    const decision = nodeOfDiagnostic(diagnostic, document, isDecision);
    const info = decision ? model.decisions.get(decision) : undefined;
    if (!decision || !info) return [];
    const framework = info.framework;
    const domains = framework.domains.map(d => d.domain).filter(d => d.name);
    if (domains.length === 0) return [];
    // A rule touching exactly these domains is the most specific one possible for this decision:
    // when the disputing rules are already that specific, one more would only join the dispute.
    if (framework.conflictingRules.some(rule => (rule.specificity ?? 0) >= domains.length)) return [];
    const owners = [...new Set(framework.domains.flatMap(d => d.owners))].filter(owner => owner.name);
    const stem = domains.length <= NAMED_DOMAINS ? domains.map(d => d.name).join('') : decision.name;
    const scope = domains.map(d => d.name).join(' + ');
    /** The fix adding a rule decided by `decider`, after the declarations in `before`. */
    const fix = (title: string, decider: string, before = '') => {
        const name = nameMaker(model, [decider])(`${stem}Decisions`, 'CrossDomainDecisions');
        const edit = addRule(model, document, [before, ...ruleTemplate(name, domains, decider)]);
        // An edit in another file is said in the title: the user sees where the rule goes before choosing.
        const elsewhere = edit.document !== document ? ` (in ${UriUtils.basename(edit.document.uri)})` : '';
        return quickFix(`${title}${elsewhere}`, diagnostic, [edit]);
    };

    const actions = owners.filter(owner => !wouldTie(model, domains, owner)).map(owner => fix(`Add rule: ${owner.name} decides ${scope}`, owner.name));
    if (wouldTie(model, domains, undefined)) return actions;
    if (owners.length >= 2) {
        const group = nameMaker(model)(`${stem}Triage`, 'Triage');
        const members = owners.map(o => o.name);
        actions.push(
            fix(
                `Add rule: a new triage group ${group} (${listing(members)}) decides ${scope}`,
                group,
                `group ${group} {\n${INDENT}members ${members.join(', ')}\n}\n\n`
            )
        );
    } else if (owners.length === 0) {
        // Nobody to choose from: a new stakeholder for the user to rename, rather than a rule
        // naming someone who does not exist (which would leave the decision ambiguous).
        const stakeholder = nameMaker(model)(`${stem}Decider`, 'Decider');
        actions.push(fix(`Add rule: a new stakeholder ${stakeholder} decides ${scope}`, stakeholder, `stakeholder ${stakeholder}\n\n`));
    }
    return actions;
}

function ruleTemplate(name: string, domains: Domain[], decider: string): Template {
    return [
        `rule ${name} {\n${INDENT}when touches ${domains.map(d => d.name).join(', ')}\n${INDENT}decided by ${decider} within `,
        placeholder(DEFAULT_SLA),
        '\n}'
    ];
}

/**
 * True when a rule touching these domains, decided by this party (undefined: a new one), would
 * tie with the rule that now decides some other decision, for another decider: that would
 * trade this finding for a `rule-conflict`.
 */
function wouldTie(model: AlignmentModel, domains: Domain[], decider: Owner | undefined): boolean {
    return [...model.decisions.values()].some(
        info =>
            info.framework.basis === 'rule' &&
            info.framework.rule?.specificity === domains.length &&
            info.framework.decider !== decider &&
            domains.every(domain => info.domains.includes(domain))
    );
}

/**
 * Adds the declarations after the last rule of the project's file that holds the most rules
 * (on a tie, the decision's own file, else the first in path order), or at the end of the
 * decision's file when the project has no rule yet.
 */
function addRule(model: AlignmentModel, document: LangiumDocument, declarations: Template): OffsetEdit {
    const rulesByFile = new Map<LangiumDocument, Rule[]>();
    for (const rule of model.rules.keys()) {
        if (!rule.$cstNode) continue;
        const file = documentOf(rule);
        rulesByFile.set(file, [...(rulesByFile.get(file) ?? []), rule]);
    }
    let home: Rule[] | undefined;
    for (const file of model.documents) {
        const rules = rulesByFile.get(file) ?? [];
        if (rules.length === 0) continue;
        if (!home || rules.length > home.length || (rules.length === home.length && file === document)) home = rules;
    }
    if (!home) return addDeclarations(document, undefined, declarations);
    const last = home.reduce((latest, rule) => (rule.$cstNode!.end > latest.$cstNode!.end ? rule : latest));
    return addDeclarations(documentOf(last), last, declarations);
}
