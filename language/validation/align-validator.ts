// Registers every validation check of the language. Checks live in small modules grouped by
// concern; each reads the alignment model instead of re-deriving facts.
import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { AlignAstType, Workspace } from '../generated/ast.js';
import type { AlignCoreServices } from '../align-module.js';
import { checkDecision } from './decision-checks.js';
import { checkDomain } from './domain-checks.js';
import { checkEscalationCycles, checkGroupCycles } from './graph-checks.js';
import { checkGroup } from './group-checks.js';
import { checkBenefit, checkCadence, checkInitiative, checkMetric, checkRisk } from './governance-checks.js';
import { checkLiterals } from './literal-checks.js';
import { checkDuplicateNames } from './naming-checks.js';
import { checkDuplicateProperties } from './property-checks.js';
import { checkReferenceKinds } from './reference-checks.js';
import { checkRule } from './rule-checks.js';

/** Options that change what validation reports (set by the CLI flags and editor settings). */
export interface AlignValidationOptions {
    /** `YYYY-MM-DD` used as today for `decision-overdue`; undefined means the real date. */
    today: string | undefined;
    /** Whether `decision-overdue` is reported at all. */
    reportOverdue: boolean;
}

/** Registers the validation checks with Langium's registry. */
export function registerAlignValidationChecks(services: AlignCoreServices): void {
    const model = () => services.align.AlignmentModel.model;
    const options = services.align.ValidationOptions;
    const checks: ValidationChecks<AlignAstType> = {
        Workspace: (workspace: Workspace, accept: ValidationAcceptor) => {
            checkDuplicateNames(workspace, model(), accept);
            checkReferenceKinds(workspace, accept);
            checkEscalationCycles(workspace, model(), accept);
            checkGroupCycles(workspace, model(), accept);
            checkLiterals(workspace, accept);
        },
        Declaration: checkDuplicateProperties,
        Domain: (node, accept) => checkDomain(node, model(), accept),
        Decision: (node, accept) => checkDecision(node, model(), options, accept),
        Rule: (node, accept) => checkRule(node, model(), accept),
        Group: (node, accept) => checkGroup(node, model(), accept),
        Cadence: checkCadence,
        Risk: checkRisk,
        Metric: checkMetric,
        Benefit: checkBenefit,
        Initiative: (node, accept) => checkInitiative(node, model(), accept)
    };
    services.validation.ValidationRegistry.register(checks);
}
