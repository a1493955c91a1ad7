// `align/domains` and `align/whoDecides`: the editor's "Who decides…?" asks for the domains of
// the project of the file at hand, then who decides a decision affecting the ones picked.
// Both answer from that project's alignment model, as `align who-decides` does.
import { AstUtils, DocumentState, type AstNode } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import type { Resolution } from '../../language/model/alignment-model.js';
import { stepPhrase } from '../../language/model/explain.js';
import type { AlignmentModelService } from '../../language/model/model-service.js';
import { deciderAnswer, domainChoices, domainsNamed } from '../../language/model/who-decides-answer.js';
import {
    DomainsRequest,
    WhoDecidesRequest,
    type DeclarationPlace,
    type DomainSummary,
    type WhoDecidesParams,
    type WhoDecidesResult
} from '../../language/protocol.js';
import type { AlignServices } from '../align-services.js';
import { checkUri, invalid, own, paramsObject, uriParams } from './request-params.js';

/** The domains of the project holding `params.uri`, sorted by name. */
export function answerDomains(models: AlignmentModelService, untrusted: unknown): DomainSummary[] {
    const params = uriParams(DomainsRequest.method, untrusted);
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
    const answer: WhoDecidesResult = { ...deciderAnswer(resolution), explanation: resolution.explanation };
    if (params.forView) {
        answer.stepText = stepPhrase(resolution);
        answer.declarations = declarationsOf(resolution);
    }
    return answer;
}

/** The decider, the rule, the domains and their owners, each once, with where they are declared. */
function declarationsOf(resolution: Resolution): DeclarationPlace[] {
    const places: DeclarationPlace[] = [];
    const seen = new Set<AstNode>();
    const add = (node: (AstNode & { name?: string }) | undefined, role: DeclarationPlace['role']) => {
        if (!node?.name || !node.$cstNode || seen.has(node)) return;
        seen.add(node);
        places.push({
            name: node.name,
            kind: node.$type.toLowerCase(),
            role,
            uri: AstUtils.getDocument(node).uri.toString(),
            line: node.$cstNode.range.start.line
        });
    };
    add(resolution.decider, 'decider');
    add(resolution.rule?.rule, 'rule');
    for (const info of resolution.domains) add(info.domain, 'domain');
    for (const info of resolution.domains) for (const owner of info.owners) add(owner, 'owner');
    for (const rule of resolution.conflictingRules) add(rule.rule, 'conflicting rule');
    return places;
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

function checkWhoDecidesParams(params: unknown): WhoDecidesParams {
    const method = WhoDecidesRequest.method;
    const record = paramsObject(method, params, '{ uri, domains }');
    const uri = checkUri(method, own(record, 'uri'));
    const domains = own(record, 'domains');
    if (!Array.isArray(domains) || domains.length === 0 || !domains.every(name => typeof name === 'string')) {
        throw invalid(method, 'domains must be a non-empty array of domain names');
    }
    return { uri, domains: domains as string[], forView: own(record, 'forView') === true };
}
