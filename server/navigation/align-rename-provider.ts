// Rename across every file of the workspace, refusing names that are not identifiers, that
// are keywords (the file would no longer parse) or that another declaration already has
// (names are unique across the workspace).
import { CstUtils, type LangiumDocument } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { ResponseError, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import { isValidName } from '../../language/references/names.js';
import { isReservedWord } from '../../language/references/reserved-words.js';
import type { AlignServices } from '../align-services.js';

export class AlignRenameProvider extends DefaultRenameProvider {
    private readonly services: AlignServices;

    constructor(services: AlignServices) {
        super(services);
        this.services = services;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const newName = params.newName.trim();
        if (!isValidName(newName)) {
            throw new ResponseError(-32803, `'${newName}' is not a valid name: use letters, digits, _ and inner hyphens, starting with a letter or _.`);
        }
        if (isReservedWord(newName)) {
            throw new ResponseError(-32803, `'${newName}' is a keyword of the Align language and cannot be a name. Choose another name.`);
        }
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp);
        const clash = this.services.align.AlignmentModel.modelOf(document.uri).declarationsByName.get(newName);
        if (clash && clash.length > 0 && leaf?.text !== newName) {
            throw new ResponseError(-32803, `${newName} is already declared (a ${clash[0].$type.toLowerCase()}); names must be unique in the workspace.`);
        }
        return super.rename(document, { ...params, newName });
    }
}
