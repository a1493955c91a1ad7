// `align/domains` and `align/whoDecides`: the editor's "Who decides…?" asks for the domains of
// the project of the file at hand, then who decides a decision affecting the ones picked.
// Both answer from that project's alignment model, as `align who-decides` does.
import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import type { AlignmentModelService } from '../../language/model/model-service.js';
import { deciderAnswer, domainChoices, domainsNamed } from '../../language/model/who-decides-answer.js';
import {
    DomainsRequest, WhoDecidesRequest,
    type DomainsParams, type DomainSummary, type WhoDecidesParams, type WhoDecidesResult
} from '../../language/protocol.js';
import type { AlignServices } from '../align-services.js';

/** The domains of the project holding `params.uri`, sorted by name. */
export function answerDomains(models: AlignmentModelService, untrusted: unknown): DomainSummary[] {
    const params = checkDomainsParams(untrusted);
    return domainChoices(models.modelOf(params.uri));
}

/** Who decides a decision affecting the given domains of the project holding `params.uri`. */
export function answerWhoDecides(models: AlignmentModelService, untrusted: unknown): WhoDecidesResult {
    const params = checkWhoDecidesParams(untrusted);
    const model = models.modelOf(params.uri);
    const { domains, unknown, known } = domainsNamed(model, params.domains);
    if (unknown.length > 0) {
        throw invalid(WhoDecidesRequest.method, `no domain named ${unknown[0]} in this project (known domains: ${known.join(', ') || 'none'})`);
    }
    const resolution = model.resolve(domains);
    return { ...deciderAnswer(resolution), explanation: resolution.explanation };
}

/** Registers both requests; each waits for the workspace's first build, then for linking. */
export function registerWhoDecidesRequests(connection: Connection, shared: LangiumSharedServices, Align: AlignServices): void {
    const models = Align.align.AlignmentModel;
    // Linked is enough: the model reads references, not diagnostics.
    const settled = async () => {
        await shared.workspace.WorkspaceManager.ready;
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Linked);
    };
    connection.onRequest(DomainsRequest, async params => {
        await settled();
        return answerDomains(models, params);
    });
    connection.onRequest(WhoDecidesRequest, async params => {
        await settled();
        return answerWhoDecides(models, params);
    });
}

function checkDomainsParams(params: unknown): DomainsParams {
    const method = DomainsRequest.method;
    if (!isRecord(params)) throw invalid(method, 'params must be an object { uri }');
    return { uri: checkUri(method, own(params, 'uri')) };
}

function checkWhoDecidesParams(params: unknown): WhoDecidesParams {
    const method = WhoDecidesRequest.method;
    if (!isRecord(params)) throw invalid(method, 'params must be an object { uri, domains }');
    const uri = checkUri(method, own(params, 'uri'));
    const domains = own(params, 'domains');
    if (!Array.isArray(domains) || domains.length === 0 || !domains.every(name => typeof name === 'string')) {
        throw invalid(method, 'domains must be a non-empty array of domain names');
    }
    return { uri, domains: domains as string[] };
}

function checkUri(method: string, uri: unknown): string {
    if (typeof uri !== 'string' || uri.length === 0) throw invalid(method, 'uri must be the URI string of a document');
    return uri;
}

function invalid(method: string, problem: string): ResponseError<void> {
    return new ResponseError(ErrorCodes.InvalidParams, `${method}: ${problem}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own properties only, so `{}` does not find `uri` on Object.prototype. */
function own(record: Record<string, unknown>, key: string): unknown {
    return Object.hasOwn(record, key) ? record[key] : undefined;
}
