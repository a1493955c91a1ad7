// Code lenses above decisions (who decides) and domains (how many decisions, which owner),
// read from the alignment model. Clicking a decision's lens reveals the rule or the owner;
// clicking a domain's lens peeks at the decisions that affect it.
import { AstUtils, type AstNode, type LangiumDocument, type NameProvider } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams, Command, Location } from 'vscode-languageserver';
import { isDecision, isDomain, type Workspace } from '../../language/generated/ast.js';
import type { DecisionInfo, DomainInfo } from '../../language/model/alignment-model.js';
import { stepPhrase } from '../../language/model/explain.js';
import { Commands } from '../../language/protocol.js';
import type { AlignServices } from '../align-services.js';
import { plainLine } from '../../language/text/markdown.js';

/** The client-side command that opens a file at a range (registered by the VS Code extension). */
export const REVEAL_COMMAND = Commands.revealDeclaration;

export class AlignCodeLensProvider implements CodeLensProvider {
    private readonly services: AlignServices;

    constructor(services: AlignServices) {
        this.services = services;
    }

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): CodeLens[] {
        const model = this.services.align.AlignmentModel.modelOf(document.uri);
        const lenses: CodeLens[] = [];
        for (const declaration of (document.parseResult.value as Workspace).declarations) {
            const range = declaration.$cstNode?.range;
            if (!range) continue;
            const at = { start: range.start, end: range.start };
            if (isDecision(declaration)) {
                const info = model.decisions.get(declaration);
                if (info) lenses.push({ range: at, command: decisionLens(info) });
            } else if (isDomain(declaration)) {
                const info = model.domains.get(declaration);
                if (info) lenses.push({ range: at, command: domainLens(info, this.services.references.NameProvider) });
            }
        }
        return lenses;
    }
}

/** A code lens title is plain text on one line. */
export function lensTitle(text: string): string {
    return plainLine(text);
}

function reveal(text: string, target: AstNode | undefined): Command {
    const title = lensTitle(text);
    const range = target?.$cstNode?.range;
    if (!target || !range) return { title, command: '' };
    return { title, command: REVEAL_COMMAND, arguments: [AstUtils.getDocument(target).uri.toString(), range] };
}

function decisionLens(info: DecisionInfo) {
    const framework = info.framework;
    if (info.explicit) {
        const note = info.overridesFramework ? `, overrides ${framework.decider?.name}` : '';
        return reveal(`Decided by ${info.explicit.name} (explicit${note})`, info.explicit);
    }
    if (!framework.decider) {
        return reveal(
            framework.basis === 'conflict' ? 'No one can decide this: rules conflict' : 'No one can decide this',
            framework.conflictingRules[0]?.rule
        );
    }
    const sla = framework.sla ? ` within ${framework.sla.text}` : '';
    const target = framework.rule?.rule ?? framework.reserved[0]?.domain ?? framework.lead?.domain ?? framework.decider;
    return reveal(`Decided by ${framework.decider.name}${sla} (${stepPhrase(framework)})`, target);
}

function domainLens(info: DomainInfo, names: NameProvider): Command {
    const count = info.decisions.length;
    const owner = info.owner
        ? `owner ${info.owner.name}${info.ownerFrom ? ` (from ${info.ownerFrom.name})` : ''}`
        : info.owners.length === 0
          ? 'no owner'
          : `${info.owners.length} owners`;
    const text = `${count} decision${count === 1 ? '' : 's'} · ${owner}`;
    const locations = info.decisions.map(decision => nameLocation(decision, names)).filter((location): location is Location => location !== undefined);
    const anchor = nameLocation(info.domain, names);
    // Nothing to peek at: the lens still leads somewhere useful, the owner.
    if (locations.length === 0 || !anchor) return reveal(text, info.owner);
    return { title: lensTitle(text), command: Commands.showLocations, arguments: [anchor.uri, anchor.range.start, locations] };
}

/** Where a declaration's name is (the whole declaration when it has none), as plain LSP JSON. */
function nameLocation(node: AstNode, names: NameProvider): Location | undefined {
    const cst = names.getNameNode(node) ?? node.$cstNode;
    return cst && { uri: AstUtils.getDocument(node).uri.toString(), range: cst.range };
}
