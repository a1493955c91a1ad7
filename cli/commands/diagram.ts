// `align diagram`: draws a view of the workspace as SVG, Mermaid or JSON, to stdout or -o FILE,
// or as PNG (the same SVG rasterised with a bundled font) to -o FILE only.
import { errorsOf, drawDiagram, DIAGRAM_FORMATS, type DiagramFormat } from '../../language/diagrams/render-diagram.js';
import { svgToPng } from '../../language/diagrams/render/png.js';
import { DIAGRAM_VIEWS, type DiagramViewKind } from '../../language/diagrams/view-model.js';
import { todayFor } from '../../language/validation/today.js';
import { loadPngAssets } from '../../host/png-assets.js';
import { loadWorkspace, onlyProject } from '../../host/load-workspace.js';
import { refuseSourceName } from '../output-guard.js';
import { refuseOutput, writeOutput } from '../atomic-write.js';
import { escapeControls } from '../output.js';
import { ExitCode, UsageError } from '../../host/usage-error.js';
import { parseFormat } from './check.js';
import { checkToday } from '../options.js';

export interface DiagramOptions {
    view: string;
    format: string;
    output?: string;
    /** `--today YYYY-MM-DD`: the roadmap's today, as for `align check`. */
    today?: string;
}

/** Runs `align diagram` and returns the exit status (diagnostics do not change it). */
export async function runDiagram(paths: string[], options: DiagramOptions): Promise<number> {
    if (!DIAGRAM_VIEWS.includes(options.view as DiagramViewKind)) {
        throw new UsageError(`--view must be one of ${DIAGRAM_VIEWS.join(', ')}, not '${options.view}'`);
    }
    const format = parseFormat(options.format, [...DIAGRAM_FORMATS, 'png']) as DiagramFormat | 'png';
    // PNG bytes on a terminal are garbage, and in a pipe they are easy to lose: PNG goes to a file only.
    if (format === 'png' && options.output === undefined) {
        throw new UsageError('--format png writes a binary image: give -o FILE.png (it is never written to standard output)');
    }
    checkToday(options.today);
    if (options.output !== undefined) refuseSourceName(options.output);
    // The same today as `align check`: --today, else the project's configured today, else the clock.
    const workspace = await loadWorkspace(paths, { today: options.today });
    if (options.output !== undefined) refuseOutput(options.output, workspace.files);
    const model = workspace.services.align.AlignmentModel.modelOfProject(onlyProject(workspace));
    const today = model.documents[0] ? todayFor(workspace.services, model.documents[0].uri) : options.today;
    const picture = await drawDiagram(model, errorsOf(model.documents), {
        view: options.view as DiagramViewKind,
        format: format === 'png' ? 'svg' : format,
        today
    });
    // The same words the preview shows above a summary picture, so nobody takes it for the whole.
    if (picture.note) process.stderr.write(`align: ${escapeControls(picture.note)}\n`);
    const output = format === 'png' ? await svgToPng(picture.text, loadPngAssets()) : picture.text;
    if (options.output !== undefined) {
        writeOutput(options.output, output, workspace.files);
    } else {
        process.stdout.write(output);
    }
    return ExitCode.Ok;
}
