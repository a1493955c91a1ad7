// `align.showLocations`: the target of the code lens above a domain ("3 decisions · owner
// VPPX"). The server sends plain LSP JSON ([uri, position, locations]); VS Code's peek widget
// wants its own Uri, Position and Location objects, so the arguments are converted here, and
// anything malformed is dropped rather than shown half-way.
import * as vscode from 'vscode';
import { isJsonLocation, isJsonPosition, type JsonLocation, type JsonPosition } from '../../language/lsp-json.js';
import { Commands } from '../../language/protocol.js';

/** Registers the command that peeks at a list of locations from a position in a file. */
export function registerShowLocationsCommand(): vscode.Disposable {
    return vscode.commands.registerCommand(Commands.showLocations, async (uri: unknown, position: unknown, locations: unknown) => {
        if (typeof uri !== 'string' || !isJsonPosition(position) || !Array.isArray(locations)) return;
        const targets = locations.filter(isJsonLocation).map(toLocation);
        // The same peek widget as "Find All References", anchored at the lens.
        await vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(uri), toPosition(position), targets);
    });
}

function toPosition(position: JsonPosition): vscode.Position {
    return new vscode.Position(position.line, position.character);
}

function toLocation(location: JsonLocation): vscode.Location {
    return new vscode.Location(vscode.Uri.parse(location.uri), new vscode.Range(toPosition(location.range.start), toPosition(location.range.end)));
}
