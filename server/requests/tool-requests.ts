// `align/findings` and `align/impact`: what the editor's language-model tools (align_check,
// align_impact) answer with, from the running server's build, in the shapes of
// `align check --format json` and `align impact NAME --format json`.
import { DocumentState, UriUtils, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { impactOf } from '../../language/model/impact.js';
import { impactJson, partyNamed } from '../../language/model/impact-answer.js';
import { FindingsRequest, ImpactRequest, type ImpactParams } from '../../language/protocol.js';
import { byPlace, configFindingsOf, documentFindings, type JsonDiagnostic } from '../../language/validation/json-diagnostics.js';
import type { Project } from '../../language/workspace/projects.js';
import type { AlignServices } from '../align-services.js';
import { checkName, checkUri, invalid, own, paramsObject, uriParams } from './request-params.js';

/** Every finding of the project holding `params.uri`: its config's problems, then its files' diagnostics by place. */
export function answerFindings(Align: AlignServices, documents: Iterable<LangiumDocument>, untrusted: unknown): JsonDiagnostic[] {
    const params = uriParams(FindingsRequest.method, untrusted);
    const projects = Align.align.Projects;
    const project = projects.projectOf(params.uri);
    const fileOf = (uri: URI) => relativeTo(project, uri);
    const inProject = [...documents].filter(document => projects.projectOf(document.uri).id === project.id);
    const records = documentFindings(inProject, document => fileOf(document.uri)).map(found => found.record);
    return [...configFindingsOf(project, fileOf), ...records.sort(byPlace)];
}

/** What the project holding `params.uri` would lose without `params.name`. */
export function answerImpact(Align: AlignServices, untrusted: unknown): Record<string, unknown> {
    const params = checkImpactParams(untrusted);
    const model = Align.align.AlignmentModel.modelOf(params.uri);
    const found = partyNamed(model, params.name);
    if ('problem' in found) throw invalid(ImpactRequest.method, found.problem);
    return impactJson(params.name, found.party, impactOf(model, params.name)!);
}

/** Registers both requests; findings wait for the whole build, impact for linking (it reads the model, not diagnostics). */
export function registerToolRequests(connection: Connection, shared: LangiumSharedServices, Align: AlignServices): void {
    const builder = shared.workspace.DocumentBuilder;
    connection.onRequest(FindingsRequest, async params => {
        await shared.workspace.WorkspaceManager.ready;
        await builder.waitUntil(DocumentState.Validated);
        return answerFindings(Align, shared.workspace.LangiumDocuments.all, params);
    });
    connection.onRequest(ImpactRequest, async params => {
        await shared.workspace.WorkspaceManager.ready;
        await builder.waitUntil(DocumentState.Linked);
        return answerImpact(Align, params);
    });
}

/** A file's path from its project's root, as a user of that folder would type it. */
function relativeTo(project: Project, uri: URI): string {
    const path = UriUtils.relative(project.root, uri);
    return path.startsWith('..') ? uri.fsPath : path;
}

function checkImpactParams(params: unknown): ImpactParams {
    const method = ImpactRequest.method;
    const record = paramsObject(method, params, '{ uri, name }');
    return { uri: checkUri(method, own(record, 'uri')), name: checkName(method, 'name', own(record, 'name')) };
}
