// `align who-decides`: asks the framework who decides a decision affecting given domains.
import { deciderAnswer, domainsNamed } from '../../language/model/who-decides-answer.js';
import { loadWorkspace, onlyProject } from '../../host/load-workspace.js';
import { escapeControls, formatJson } from '../output.js';
import { ExitCode, UsageError } from '../../host/usage-error.js';
import { parseFormat } from './check.js';

export interface WhoDecidesOptions {
    domains: string;
    format: string;
}

/** Runs `align who-decides` and returns the exit status. */
export async function runWhoDecides(paths: string[], options: WhoDecidesOptions): Promise<number> {
    const format = parseFormat(options.format, ['text', 'json']);
    const names = options.domains
        .split(',')
        .map(name => name.trim())
        .filter(name => name.length > 0);
    if (names.length === 0) {
        throw new UsageError('--domains needs at least one domain name, e.g. --domains UserExperience,Architecture');
    }
    const workspace = await loadWorkspace(paths);
    const model = workspace.services.align.AlignmentModel.modelOfProject(onlyProject(workspace));
    const { domains, unknown, known } = domainsNamed(model, names);
    if (unknown.length > 0) {
        throw new UsageError(`no domain named ${unknown[0]} (known domains: ${known.join(', ') || 'none'})`);
    }
    const resolution = model.resolve(domains);
    if (format === 'json') {
        process.stdout.write(formatJson(deciderAnswer(resolution)));
    } else {
        process.stdout.write(escapeControls(resolution.explanation) + '\n');
    }
    return ExitCode.Ok;
}
