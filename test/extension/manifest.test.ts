// The extension's manifest against the code and the package: every contributed command is in
// the palette while Align is active and registered by the client under its protocol constant;
// the walkthrough's steps have their pages and a way to complete; the page the .vsix shows
// opens with what Align is and carries its pictures; no activation event VS Code generates
// itself is listed.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReadme, relativeImages } from '../../docs/marketplace/build-readme.js';
import { Commands, ContextKeys } from '../../language/protocol.js';

/** The walkthrough completion events VS Code's getting-started service knows (docs: contribution points, Completion events). */
const KNOWN_COMPLETION_EVENTS = [
    'onCommand',
    'onLink',
    'onView',
    'onSettingChanged',
    'onContext',
    'onExtensionInstalled',
    'extensionInstalled',
    'onStepSelected',
    'stepSelected',
    'onEvent'
];

const ROOT = resolve(__dirname, '../..');

interface Step {
    id: string;
    description: string;
    media: { markdown?: string; image?: string | Record<string, string> };
    completionEvents?: string[];
}
interface Manifest {
    scripts: Record<string, string>;
    activationEvents?: string[];
    contributes: {
        languages: Array<{ id: string }>;
        commands: Array<{ command: string; title: string }>;
        menus: { commandPalette: Array<{ command: string; when?: string }> };
        walkthroughs: Array<{ id: string; steps: Step[] }>;
    };
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
const contributed = manifest.contributes.commands.map(command => command.command);
const commandKeys = new Map(Object.entries(Commands).map(([key, id]) => [id as string, key]));

function sourceFiles(folder: string): string[] {
    return readdirSync(folder).flatMap(name => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
    });
}

/** The README the `package` script builds (`build-readme.ts SOURCE TARGET`) and hands to vsce. */
function marketplaceReadme(): { source?: string; target?: string; passed?: string } {
    const script = manifest.scripts.package;
    const built = /build-readme\.ts\s+(\S+)\s+(\S+)/.exec(script);
    return { source: built?.[1], target: built?.[2], passed: /--readme-path\s+(\S+)/.exec(script)?.[1] };
}

function readmePath(): string | undefined {
    return marketplaceReadme().passed;
}

/** The files vsce packages (its own listing, so .vscodeignore is read as vsce reads it). */
function packagedFiles(): Set<string> {
    const args = [join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'];
    const readme = readmePath();
    if (readme) args.push('--readme-path', readme);
    return new Set(
        execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' })
            .split('\n')
            .map(line => line.trim())
            .filter(Boolean)
    );
}

/** Targets of Markdown images, `![alt](target)`. */
function imagesOf(markdown: string): string[] {
    return [...markdown.matchAll(/!\[[^\]]*\]\(([^)\s]+)[^)]*\)/g)].map(match => match[1]);
}

describe('commands', () => {
    it("are the protocol's command ids", () => {
        expect(contributed.length).toBeGreaterThan(0);
        for (const command of contributed) expect(commandKeys.has(command), `${command} is not in Commands (language/protocol.ts)`).toBe(true);
        for (const command of [
            Commands.restartServer,
            Commands.showOutput,
            Commands.whoDecides,
            Commands.openPreview,
            Commands.openPreviewToSide,
            Commands.exportDiagram
        ]) {
            expect(contributed).toContain(command);
        }
    });

    it('each has a palette entry shown while the workspace holds .align files', () => {
        const gated = new RegExp(`(^|[\\s(&|])${ContextKeys.active.replace('.', '\\.')}($|[\\s)&|])`);
        for (const command of contributed) {
            const entry = manifest.contributes.menus.commandPalette.find(item => item.command === command);
            expect(entry, `${command} has no commandPalette entry`).toBeDefined();
            expect(entry!.when ?? '', `${command} is not gated on ${ContextKeys.active}`).toMatch(gated);
        }
    });

    it('each is registered in client/ by its Commands constant, and the context key is set', () => {
        const sources = sourceFiles(join(ROOT, 'client')).map(file => readFileSync(file, 'utf8'));
        const unregistered = contributed
            .map(command => commandKeys.get(command)!)
            .filter(key => {
                const registered = new RegExp(`registerCommand\\(\\s*Commands\\.${key}\\b`);
                return !sources.some(source => registered.test(source));
            });
        expect(unregistered, 'contributed, but no registerCommand(Commands.<key>, …) in client/').toEqual([]);
        expect(sources.some(source => /setContextKey\(\s*ContextKeys\.active\s*,\s*true\s*\)/.test(source))).toBe(true);
    });
});

describe('activation', () => {
    it('starts when the workspace holds .align files', () => {
        expect(manifest.activationEvents).toContain('workspaceContains:**/*.align');
    });

    it('lists no event VS Code generates from the contributions', () => {
        const languages = manifest.contributes.languages.map(language => language.id);
        for (const event of manifest.activationEvents ?? []) {
            const [kind, subject] = [event.slice(0, event.indexOf(':')), event.slice(event.indexOf(':') + 1)];
            expect(kind === 'onLanguage' && languages.includes(subject), `${event} is generated from contributes.languages`).toBe(false);
            expect(kind === 'onCommand' && contributed.includes(subject), `${event} is generated from contributes.commands`).toBe(false);
        }
    });
});

