// `align report`: writes one self-contained HTML report of a project (spec §11) to -o FILE,
// by default align-report.html in the current folder. Its exit status ignores diagnostics,
// as `align diagram`'s does: the report is where they are read.
import type { LangiumDocument } from 'langium';
import { errorsOf } from '../../language/diagrams/render-diagram.js';
import { todayIso } from '../../language/model/literals.js';
import { buildReport } from '../../language/report/build-report.js';
import { toReportFinding } from '../../language/report/report-input.js';
import { todayFor } from '../../language/validation/today.js';
import { TOOL_NAME, TOOL_VERSION } from '../../host/tool-info.js';
import { loadWorkspace, onlyProject } from '../../host/load-workspace.js';
import { collectDiagnostics, configFindings, escapeControls } from '../output.js';
import { refuseSourceName } from '../output-guard.js';
import { refuseOutput, writeOutput } from '../atomic-write.js';
import { ExitCode } from '../../host/usage-error.js';
import { checkToday } from '../options.js';

/** Where the report goes when -o is not given. */
export const DEFAULT_REPORT_FILE = 'align-report.html';

export interface ReportOptions {
    output?: string;
    /** `--today YYYY-MM-DD`, as for `align check`. */
    today?: string;
}

/** Runs `align report` and returns the exit status. */
export async function runReport(paths: string[], options: ReportOptions): Promise<number> {
    checkToday(options.today);
    const output = options.output ?? DEFAULT_REPORT_FILE;
    refuseSourceName(output);
    const workspace = await loadWorkspace(paths, { today: options.today });
    const project = onlyProject(workspace);
    // The config file is read, not listed among the inputs, yet -o must not destroy it either.
    const inputs = [...workspace.files, ...(project.configUri ? [project.configUri.fsPath] : [])];
    refuseOutput(output, inputs);
    const { services } = workspace;
    const model = services.align.AlignmentModel.modelOfProject(project);
    // The same today as `align check`: --today, else the project's configured today, else the clock.
    const today = model.documents[0] ? todayFor(services, model.documents[0].uri) : (options.today ?? todayIso());
    const documents = workspace.documents.filter(document => services.align.Projects.projectOf(document.uri).id === project.id);
    const findings = [...configFindings([project]), ...collectDiagnostics(documents as LangiumDocument[])].map(toReportFinding);
    const html = await buildReport({
        project: project.name,
        model,
        errors: errorsOf(model.documents),
        findings,
        today,
        generator: `${TOOL_NAME} ${TOOL_VERSION}`
    });
    writeOutput(output, html, inputs);
    const errors = findings.filter(f => f.severity === 'error').length;
    const warnings = findings.filter(f => f.severity === 'warning').length;
    process.stdout.write(
        `Wrote ${escapeControls(output)}: the report of ${escapeControls(project.name)}, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`
    );
    return ExitCode.Ok;
}
