// `align adr NAME`: a MADR 4 record for a decision, prefilled from the model. Printed on
// standard output, or written to -o FILE, which must not exist: a record is never overwritten.
import { madrRecord } from '../../language/records/madr.js';
import { todayIso } from '../../language/model/literals.js';
import { isDecision } from '../../language/generated/ast.js';
import { listing, LISTED_NAMES } from '../../language/model/explain.js';
import { todayFor } from '../../language/validation/today.js';
import { loadWorkspace, onlyProject, type LoadedWorkspace } from '../../host/load-workspace.js';
import { ExitCode, UsageError } from '../../host/usage-error.js';
import { createNewFile, refuseOutput } from '../atomic-write.js';
import { escapeControls } from '../output.js';
import { refuseSourceName } from '../output-guard.js';

export interface AdrOptions {
    output?: string;
}

/** Runs `align adr` and returns the exit status. */
export async function runAdr(name: string, paths: string[], options: AdrOptions): Promise<number> {
    if (options.output !== undefined) refuseSourceName(options.output);
    const workspace = await loadWorkspace(paths);
    const project = onlyProject(workspace);
    const text = recordOf(workspace, name);
    if (options.output === undefined) {
        process.stdout.write(text);
        return ExitCode.Ok;
    }
    const inputs = [...workspace.files, ...(project.configUri ? [project.configUri.fsPath] : [])];
    const { target } = refuseOutput(options.output, inputs);
    createNewFile(target, text, options.output);
    process.stdout.write(`Wrote ${escapeControls(options.output)}: the record of ${escapeControls(name)}\n`);
    return ExitCode.Ok;
}

/** The MADR record of the decision named in the workspace's one project, as `align adr` and the MCP tool give it. */
export function recordOf(workspace: LoadedWorkspace, name: string): string {
    const model = workspace.services.align.AlignmentModel.modelOfProject(onlyProject(workspace));
    const decision = (model.declarationsByName.get(name) ?? []).find(isDecision);
    const info = decision ? model.decisions.get(decision) : undefined;
    if (!info) {
        const known = [...model.decisions.keys()]
            .map(d => d.name)
            .filter(n => typeof n === 'string' && n.length > 0)
            .sort();
        throw new UsageError(`no decision named ${name} (known decisions: ${known.length > 0 ? listing(known.slice(0, LISTED_NAMES), known.length) : 'none'})`);
    }
    const today = model.documents[0] ? todayFor(workspace.services, model.documents[0].uri) : todayIso();
    return madrRecord(info, model, today);
}