describe('packaged pages', () => {
    let packaged: Set<string>;
    beforeAll(() => {
        // What `npm run package` does before vsce: build the shipped README.
        const { source, target } = marketplaceReadme();
        if (source && target) buildReadme(join(ROOT, source), join(ROOT, target));
        packaged = packagedFiles();
    }, 60000);

    it('the walkthrough has a packaged page and a way to complete each step', () => {
        const walkthrough = manifest.contributes.walkthroughs?.[0];
        expect(walkthrough, 'no contributes.walkthroughs').toBeDefined();
        expect(walkthrough.steps.map(step => step.id)).toEqual(['openExample', 'seeAmbiguity', 'fixIt', 'openPreview', 'checkInCi']);
        const contextKeys = Object.values(ContextKeys) as string[];
        for (const step of walkthrough.steps) {
            const page = step.media.markdown;
            expect(page, `${step.id} has no markdown page`).toMatch(/^media\/walkthrough\/.+\.md$/);
            expect(existsSync(join(ROOT, page!)), `${page} missing`).toBe(true);
            expect(packaged.has(page!), `${page} is not packaged`).toBe(true);
            // Pictures on a page resolve from the page's folder.
            for (const image of imagesOf(readFileSync(join(ROOT, page!), 'utf8'))) {
                const file = posix.normalize(posix.join(posix.dirname(page!), image));
                expect(packaged.has(file), `${page} shows ${image}, which is not packaged`).toBe(true);
            }
            const links = [...step.description.matchAll(/\]\(command:([\w.]+)/g)].map(match => match[1]);
            const events = step.completionEvents ?? [];
            // VS Code skips (with a console error) an event kind it does not know, such as onLanguage.
            for (const event of events) expect(KNOWN_COMPLETION_EVENTS, `${step.id}: ${event}`).toContain(event.split(':')[0]);
            expect(links.length + events.length, `${step.id} has neither a command link nor a completion event`).toBeGreaterThan(0);
            // Align's own commands and context keys named by a step must exist.
            for (const command of [...links, ...events.filter(e => e.startsWith('onCommand:')).map(e => e.slice('onCommand:'.length))]) {
                if (command.startsWith('align.')) expect(contributed, `${step.id} names ${command}`).toContain(command);
            }
            for (const event of events.filter(e => e.startsWith('onContext:'))) {
                const key = event.slice('onContext:'.length).replace(/^!/, '');
                expect(contextKeys, `${step.id} waits for context key ${key}, which the client never sets`).toContain(key);
            }
        }
    });

    it('the example the walkthrough opens is packaged', () => {
        for (const file of readdirSync(join(ROOT, 'examples/stalemate'))) expect(packaged.has(`examples/stalemate/${file}`), file).toBe(true);
    });

    it("packages the MCP server and its pages, the walkthrough's pictures, and not the documentation's view gallery", () => {
        for (const file of [
            'out/mcp/main.cjs',
            'out/server/main.cjs',
            'out/server/layout-worker.cjs',
            'docs/images/preview.png',
            'docs/diagnostics/tie-possible.md'
        ]) {
            expect(packaged.has(file), file).toBe(true);
        }
        expect([...packaged].filter(file => file.startsWith('docs/images/views/') || file === 'out/cli/main.cjs')).toEqual([]);
    });

    it('the extension page opens with what Align is and a picture, not developer commands', () => {
        const { source, target, passed } = marketplaceReadme();
        expect(source, 'the package script builds no README from docs/marketplace').toBe('docs/marketplace/README.md');
        expect(passed, 'vsce is not given the built README').toBe(target);
        expect(manifest.scripts.package.indexOf('build-readme.ts')).toBeLessThan(manifest.scripts.package.indexOf('vsce package'));
        const text = readFileSync(join(ROOT, source!), 'utf8');
        const blocks = text
            .split(/\n\s*\n/)
            .map(block => block.trim())
            .filter(Boolean);
        expect(blocks[0]).toMatch(/^# \S/);
        // Prose: a paragraph of sentences, not a code block, list, table, picture or command.
        expect(blocks[1]).toMatch(/^[A-Z][^\n]*[a-z]/);
        expect(blocks[1]).not.toMatch(/^(```|[-*|>!<$]|npm |npx |code )/);
        const firstSection = text.slice(0, text.indexOf('\n## '));
        expect(imagesOf(firstSection).length, 'no picture before the first section').toBeGreaterThan(0);
        expect(firstSection).not.toMatch(/```|\bnpm (install|test|run)\b/);
    });

    it('the shipped README carries its pictures, so they show inside VS Code', () => {
        const { source, target } = marketplaceReadme();
        const folder = dirname(join(ROOT, source!));
        const pictures = relativeImages(readFileSync(join(ROOT, source!), 'utf8'));
        expect(pictures.length).toBeGreaterThan(0);
        for (const picture of pictures) expect(existsSync(join(folder, picture)), `${picture} missing`).toBe(true);
        // An installed extension's page loads only https: and data: pictures (checked in the e2e suite).
        const shipped = readFileSync(join(ROOT, target!), 'utf8');
        expect(relativeImages(shipped)).toEqual([]);
        const inlined = imagesOf(shipped);
        expect(inlined).toHaveLength(pictures.length);
        pictures.forEach((picture, index) => {
            const [, base64] = /^data:image\/png;base64,(.+)$/.exec(inlined[index]) ?? [];
            expect(base64, `${picture} is not inlined`).toBeDefined();
            expect(Buffer.from(base64, 'base64').equals(readFileSync(join(folder, picture)))).toBe(true);
        });
        expect(packaged.has(target!), `${target} is not packaged`).toBe(true);
    });

    it('the repository README keeps the developer commands at the top and is not the shipped page', () => {
        const text = readFileSync(join(ROOT, 'README.md'), 'utf8');
        expect(text.indexOf('npm test')).toBeLessThan(text.indexOf('\n## '));
        expect(packaged.has('README.md')).toBe(false);
        expect(readmePath()).not.toBe('README.md');
    });
});
