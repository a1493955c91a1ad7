// Asks the editor to fetch inlay hints again. The editor caches hints per document and asks
// only when that document changes, but a decider shown in one file can change because of a
// rule or an owner written in another file, or because the hints were switched off.
import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';

export class InlayHintRefresher {
    private readonly connection: Connection | undefined;
    /** Only a client that declares `workspace.inlayHint.refreshSupport` may be sent the request. */
    private supported = false;

    constructor(shared: LangiumSharedServices) {
        this.connection = shared.lsp.Connection;
        shared.lsp.LanguageServer.onInitialize(params => {
            this.supported = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
        });
        // Every build may change the model that the hints of every open document read.
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => this.refresh());
    }

    /** Tells the editor that inlay hints changed, when it can hear it; never throws. */
    refresh(): void {
        if (!this.supported || !this.connection) return;
        this.connection.languages.inlayHint.refresh().catch(error => console.error(`Could not refresh inlay hints: ${String(error)}`));
    }
}
