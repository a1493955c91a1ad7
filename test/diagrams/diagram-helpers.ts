// Loads example folders for diagram tests with the same pipeline as the CLI.
import { readFileSync, readdirSync } from 'node:fs';
import { buildWorkspace, type TestWorkspace } from '../helpers/workspace.js';
import { errorsOf } from '../../language/diagrams/render-diagram.js';
import type { LocatedError } from '../../language/diagrams/view-model.js';

/** Builds the workspace of an example folder. */
export async function loadExample(name: string): Promise<{ ws: TestWorkspace; errors: LocatedError[] }> {
    const folder = new URL(`../../examples/${name}/`, import.meta.url);
    const files = Object.fromEntries(readdirSync(folder).filter(file => file.endsWith('.align')).sort().map(file => [file, readFileSync(new URL(file, folder), 'utf8')]));
    const ws = await buildWorkspace(files);
    return { ws, errors: errorsOf([...ws.documents.values()]) };
}
