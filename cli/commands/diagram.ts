// `align diagram`: draws a view of the workspace as SVG, Mermaid or JSON, to stdout or -o FILE.
import { writeFileSync } from 'node:fs';
import { errorsOf, renderDiagram, DIAGRAM_FORMATS, type DiagramFormat } from '../../language/diagrams/render-diagram.js';
import { DIAGRAM_VIEWS, type DiagramViewKind } from '../../language/diagrams/view-model.js';
import { loadWorkspace } from '../load-workspace.js';
import { ExitCode, UsageError } from '../usage-error.js';
import { parseFormat } from './check.js';

export interface DiagramOptions {
    view: string;
    format: string;
    output?: string;
}

/** Runs `align diagram` and returns the exit status (diagnostics do not change it). */
export async function runDiagram(paths: string[], options: DiagramOptions): Promise<number> {
    if (!DIAGRAM_VIEWS.includes(options.view as DiagramViewKind)) {
        throw new UsageError(`--view must be one of ${DIAGRAM_VIEWS.join(', ')}, not '${options.view}'`);
    }
    const format = parseFormat(options.format, [...DIAGRAM_FORMATS]) as DiagramFormat;
    const { services, documents } = await loadWorkspace(paths);
    const output = await renderDiagram(services.align.AlignmentModel.model, errorsOf(documents), { view: options.view as DiagramViewKind, format });
    if (options.output) {
        try {
            writeFileSync(options.output, output);
        } catch (error) {
            throw new UsageError(`cannot write ${options.output}: ${(error as NodeJS.ErrnoException).code ?? 'unwritable'}`);
        }
    } else {
        process.stdout.write(output);
    }
    return ExitCode.Ok;
}
