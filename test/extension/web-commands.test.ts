// The web extension (client/browser-extension.ts, VS Code for the Web) activated against a
// stand-in of the VS Code API: every command package.json contributes must be registered, by
// the feature or by a sentence saying it needs the desktop, or the palette would offer a
// command that fails with "command not found".
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const registered: string[] = [];

/** An object on which every property is a function returning another such object; never a promise. */
function anything(): unknown {
    const target = function () {
        /* stand-in */
    };
    return new Proxy(target, {
        get: (_target, property) => (property === 'then' ? undefined : property === Symbol.toPrimitive ? () => 'stand-in' : anything()),
        set: () => true,
        apply: () => anything(),
        construct: () => anything() as object
    });
}

vi.mock(
    'vscode',
    () =>
        new Proxy(
            {},
            {
                has: () => true,
                get: (_target, property) =>
                    property === 'commands'
                        ? {
                              registerCommand: (id: string) => {
                                  registered.push(id);
                                  return {
                                      dispose() {
                                          /* nothing */
                                      }
                                  };
                              },
                              executeCommand: async () => undefined
                          }
                        : property === 'then'
                          ? undefined
                          : anything()
            }
        )
);
vi.mock('vscode-languageclient/browser.js', () => ({
    LanguageClient: function () {
        return anything();
    }
}));
// The web bundle aliases this module to browser.js (esbuild.mjs); its enums are read, never compared here.
vi.mock('vscode-languageclient/node.js', () => ({ State: anything(), CloseAction: anything(), ErrorAction: anything(), RevealOutputChannelOn: anything() }));

describe('the web extension', () => {
    it('registers every command the manifest contributes', async () => {
        (globalThis as { Worker?: unknown }).Worker ??= function () {
            return anything();
        };
        const { activate } = await import('../../client/browser-extension.js');
        await activate({ subscriptions: [], extensionUri: anything() } as never);
        const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
            contributes: { commands: Array<{ command: string }> };
        };
        const contributed = manifest.contributes.commands.map(entry => entry.command);
        expect(contributed.length).toBeGreaterThan(5);
        expect(contributed.filter(command => !registered.includes(command))).toEqual([]);
    });
});
