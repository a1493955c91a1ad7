// Registers every validation check of the language. Checks live in small modules grouped by
// concern; each reads the alignment model instead of re-deriving facts.
import { AstUtils, type AstNode, type ValidationAcceptor, type ValidationCategory, type ValidationChecks } from 'langium';
import type { AlignAstType, Workspace } from '../generated/ast.js';
import type { AlignCoreServices } from '../align-module.js';
import { checkDecidedBy, checkDecision, checkDecisionSla } from './decision-checks.js';
import { todayFor } from './today.js';
import { checkDomain } from './domain-checks.js';
import { checkDomainCycles, checkEscalationCycles, checkGroupCycles } from './graph-checks.js';
import { checkBody } from './body-checks.js';
import { checkRecord } from './record-checks.js';
import { checkGroup } from './group-checks.js';
import { checkBenefit, checkCadence, checkInitiative, checkMetric, checkRisk } from './governance-checks.js';
import { checkDuplicateListEntries } from './list-checks.js';
import { checkLiteral, LITERAL_HOLDERS } from './literal-checks.js';
import { checkDuplicateNames } from './naming-checks.js';
import { checkDuplicateProperties } from './property-checks.js';
import { checkReferenceKinds } from './reference-checks.js';
import { REFERENCE_HOLDERS } from '../references/reference-kinds.js';
import { checkRule } from './rule-checks.js';
import { checkDecisionMilestone, checkMetricTrajectory, checkReview, checkRiskTimeline } from './time-checks.js';
import { checkSocialized, checkSponsor } from './people-checks.js';

/** The validation category of the checks that read the project's alignment model. */
export const MODEL_CHECKS = 'model';

/** Langium's categories of a file's own findings: lexer, parser and linker, then Align's checks of the text. */
export const LOCAL_CHECKS: readonly ValidationCategory[] = ['built-in', 'fast'];

/** What every build validates: a file's own findings and the model's. */
export const ALL_CHECKS: readonly ValidationCategory[] = [...LOCAL_CHECKS, MODEL_CHECKS];

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
    // Created now, not on first use: it reads the records during every build, the first included.
    const records = services.align.DecisionRecords;
    const todayOf = (node: AstNode): string => todayFor(services, AstUtils.getDocument(node).uri);
    const optionsFor = (node: AstNode): AlignValidationOptions => ({ ...options, today: todayOf(node) });
    // Checks of one file's own text and links: their findings are kept until the file is
    // parsed or linked again (AlignDocumentValidator), however often its project changes.
    // Each on the nodes it reads, so Langium's one walk of the document dispatches them all.
    const references: ValidationChecks<AlignAstType> = {
        ...Object.fromEntries(REFERENCE_HOLDERS.map(type => [type, checkReferenceKinds]))
    };
    const literals: ValidationChecks<AlignAstType> = {
        ...Object.fromEntries(LITERAL_HOLDERS.map(type => [type, checkLiteral]))
    };
    const local: ValidationChecks<AlignAstType> = {
        Declaration: [checkDuplicateProperties, checkDuplicateListEntries],
        Cadence: checkCadence,
        Risk: checkRisk,
        Metric: checkMetric,
        Benefit: checkBenefit
    };
    // Checks that read the project's model, which any file of the project can change. They sit
    // on the document and its declarations only, so a run of them never walks deeper.
    const modelChecks: ValidationChecks<AlignAstType> = {
        Workspace: (workspace: Workspace, accept: ValidationAcceptor) => {
            checkDuplicateNames(workspace, model(workspace), accept);
            checkEscalationCycles(workspace, model(workspace), accept);
            checkGroupCycles(workspace, model(workspace), accept);
            checkDomainCycles(workspace, model(workspace), accept);
        },
        Domain: (node, accept) => checkDomain(node, model(node), accept),
        Decision: [
            (node, accept) => checkDecision(node, model(node), optionsFor(node), accept),
            (node, accept) => checkDecisionMilestone(node, model(node), accept),
            (node, accept) => checkSocialized(node, model(node), accept),
            (node, accept) => checkDecisionSla(node, model(node), todayOf(node), accept),
            (node, accept) => checkDecidedBy(node, model(node), accept),
            (node, accept) => checkRecord(node, model(node), records, accept)
        ],
        Rule: (node, accept) => checkRule(node, model(node), accept),
        Group: [(node, accept) => checkGroup(node, model(node), accept), (node, accept) => checkBody(node, model(node), todayOf(node), accept)],
        Risk: (node, accept) => checkRiskTimeline(node, model(node), todayOf(node), accept),
        Metric: (node, accept) => checkMetricTrajectory(node, model(node), accept),
        Initiative: [
            (node, accept) => checkInitiative(node, model(node), accept),
            (node, accept) => checkReview(node, model(node), todayOf(node), accept),
            (node, accept) => checkSponsor(node, model(node), accept)
        ]
    };
    const registry = services.validation.ValidationRegistry;
    registry.register(references, undefined, 'fast');
    registry.register(literals, undefined, 'fast');
    registry.register(local, undefined, 'fast');
    registry.register(modelChecks, undefined, MODEL_CHECKS);
}
