// `align.showLocations`: the target of the code lens above a domain ("3 decisions · owner
// VPPX"). The server sends plain LSP JSON ([uri, position, locations]); VS Code's peek widget
// wants its own Uri, Position and Location objects, so the arguments are converted here, and
// anything malformed is dropped rather than shown half-way.
import * as vscode from 'vscode';
import { Commands } from '../../language/protocol.js';

interface JsonPosition {
    line: number;
    character: number;
}
interface JsonRange {
    start: JsonPosition;
    end: JsonPosition;
}
interface JsonLocation {
    uri: string;
    range: JsonRange;
}

/** Registers the command that peeks at a list of locations from a position in a file. */
export function registerShowLocationsCommand(): vscode.Disposable {
    return vscode.commands.registerCommand(Commands.showLocations, async (uri: unknown, position: unknown, locations: unknown) => {
        if (typeof uri !== 'string' || !isPosition(position) || !Array.isArray(locations)) return;
        const targets = locations.filter(isLocation).map(toLocation);
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

function isPosition(value: unknown): value is JsonPosition {
    const candidate = value as Partial<JsonPosition> | null;
    return (
        typeof candidate === 'object' &&
        candidate !== null &&
        Number.isInteger(candidate.line) &&
        candidate.line! >= 0 &&
        Number.isInteger(candidate.character) &&
        candidate.character! >= 0
    );
}

function isLocation(value: unknown): value is JsonLocation {
    const candidate = value as Partial<JsonLocation> | null;
    return (
        typeof candidate === 'object' &&
        candidate !== null &&
        typeof candidate.uri === 'string' &&
        typeof candidate.range === 'object' &&
        candidate.range !== null &&
        isPosition(candidate.range.start) &&
        isPosition(candidate.range.end)
    );
}
