// Symbol and completion kinds per declaration kind, used by the outline, workspace symbols
// and completion so the editor shows the same icon for a kind everywhere.
import type { AstNode, AstNodeDescription } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';

const SYMBOL_KINDS: Record<string, SymbolKind> = {
    Initiative: SymbolKind.Package,
    Stakeholder: SymbolKind.Object,
    Group: SymbolKind.Struct,
    Domain: SymbolKind.Namespace,
    Rule: SymbolKind.Function,
    Cadence: SymbolKind.Event,
    Milestone: SymbolKind.Constant,
    Metric: SymbolKind.Number,
    Benefit: SymbolKind.Boolean,
    Risk: SymbolKind.Field,
    Decision: SymbolKind.Interface,
    Agreement: SymbolKind.Property
};

const COMPLETION_KINDS: Record<string, CompletionItemKind> = {
    Initiative: CompletionItemKind.Module,
    Stakeholder: CompletionItemKind.Reference,
    Group: CompletionItemKind.Struct,
    Domain: CompletionItemKind.Module,
    Rule: CompletionItemKind.Function,
    Cadence: CompletionItemKind.Event,
    Milestone: CompletionItemKind.Constant,
    Metric: CompletionItemKind.Value,
    Benefit: CompletionItemKind.EnumMember,
    Risk: CompletionItemKind.Field,
    Decision: CompletionItemKind.Interface,
    Agreement: CompletionItemKind.Property
};

export class AlignNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return SYMBOL_KINDS[typeOf(node)] ?? super.getSymbolKind(node);
    }

    override getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return COMPLETION_KINDS[typeOf(node)] ?? super.getCompletionItemKind(node);
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}
