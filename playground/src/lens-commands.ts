// The commands behind the server's code lenses, which the VS Code extension registers there
// (client/reveal-command.ts, client/commands/show-locations.ts). Every declaration is in the
// playground's one model, so both select in the editor: the declaration a lens names, or every
// decision a domain's lens counts.
import * as monaco from 'monaco-editor/editor';
import { isJsonRange, type JsonRange } from '../../language/lsp-json.js';
import { Commands } from '../../language/protocol.js';

function toSelection(range: JsonRange): monaco.Selection {
    return new monaco.Selection(range.start.line + 1, range.start.character + 1, range.end.line + 1, range.end.character + 1);
}

/** Registers the lens commands for the editor's model; arguments are checked, as they come from the server. */
export function registerLensCommands(editor: monaco.editor.IStandaloneCodeEditor): monaco.IDisposable[] {
    const select = (ranges: JsonRange[]) => {
        if (ranges.length === 0) return;
        editor.setSelections(ranges.map(toSelection));
        editor.revealRangeInCenterIfOutsideViewport(toSelection(ranges[0]));
        editor.focus();
    };
    return [
        monaco.editor.registerCommand(Commands.revealDeclaration, (_accessor, _uri: unknown, range: unknown) => {
            if (isJsonRange(range)) select([range]);
        }),
        monaco.editor.registerCommand(Commands.showLocations, (_accessor, _uri: unknown, _position: unknown, locations: unknown) => {
            if (Array.isArray(locations)) select(locations.map(location => (location as { range?: unknown }).range).filter(isJsonRange));
        })
    ];
}
