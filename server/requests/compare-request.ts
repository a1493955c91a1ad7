// `align/compare`: the editor's "Compare with…" — the drift (spec §10) of the project holding
// a document, from its files at a git revision to what the editor holds now, unsaved edits
// included. Reads the revision and words the report as `align diff --format markdown` does.
import { relative } from 'node:path';
import { DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import type { AlignAddedServices } from '../../language/align-module.js';
import { buildAlignmentModel } from '../../language/model/build-model.js';
import { diffModels } from '../../language/model/drift.js';
import { formatDriftMarkdown, reportNewErrors, type DriftReport } from '../../language/model/drift-report.js';
import { CompareRequest, type CompareParams, type CompareResult } from '../../language/protocol.js';
import { readAtRevision } from '../../host/git-source.js';
import { loadWorkspaceFromTexts } from '../../host/text-workspace.js';
import { UsageError } from '../../host/usage-error.js';
import { checkUri, invalid, own, paramsObject } from './request-params.js';

/** What the editor's version is called in the report. */
const EDITOR_LABEL = 'the editor';

/** The drift of the project holding `params.uri` from revision `params.base` to the editor's text, as Markdown. */
export async function answerCompare(Align: AlignAddedServices, untrusted: unknown): Promise<CompareResult> {
    const params = checkParams(untrusted);
    const uri = URI.parse(params.uri);
    if (uri.scheme !== 'file') throw invalid(CompareRequest.method, 'compare with a revision needs a file saved in a git repository');
    const project = Align.align.Projects.projectOf(uri);
    const root = project.root.fsPath;
    const options = Align.align.ValidationOptions;
    let before;
    try {
        const texts = await readAtRevision(params.base, [root]);
        // Checked as the editor checks: the same run-wide today and overdue setting.
        const old = await loadWorkspaceFromTexts(texts, [root], { today: options.today, reportOverdue: options.reportOverdue });
        const oldProject = old.projects.find(candidate => candidate.id === project.id);
        before = oldProject ? old.services.align.AlignmentModel.modelOfProject(oldProject) : buildAlignmentModel([]);
    } catch (error) {
        // Unknown revision, missing git, not a repository: the user's to fix, said in one line.
        if (error instanceof UsageError) throw invalid(CompareRequest.method, error.message);
        throw error;
    }
    const drift = diffModels(before, Align.align.AlignmentModel.modelOfProject(project));
    const report: DriftReport = { before: params.base, after: EDITOR_LABEL, projects: [{ project: project.name, drift }] };
    const fileOf = (file: string) => relative(root, URI.parse(file).fsPath) || file;
    return { markdown: formatDriftMarkdown(report, { fileOf }), project: project.name, newErrors: reportNewErrors(report) };
}

/** Registers `align/compare`; it waits for the workspace's diagnostics, which the report compares. */
export function registerCompareRequest(connection: Connection, shared: LangiumSharedServices, Align: AlignAddedServices): void {
    connection.onRequest(CompareRequest, async params => {
        await shared.workspace.WorkspaceManager.ready;
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated);
        return answerCompare(Align, params);
    });
}

function checkParams(params: unknown): CompareParams {
    const method = CompareRequest.method;
    const record = paramsObject(method, params, '{ uri, base }');
    const uri = checkUri(method, own(record, 'uri'));
    const base = own(record, 'base');
    if (typeof base !== 'string' || base.trim().length === 0) throw invalid(method, 'base must be a git revision, e.g. HEAD');
    return { uri, base: base.trim() };
}
