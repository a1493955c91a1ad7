// The inlay hint after a decision's name: who decides it, as the alignment model resolved it
// (`→ Triage`), or `→ nobody decides` where the framework finds no one. The tooltip gives the
// model's reason in the words the hover uses; the decider's name links to its declaration.
import { AstUtils, GrammarUtils } from 'langium';
import type { InlayHint, InlayHintLabelPart } from 'vscode-languageserver';
import type { DecisionInfo, Party } from '../../language/model/alignment-model.js';
import { nameOf } from '../../language/model/explain.js';
import { plainLine } from '../../language/text/markdown.js';

/** The label shown where nobody has the authority to decide. */
export const NOBODY_DECIDES = '→ nobody decides';

/** The decider hint of a decision, placed right after its name; undefined for a decision without a name. */
export function deciderHint(info: DecisionInfo): InlayHint | undefined {
    const nameNode = GrammarUtils.findNodeForProperty(info.decision.$cstNode, 'name');
    if (!nameNode) return undefined;
    return {
        position: nameNode.range.end,
        label: info.decider ? [{ value: '→ ' }, partyPart(info.decider)] : NOBODY_DECIDES,
        paddingLeft: true,
        tooltip: tooltip(info)
    };
}

/** The decider's name, ctrl+click going to its declaration. */
function partyPart(party: Party): InlayHintLabelPart {
    const part: InlayHintLabelPart = { value: plainLine(nameOf(party)) };
    const nameNode = GrammarUtils.findNodeForProperty(party.$cstNode, 'name');
    if (nameNode) part.location = { uri: AstUtils.getDocument(party).uri.toString(), range: nameNode.range };
    return part;
}

/** Why: the framework's explanation, and what an explicit `decided by` does to it (as the hover says). */
function tooltip(info: DecisionInfo): string {
    const lines = [`Decided by: ${info.framework.explanation}`];
    if (info.explicit) {
        lines.push(
            info.overridesFramework
                ? `Explicitly decided by ${nameOf(info.explicit)}, overriding the framework.`
                : `Explicitly decided by ${nameOf(info.explicit)}.`
        );
    }
    // Names and titles come from the document: one plain line each, nothing the editor interprets.
    return lines.map(plainLine).join('\n');
}
