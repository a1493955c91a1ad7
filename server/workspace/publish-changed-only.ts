// Langium publishes the diagnostics of every document it validated. An edit revalidates the
// whole project (a rule in one file can resolve a decision in another), but usually changes
// the diagnostics of one or two files: the editor is sent only those, as LikeC4 does.
import type { Connection, PublishDiagnosticsParams } from 'vscode-languageserver';

/** Makes `connection.sendDiagnostics` skip a file whose diagnostics are unchanged since last sent. */
export function publishChangedDiagnosticsOnly(connection: Connection): void {
    const lastSent = new Map<string, string>();
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = (params: PublishDiagnosticsParams) => {
        const key = JSON.stringify(params.diagnostics);
        if (lastSent.get(params.uri) === key) return Promise.resolve();
        lastSent.set(params.uri, key);
        return send(params);
    };
}
