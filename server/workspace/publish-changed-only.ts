// Langium publishes the diagnostics of every document it validated. An edit revalidates the
// whole project (a rule in one file can resolve a decision in another), but usually changes
// the diagnostics of one or two files: the editor is sent only those, as LikeC4 does.
//
// Diagnostics of an open document carry the version of the text they were computed from, and
// are not sent at all when the editor already holds a newer version: the build of that version
// is on its way and will publish its own. So the editor never shows findings of a text it no
// longer has.
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection, PublishDiagnosticsParams } from 'vscode-languageserver';

/** Makes `connection.sendDiagnostics` skip a file whose diagnostics are unchanged since last sent, or stale. */
export function publishChangedDiagnosticsOnly(connection: Connection, shared: LangiumSharedServices): void {
    const lastSent = new Map<string, string>();
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = (params: PublishDiagnosticsParams) => {
        const open = shared.workspace.TextDocuments.get(params.uri);
        const built = open && shared.workspace.LangiumDocuments.getDocument(URI.parse(params.uri))?.textDocument.version;
        if (open && built !== undefined) {
            if (built !== open.version) return Promise.resolve();
            params = { ...params, version: built };
        }
        const key = JSON.stringify(params.diagnostics);
        if (lastSent.get(params.uri) === key) return Promise.resolve();
        lastSent.set(params.uri, key);
        return send(params);
    };
}
