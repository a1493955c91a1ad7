// Wires the language server: Langium's LSP services, the Align language core and the
// LSP-only features of server/ (hover, code lens, completion, …).
import { AlignFoldingRangeProvider } from './folding/align-folding-ranges.js';
import { inject, type Module } from 'langium';
import {
    createDefaultModule,
    createDefaultSharedModule,
    type DefaultSharedModuleContext,
    type LangiumServices,
    type LangiumSharedServices,
    type PartialLangiumServices
} from 'langium/lsp';
import { AlignModule, AlignSharedModule, type AlignAddedServices, type AlignSharedAddedServices } from '../language/align-module.js';
import { AlignGeneratedModule, AlignGeneratedSharedModule } from '../language/generated/module.js';
import { registerAlignValidationChecks } from '../language/validation/align-validator.js';
import { AlignCodeActionProvider } from './code-actions/align-code-action-provider.js';
import { AlignCodeLensProvider } from './code-lens/align-code-lens-provider.js';
import { AlignCompletionProvider } from './completion/align-completion-provider.js';
import { AlignFormatter } from '../formatting/align-formatter.js';
import { AlignDocumentHighlightProvider } from './highlight/align-document-highlight-provider.js';
import { AlignHoverProvider } from './hover/align-hover-provider.js';
import { AlignInlayHintProvider } from './inlay-hints/align-inlay-hint-provider.js';
import { AlignDocumentLinkProvider } from './links/record-links.js';
import { InlayHintRefresher } from './inlay-hints/inlay-hint-refresher.js';
import { AlignRenameProvider } from './navigation/align-rename-provider.js';
import { AlignNodeKindProvider } from './node-kinds.js';
import { defaultEditorSettings, type EditorSettings } from './settings.js';
import { AlignDocumentSymbolProvider } from './symbols/align-document-symbol-provider.js';
import { AlignDocumentUpdateHandler } from './workspace/align-document-update-handler.js';
import { AlignWorkspaceManager } from './workspace/align-workspace-manager.js';
import { AlignSemanticTokenProvider } from './semantic-tokens/align-semantic-tokens.js';

/** Services of the editor features only the language server has. */
export type AlignEditorServices = {
    editor: {
        /** The `align.*` settings the editor features honour (server/settings.ts keeps them current). */
        Settings: EditorSettings;
        InlayHintRefresher: InlayHintRefresher;
    };
};

/** The server's shared services: Langium's LSP ones and Align's projects. */
export type AlignSharedServices = LangiumSharedServices & AlignSharedAddedServices;

export type AlignServices = LangiumServices & AlignAddedServices & AlignEditorServices & { shared: AlignSharedServices };

/** LSP-only features of the server. */
export const AlignLspModule: Module<AlignServices, PartialLangiumServices> = {
    lsp: {
        HoverProvider: services => new AlignHoverProvider(services),
        CodeLensProvider: services => new AlignCodeLensProvider(services),
        CompletionProvider: services => new AlignCompletionProvider(services),
        CodeActionProvider: services => new AlignCodeActionProvider(services),
        Formatter: () => new AlignFormatter(),
        SemanticTokenProvider: services => new AlignSemanticTokenProvider(services),
        RenameProvider: services => new AlignRenameProvider(services),
        DocumentSymbolProvider: services => new AlignDocumentSymbolProvider(services),
        DocumentHighlightProvider: services => new AlignDocumentHighlightProvider(services),
        InlayHintProvider: services => new AlignInlayHintProvider(services),
        DocumentLinkProvider: services => new AlignDocumentLinkProvider(services),
        FoldingRangeProvider: services => new AlignFoldingRangeProvider(services)
    }
};

/** The editor features' settings and the inlay-hint refresh. */
export const AlignEditorModule: Module<AlignServices, AlignEditorServices> = {
    editor: {
        Settings: () => defaultEditorSettings(),
        InlayHintRefresher: services => new InlayHintRefresher(services.shared)
    }
};

/** Shared LSP-level overrides. */
const AlignSharedLspModule = {
    lsp: {
        NodeKindProvider: () => new AlignNodeKindProvider(),
        DocumentUpdateHandler: (services: AlignSharedServices) => new AlignDocumentUpdateHandler(services)
    },
    workspace: {
        WorkspaceManager: (services: AlignSharedServices) => new AlignWorkspaceManager(services)
    }
};

/** Creates the shared and language services of the Align language server. */
export function createAlignServices(context: DefaultSharedModuleContext): { shared: AlignSharedServices; Align: AlignServices } {
    const shared = inject(createDefaultSharedModule(context), AlignGeneratedSharedModule, AlignSharedModule, AlignSharedLspModule);
    const Align = inject(createDefaultModule({ shared }), AlignGeneratedModule, AlignModule, AlignLspModule, AlignEditorModule);
    shared.ServiceRegistry.register(Align);
    registerAlignValidationChecks(Align);
    return { shared, Align };
}
