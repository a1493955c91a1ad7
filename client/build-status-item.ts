// The language status item of `.align` editors: the active editor's project, its file count,
// errors and warnings, and a spinner while the server builds (`align/buildStatus`).
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node.js';
import { BuildStatusNotification, Commands, ContextKeys, VsCodeCommands, type BuildStatusParams } from '../language/protocol.js';
import { setContextKey } from './context-keys.js';
import { describeProject, projectFor, type StatusSeverity } from './project-status.js';

const SEVERITY: Record<StatusSeverity, vscode.LanguageStatusSeverity> = {
    error: vscode.LanguageStatusSeverity.Error,
    warning: vscode.LanguageStatusSeverity.Warning,
    information: vscode.LanguageStatusSeverity.Information
};

/** Creates the status item and keeps it in step with the server and the active editor. */
export function createBuildStatusItem(client: LanguageClient): vscode.Disposable {
    const item = vscode.languages.createLanguageStatusItem('align.status', { language: 'align' });
    item.name = 'Align project';
    item.text = 'Align';
    item.detail = 'building…';
    item.busy = true;
    const showProblems: vscode.Command = { title: 'Show Problems', command: VsCodeCommands.showProblems };
    item.command = showProblems;
    let status: BuildStatusParams | undefined;
    let stopped = false;

    const show = () => {
        const uri = vscode.window.activeTextEditor?.document.uri.toString();
        if (stopped) {
            // Counts from a server that is gone would be stale; say what is true and offer the way back.
            item.busy = false;
            item.text = 'Align: server stopped';
            item.detail = '';
            item.severity = vscode.LanguageStatusSeverity.Error;
            item.command = { title: 'Restart Server', command: Commands.restartServer };
            return;
        }
        item.command = showProblems;
        if (!status || !uri) return;
        item.busy = status.busy;
        const project = projectFor(uri, status.projects);
        if (!project) {
            // While the first build runs there are no counts yet; otherwise the file is in no project.
            item.text = status.busy ? 'Align' : 'Align: no project';
            item.detail = status.busy ? 'building…' : '';
            item.severity = vscode.LanguageStatusSeverity.Information;
            return;
        }
        const text = describeProject(project);
        item.text = text.text;
        item.detail = text.detail;
        item.severity = SEVERITY[text.severity];
        if (!status.busy) void setContextKey(ContextKeys.activeProjectClean, project.errors === 0);
    };

    return vscode.Disposable.from(
        item,
        client.onNotification(BuildStatusNotification, params => {
            status = params;
            show();
        }),
        client.onDidChangeState(event => {
            stopped = event.newState === State.Stopped;
            // A (re)started server builds everything again: spin until it reports.
            if (event.newState === State.Starting) status = status && { ...status, busy: true };
            show();
        }),
        vscode.window.onDidChangeActiveTextEditor(show)
    );
}
