// LSP features that read the alignment model wait until every document of the workspace is
// linked: a request that arrives just after an edit then answers from the model of the build
// that edit started, never from the one before it nor from a partial one.
import { WorkspaceState, type ServiceRequirements } from 'langium/lsp';

const LINKED_WORKSPACE = WorkspaceState.Linked;

/** The phase each model-reading provider waits for, passed to `startLanguageServer`. */
export const MODEL_READER_REQUIREMENTS: Partial<ServiceRequirements> = {
    HoverProvider: LINKED_WORKSPACE,
    CodeLensProvider: LINKED_WORKSPACE,
    CompletionProvider: LINKED_WORKSPACE,
    InlayHintProvider: LINKED_WORKSPACE
};
