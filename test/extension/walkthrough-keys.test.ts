// The walkthrough's first step ticks when an `.align` file is shown in an editor: the client sets
// the context key `align.fileOpened` the step waits for (VS Code has no onLanguage step event).
import { beforeEach, describe, expect, it, vi } from 'vitest';

const api: Record<string, unknown> = {};
vi.mock('vscode', () => new Proxy({}, { has: () => true, get: (_target, property) => (property === 'then' ? undefined : (api[property as string] ?? null)) }));

const { watchAlignEditors } = await import('../../client/context-keys.js');
const { ContextKeys, VsCodeCommands } = await import('../../language/protocol.js');

let listeners: Array<(editor: unknown) => void>;
let executed: unknown[][];

function standIn(active: unknown): void {
    listeners = [];
    executed = [];
    api.window = {
        activeTextEditor: active,
        onDidChangeActiveTextEditor: (listener: (editor: unknown) => void) => {
            listeners.push(listener);
            return { dispose: () => (listeners = listeners.filter(l => l !== listener)) };
        }
    };
    api.commands = { executeCommand: (...args: unknown[]) => (executed.push(args), Promise.resolve()) };
    api.Disposable = class {
        constructor(readonly dispose: () => void) {}
    };
}

const editorOf = (languageId: string) => ({ document: { languageId } });

describe('the walkthrough key align.fileOpened', () => {
    beforeEach(() => standIn(undefined));

    it('is set at once when an .align file is already in the active editor', () => {
        standIn(editorOf('align'));
        watchAlignEditors();
        expect(executed).toEqual([[VsCodeCommands.setContext, ContextKeys.fileOpened, true]]);
        expect(listeners).toHaveLength(0);
    });

    it('is set when an .align file becomes active, once, and not for other files', () => {
        watchAlignEditors();
        listeners.forEach(listener => listener(editorOf('markdown')));
        listeners.forEach(listener => listener(undefined));
        expect(executed).toEqual([]);
        listeners.forEach(listener => listener(editorOf('align')));
        expect(executed).toEqual([[VsCodeCommands.setContext, ContextKeys.fileOpened, true]]);
        // Set once: the watch ends.
        expect(listeners).toHaveLength(0);
    });
});
