// Loads example folders for diagram tests with the same pipeline as the CLI.
import { exampleFiles } from '../helpers/cli.js';
import { buildWorkspace, type TestWorkspace } from '../helpers/workspace.js';
import { errorsOf } from '../../language/diagrams/render-diagram.js';
import type { LocatedError } from '../../language/diagrams/view-model.js';

/** Builds the workspace of an example folder. */
export async function loadExample(name: string): Promise<{ ws: TestWorkspace; errors: LocatedError[] }> {
    // Its .align files and the decision records they name, as the CLI reads them.
    const prefix = `examples/${name}/`;
    const files = Object.fromEntries(
        Object.entries(exampleFiles(name))
            .filter(([path]) => /\.(align|md)$/.test(path))
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([path, text]) => [path.slice(prefix.length), text])
    );
    const ws = await buildWorkspace(files);
    return { ws, errors: errorsOf([...ws.documents.values()]) };
}
