// `align/report`: "Align: Show Report" — the report `align report` writes (spec §11), of the
// project holding a document, from what the editor holds now (unsaved edits included), with
// the project's today. Graph layout runs on its own thread, so the editor keeps answering.
import { DocumentState, URI, UriUtils, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { errorsOf, type GraphLayout } from '../../language/diagrams/render-diagram.js';
import { ReportRequest, type ReportResult } from '../../language/protocol.js';
import { buildReport } from '../../language/report/build-report.js';
import { findingsOfDocuments, toReportFinding } from '../../language/report/report-input.js';
import { configFindingsOf } from '../../language/validation/json-diagnostics.js';
import { todayFor } from '../../language/validation/today.js';
import { TOOL_NAME, TOOL_VERSION } from '../../host/tool-info.js';
import type { AlignServices } from '../align-services.js';
import { LayoutThread } from '../diagrams/layout-thread.js';
import { uriParams } from './request-params.js';

/** The report of the project holding `params.uri`. */
export async function answerReport(Align: AlignServices, untrusted: unknown, layout?: GraphLayout): Promise<ReportResult> {
    const params = uriParams(ReportRequest.method, untrusted);
    const uri = URI.parse(params.uri);
    const project = Align.align.Projects.projectOf(uri);
    const model = Align.align.AlignmentModel.modelOfProject(project);
    // Files named as the reader sees them in the explorer: relative to the project's root.
    const fileOf = (document: LangiumDocument) => UriUtils.relative(project.root, document.uri) || document.uri.toString();
    const configFindings = configFindingsOf(project, uri => UriUtils.relative(project.root, uri)).map(toReportFinding);
    const html = await buildReport({
        project: project.name,
        model,
        errors: errorsOf(model.documents),
        findings: [...configFindings, ...findingsOfDocuments(model.documents, fileOf)],
        today: todayFor(Align, uri),
        generator: `${TOOL_NAME} ${TOOL_VERSION}`,
        layout
    });
    return { html, project: project.name };
}

/** Registers `align/report`; it waits for the workspace's diagnostics, which the report lists. */
export function registerReportRequest(connection: Connection, shared: LangiumSharedServices, Align: AlignServices, layouts = new LayoutThread()): void {
    connection.onRequest(ReportRequest, async params => {
        await shared.workspace.WorkspaceManager.ready;
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated);
        return answerReport(Align, params, view => layouts.layout(view));
    });
}
