// Rename across every file of the workspace, refusing names that are not identifiers, that
// are keywords (the file would no longer parse) or that another declaration already has
// (names are unique across the workspace).
//
// Refusals are ResponseErrors with one plain sentence. vscode-languageclient shows the message
// of a failed prepareRename in the rename box itself, and the message of a failed rename next to
// the cursor. Langium's request handler (createRequestHandler → responseError) passes a thrown
// ResponseError back as the answer without logging it; only any other thrown value is rethrown
// and reaches the client as "Request textDocument/rename failed with message: …".
import { AstUtils, CstUtils, GrammarAST, type LangiumDocument, type LeafCstNode } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import {
    ErrorCodes,
    ResponseError,
    type Position,
    type Range,
    type RenameParams,
    type TextDocumentPositionParams,
    type WorkspaceEdit
} from 'vscode-languageserver';
import { isValidName } from '../../language/references/names.js';
import { isReservedWord } from '../../language/references/reserved-words.js';
import type { AlignServices } from '../align-services.js';

/** Token types that are values written in the text, not names. */
const VALUE_TOKENS = new Set(['NUMBER', 'PERCENT', 'DATE', 'QUARTER', 'SHORT_DURATION']);

export class AlignRenameProvider extends DefaultRenameProvider {
    private readonly services: AlignServices;

    constructor(services: AlignServices) {
        super(services);
        this.services = services;
    }

    /** The range of the name under the cursor; a plain-sentence refusal when there is none. */
    override async prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): Promise<Range | undefined> {
        const range = this.renameNodeRange(document, params.position);
        if (range) return range;
        throw new ResponseError(ErrorCodes.InvalidRequest, this.whyNotRenamable(document, params.position));
    }

    /** Renames every use of the declaration under the cursor, once the new name is known to be usable. */
    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const newName = params.newName.trim();
        const refusal = this.refuseNewName(document, params.position, newName);
        if (refusal) throw new ResponseError(ErrorCodes.InvalidParams, refusal);
        // A client without prepareRename support asks here directly; nothing to rename is no edit.
        return super.rename(document, { ...params, newName });
    }

    /** Why a new name cannot be used, or undefined when it can. */
    private refuseNewName(document: LangiumDocument, position: Position, newName: string): string | undefined {
        if (newName === '') return 'The new name is empty; type a name';
        if (!isValidName(newName)) {
            return `\`${newName}\` is not a valid name: start with a letter or _, then use letters, digits, _ and single inner hyphens`;
        }
        if (isReservedWord(newName)) return `\`${newName}\` is a keyword of Align; choose another name`;
        const leaf = this.leafAt(document, position);
        const clash = this.services.align.AlignmentModel.modelOf(document.uri).declarationsByName.get(newName);
        // Renaming a name to itself is no clash.
        if (clash && clash.length > 0 && leaf?.text !== newName) {
            return `\`${newName}\` is already declared (a ${clash[0].$type.toLowerCase()}); names must be unique in the project, so choose another name`;
        }
        return undefined;
    }

    /** One sentence saying why nothing at this position can be renamed. */
    private whyNotRenamable(document: LangiumDocument, position: Position): string {
        const leaf = this.leafAt(document, position);
        const anywhere = 'put the cursor on the name of a declaration or on a use of it';
        if (!leaf) return `There is no name here to rename; ${anywhere}`;
        if (leaf.hidden) return `This is a comment; only names can be renamed: ${anywhere}`;
        const type = leaf.tokenType.name;
        if (GrammarAST.isKeyword(leaf.grammarSource)) {
            // Punctuation is a keyword of the grammar too, but not a word anyone would call one.
            if (!/^[a-z]/i.test(leaf.text)) return `There is no name here to rename; ${anywhere}`;
            return `\`${leaf.text}\` is a keyword of Align, not a name, so it cannot be renamed`;
        }
        if (type === 'STRING') return 'A title or other "string" is text, not a name: edit it in place';
        if (VALUE_TOKENS.has(type)) return `\`${leaf.text}\` is a value, not a name, so it cannot be renamed`;
        const use = AstUtils.streamReferences(leaf.astNode).find(
            ({ reference }) => reference.$refNode !== undefined && reference.$refNode.offset <= leaf.offset && leaf.end <= reference.$refNode.end
        );
        if (use) return `\`${leaf.text}\` is not declared anywhere in the project, so there is nothing to rename; declare it first or correct the name`;
        return `\`${leaf.text}\` is not a declared name here, so it cannot be renamed`;
    }

    /** The token under (or just before) the cursor, as Langium's rename looks for it. */
    private leafAt(document: LangiumDocument, position: Position): LeafCstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        return root ? CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(position), this.grammarConfig.nameRegexp) : undefined;
    }
}
