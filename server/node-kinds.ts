// Symbol and completion kinds per declaration kind, used by the outline, workspace symbols
// and completion so the editor shows the same icon for a kind everywhere. One table, keyed by
// the grammar's declaration types: a new kind of declaration does not compile until it has
// its icons. LSP has no "person", "meeting" or "risk" kinds, so each row picks the kind whose
// icon reads closest, and no two declaration kinds share a symbol kind.
import type { AstNode, AstNodeDescription } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';
import type { Declaration } from '../language/generated/ast.js';

interface DeclarationKinds {
    symbol: SymbolKind;
    completion: CompletionItemKind;
}

/** The icons of each kind of declaration. */
const DECLARATION_KINDS: Record<Declaration['$type'], DeclarationKinds> = {
    // The programme that holds everything else.
    Initiative: { symbol: SymbolKind.Package, completion: CompletionItemKind.Module },
    // A person or role: a concrete party rather than a type.
    Stakeholder: { symbol: SymbolKind.Object, completion: CompletionItemKind.Reference },
    // A body made of members.
    Group: { symbol: SymbolKind.Struct, completion: CompletionItemKind.Struct },
    // An area of decision rights that decisions fall into.
    Domain: { symbol: SymbolKind.Namespace, completion: CompletionItemKind.Module },
    // Maps a decision to its decider.
    Rule: { symbol: SymbolKind.Function, completion: CompletionItemKind.Function },
    // A recurring meeting.
    Cadence: { symbol: SymbolKind.Event, completion: CompletionItemKind.Event },
    // A fixed date.
    Milestone: { symbol: SymbolKind.Constant, completion: CompletionItemKind.Constant },
    // A measured number.
    Metric: { symbol: SymbolKind.Number, completion: CompletionItemKind.Value },
    // Achieved or not, at a milestone or date.
    Benefit: { symbol: SymbolKind.Boolean, completion: CompletionItemKind.EnumMember },
    // Something that may happen to the programme, owned and mitigated.
    Risk: { symbol: SymbolKind.Field, completion: CompletionItemKind.Field },
    // A question with a decider: the contract the framework must fulfil.
    Decision: { symbol: SymbolKind.Interface, completion: CompletionItemKind.Interface },
    // A working agreement: how the team talks and escalates.
    Agreement: { symbol: SymbolKind.Property, completion: CompletionItemKind.Property }
};

export class AlignNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return kindsOf(node)?.symbol ?? super.getSymbolKind(node);
    }

    override getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return kindsOf(node)?.completion ?? super.getCompletionItemKind(node);
    }
}

function kindsOf(node: AstNode | AstNodeDescription): DeclarationKinds | undefined {
    const type = '$type' in node ? node.$type : node.type;
    return Object.hasOwn(DECLARATION_KINDS, type) ? DECLARATION_KINDS[type as Declaration['$type']] : undefined;
}
