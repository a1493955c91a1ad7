// Applies the `align.*` editor settings the server honours, and revalidates when they change.
import type { LangiumSharedServices } from 'langium/lsp';
import type { AlignServices } from './align-services.js';

/** Keeps ValidationOptions in step with `align.diagnostics.decisionOverdue`. */
export function watchSettings(shared: LangiumSharedServices, Align: AlignServices): void {
    const configuration = shared.workspace.ConfigurationProvider;
    const apply = async () => {
        const diagnostics = await configuration.getConfiguration('align', 'diagnostics') as { decisionOverdue?: boolean } | undefined;
        const reportOverdue = diagnostics?.decisionOverdue !== false;
        if (reportOverdue === Align.align.ValidationOptions.reportOverdue) return;
        Align.align.ValidationOptions.reportOverdue = reportOverdue;
        const uris = shared.workspace.LangiumDocuments.all.map(document => document.uri).toArray();
        await shared.workspace.DocumentBuilder.update(uris, []);
    };
    configuration.onConfigurationSectionUpdate(update => {
        if (update.section === 'align') void apply().catch(error => console.error(`Could not apply settings: ${String(error)}`));
    });
    shared.lsp.LanguageServer.onInitialized(() => {
        void configuration.ready.then(apply).catch(error => console.error(`Could not read settings: ${String(error)}`));
    });
}
