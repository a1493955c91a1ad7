// Registers every validation check of the language. Checks live in small modules grouped by
// concern; each reads the alignment model instead of re-deriving facts.
import { AstUtils, type AstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { AlignAstType, Workspace } from '../generated/ast.js';
import type { AlignCoreServices } from '../align-module.js';
import { checkDecision } from './decision-checks.js';
import { todayFor } from './today.js';
import { checkDomain } from './domain-checks.js';
import { checkEscalationCycles, checkGroupCycles } from './graph-checks.js';
import { checkGroup } from './group-checks.js';
import { checkBenefit, checkCadence, checkInitiative, checkMetric, checkRisk } from './governance-checks.js';
import { checkDuplicateListEntries } from './list-checks.js';
import { checkLiterals } from './literal-checks.js';
import { checkDuplicateNames } from './naming-checks.js';
import { checkDuplicateProperties } from './property-checks.js';
import { checkReferenceKinds } from './reference-checks.js';
import { checkRule } from './rule-checks.js';
import { checkDecisionMilestone, checkMetricTrajectory, checkReview, checkRiskTimeline } from './time-checks.js';
import { checkSocialized, checkSponsor } from './people-checks.js';

/** Options that change what validation reports (set by the CLI flags and editor settings). */
export interface AlignValidationOptions {
    /** `YYYY-MM-DD` used as today by the time-based checks; undefined means the real date. */
    today: string | undefined;
    /** Whether `decision-overdue` is reported at all. */
    reportOverdue: boolean;
}

/** Registers the validation checks with Langium's registry. */
export function registerAlignValidationChecks(services: AlignCoreServices): void {
    // Each check reads the model of its own document's project: two projects never mix.
    const model = (node: AstNode) => services.align.AlignmentModel.modelOf(AstUtils.getDocument(node).uri);
    const options = services.align.ValidationOptions;
    const todayOf = (node: AstNode): string => todayFor(services, AstUtils.getDocument(node).uri);
    const optionsFor = (node: AstNode): AlignValidationOptions => ({ ...options, today: todayOf(node) });
    const checks: ValidationChecks<AlignAstType> = {
        Workspace: (workspace: Workspace, accept: ValidationAcceptor) => {
            checkDuplicateNames(workspace, model(workspace), accept);
            checkReferenceKinds(workspace, accept);
            checkEscalationCycles(workspace, model(workspace), accept);
            checkGroupCycles(workspace, model(workspace), accept);
            checkLiterals(workspace, accept);
            checkDuplicateListEntries(workspace, accept);
        },
        Declaration: checkDuplicateProperties,
        Domain: (node, accept) => checkDomain(node, model(node), accept),
        Decision: [
            (node, accept) => checkDecision(node, model(node), optionsFor(node), accept),
            (node, accept) => checkDecisionMilestone(node, model(node), accept),
            (node, accept) => checkSocialized(node, model(node), accept)
        ],
        Rule: (node, accept) => checkRule(node, model(node), accept),
        Group: (node, accept) => checkGroup(node, model(node), accept),
        Cadence: checkCadence,
        Risk: [checkRisk, (node, accept) => checkRiskTimeline(node, model(node), todayOf(node), accept)],
        Metric: [checkMetric, (node, accept) => checkMetricTrajectory(node, model(node), accept)],
        Benefit: checkBenefit,
        Initiative: [
            (node, accept) => checkInitiative(node, model(node), accept),
            (node, accept) => checkReview(node, model(node), todayOf(node), accept),
            (node, accept) => checkSponsor(node, model(node), accept)
        ]
    };
    services.validation.ValidationRegistry.register(checks);
}
