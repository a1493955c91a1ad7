// Langium publishes the diagnostics of every document it validated. An edit revalidates the
// whole project (a rule in one file can resolve a decision in another), but usually changes
// the diagnostics of one or two files: the editor is sent only those, as LikeC4 does.
//
// Diagnostics of an open document carry the version of the text they were computed from, and
// are not sent at all when the editor already holds a newer version: the build of that version
// is on its way and will publish its own. So the editor never shows findings of a text it no
// longer has.
import { URI, type LangiumSharedCoreServices } from 'langium';
import type { Connection, PublishDiagnosticsParams } from 'vscode-languageserver';

/** What the publisher needs of the services, which exist only after the connection does. */
export type PublishedVersions = () => { shared: LangiumSharedCoreServices; open?: { get(uri: string): { version: number } | undefined } } | undefined;

/** Makes `connection.sendDiagnostics` skip a file whose diagnostics are unchanged since last sent, or stale. */
export function publishChangedDiagnosticsOnly(connection: Connection, services: PublishedVersions = () => undefined): void {
    const lastSent = new Map<string, string>();
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = (params: PublishDiagnosticsParams) => {
        const known = services();
        const open = known?.open?.get(params.uri);
        if (known && open) {
            const built = known.shared.workspace.LangiumDocuments.getDocument(URI.parse(params.uri))?.textDocument.version;
            if (built !== undefined && built !== open.version) return Promise.resolve();
            if (built !== undefined) params = { ...params, version: built };
        }
        const key = JSON.stringify(params.diagnostics);
        if (lastSent.get(params.uri) === key) return Promise.resolve();
        lastSent.set(params.uri, key);
        return send(params);
    };
}
