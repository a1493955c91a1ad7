// The test workspace (test/helpers/workspace.ts) with the full language-server services, to call providers directly.
import { createAlignServices, type AlignServices } from '../../server/align-services.js';
import { buildWorkspaceWith, type TestWorkspace, type WorkspaceOptions } from '../helpers/workspace.js';

export type LspWorkspace = TestWorkspace<AlignServices>;

/** Parses, links and validates the files (name → text) with the language server's services. */
export function buildLspWorkspace(files: Record<string, string> | string, options: WorkspaceOptions = {}): Promise<LspWorkspace> {
    return buildWorkspaceWith(createAlignServices, files, options);
}

export { applyEdits } from '../helpers/text.js';
