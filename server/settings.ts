// Applies the `align.*` editor settings the server honours: revalidates when the overdue
// check is switched, and asks the editor to redraw inlay hints when they are switched.
import type { LangiumSharedServices } from 'langium/lsp';
import type { AlignServices } from './align-services.js';

/** Options of the editor features that only the language server has (not the CLI). */
export interface EditorSettings {
    /** `align.inlayHints.deciders`: show who decides after each decision's name. */
    inlayHintDeciders: boolean;
}

/** The settings before the editor has sent any: every feature on. */
export function defaultEditorSettings(): EditorSettings {
    return { inlayHintDeciders: true };
}

interface AlignSettings {
    diagnostics?: { decisionOverdue?: boolean };
    inlayHints?: { deciders?: boolean };
}

/** Keeps ValidationOptions and EditorSettings in step with the `align.*` settings. */
export function watchSettings(shared: LangiumSharedServices, Align: AlignServices): void {
    const configuration = shared.workspace.ConfigurationProvider;
    const apply = async () => {
        const settings: AlignSettings = {
            diagnostics: (await configuration.getConfiguration('align', 'diagnostics')) as AlignSettings['diagnostics'],
            inlayHints: (await configuration.getConfiguration('align', 'inlayHints')) as AlignSettings['inlayHints']
        };
        applyInlayHintSettings(shared, Align, settings);
        await applyDiagnosticSettings(shared, Align, settings);
    };
    configuration.onConfigurationSectionUpdate(update => {
        if (update.section === 'align') void apply().catch(error => console.error(`Could not apply settings: ${String(error)}`));
    });
    shared.lsp.LanguageServer.onInitialized(() => {
        void configuration.ready.then(apply).catch(error => console.error(`Could not read settings: ${String(error)}`));
    });
}

async function applyDiagnosticSettings(shared: LangiumSharedServices, Align: AlignServices, settings: AlignSettings): Promise<void> {
    const reportOverdue = settings.diagnostics?.decisionOverdue !== false;
    if (reportOverdue === Align.align.ValidationOptions.reportOverdue) return;
    Align.align.ValidationOptions.reportOverdue = reportOverdue;
    const uris = shared.workspace.LangiumDocuments.all.map(document => document.uri).toArray();
    await shared.workspace.DocumentBuilder.update(uris, []);
}

function applyInlayHintSettings(shared: LangiumSharedServices, Align: AlignServices, settings: AlignSettings): void {
    const deciders = settings.inlayHints?.deciders !== false;
    if (deciders === Align.editor.Settings.inlayHintDeciders) return;
    Align.editor.Settings.inlayHintDeciders = deciders;
    // The editor caches hints per document: without a refresh, switching off shows stale ones.
    Align.editor.InlayHintRefresher.refresh();
}
