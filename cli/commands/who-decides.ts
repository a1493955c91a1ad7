// `align who-decides`: asks the framework who decides a decision affecting given domains.
import { isCadence, isGroup, isStakeholder, type Domain } from '../../language/generated/ast.js';
import type { Party } from '../../language/model/alignment-model.js';
import { loadWorkspace, onlyProject } from '../load-workspace.js';
import { escapeControls, formatJson } from '../output.js';
import { ExitCode, UsageError } from '../usage-error.js';
import { parseFormat } from './check.js';

export interface WhoDecidesOptions {
    domains: string;
    format: string;
}

/** Runs `align who-decides` and returns the exit status. */
export async function runWhoDecides(paths: string[], options: WhoDecidesOptions): Promise<number> {
    const format = parseFormat(options.format, ['text', 'json']);
    const names = options.domains.split(',').map(name => name.trim()).filter(name => name.length > 0);
    if (names.length === 0) {
        throw new UsageError('--domains needs at least one domain name, e.g. --domains UserExperience,Architecture');
    }
    const workspace = await loadWorkspace(paths);
    const model = workspace.services.align.AlignmentModel.modelOfProject(onlyProject(workspace));
    const byName = new Map([...model.domains.keys()].map(domain => [domain.name, domain]));
    const domains: Domain[] = names.map(name => {
        const domain = byName.get(name);
        if (!domain) {
            throw new UsageError(`no domain named ${name} (known domains: ${[...byName.keys()].sort().join(', ') || 'none'})`);
        }
        return domain;
    });
    const resolution = model.resolve(domains);
    if (format === 'json') {
        const answer = {
            decider: resolution.decider?.name ?? null,
            kind: kindOf(resolution.decider),
            rule: resolution.rule?.rule.name ?? null,
            sla: resolution.sla?.text ?? null
        };
        process.stdout.write(formatJson(answer));
    } else {
        process.stdout.write(escapeControls(resolution.explanation) + '\n');
    }
    return ExitCode.Ok;
}

function kindOf(party: Party | undefined): 'stakeholder' | 'group' | 'cadence' | 'none' {
    if (isStakeholder(party)) return 'stakeholder';
    if (isGroup(party)) return 'group';
    if (isCadence(party)) return 'cadence';
    return 'none';
}
