// The import rules of docs/architecture.md, checked on every source file: a layer that leaks
// (the server reaching into the CLI, the language core importing Node) fails here, not in review.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

/** What each layer must not import: package names and top-level folders. */
const FORBIDDEN: Record<string, { packages: RegExp; layers: string[] }> = {
    language: {
        packages: /^(node:|vscode$|langium\/lsp|langium\/node|vscode-languageserver$|vscode-languageserver\/|vscode-languageclient)/,
        layers: ['server', 'client', 'cli', 'host', 'formatting']
    },
    host: { packages: /^(vscode$|langium\/lsp|vscode-languageclient)/, layers: ['server', 'client', 'cli', 'formatting'] },
    // The formatter: shared by the server (Format Document, also on the web) and `align format`.
    formatting: { packages: /^(node:|vscode$|vscode-languageclient|langium\/node)/, layers: ['server', 'client', 'cli', 'host'] },
    server: { packages: /^(vscode$|vscode-languageclient)/, layers: ['client', 'cli'] },
    // The client talks to the server; the language core and ELK stay out of its bundle.
    client: { packages: /^(node:fs|langium|elkjs)/, layers: ['server', 'cli', 'host'] },
    cli: { packages: /^(vscode$|vscode-languageclient)/, layers: ['client', 'server'] }
};

/** Imports allowed against the rules: none (docs/architecture.md, "Not leaks"). */
const KNOWN_LEAKS = new Set<string>();

function sources(folder: string): string[] {
    return readdirSync(join(ROOT, folder)).flatMap(name => {
        const path = join(folder, name);
        if (name === 'generated' || name === 'node_modules') return [];
        return statSync(join(ROOT, path)).isDirectory() ? sources(path) : /\.(ts|mts)$/.test(name) ? [path] : [];
    });
}

function importsOf(file: string): string[] {
    const text = readFileSync(join(ROOT, file), 'utf8');
    return [
        ...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g),
        ...text.matchAll(/(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g),
        ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)
    ].map(m => m[1]);
}

describe('the layers of docs/architecture.md', () => {
    for (const [layer, rule] of Object.entries(FORBIDDEN)) {
        it(`${layer}/ imports nothing it must not`, () => {
            const leaks: string[] = [];
            for (const file of sources(layer)) {
                for (const spec of importsOf(file)) {
                    if (spec.startsWith('.')) {
                        const target = relative(ROOT, normalize(join(ROOT, dirname(file), spec))).replace(/\.js$/, '.ts');
                        const top = target.split('/')[0];
                        if (rule.layers.includes(top) && !KNOWN_LEAKS.has(`${file} → ${target}`)) leaks.push(`${file} → ${target}`);
                    } else if (rule.packages.test(spec)) {
                        leaks.push(`${file} → ${spec}`);
                    }
                }
            }
            expect(leaks).toEqual([]);
        });
    }

    it('the web server (a browser worker) never reaches the Node host layer', () => {
        expect([...reachable('server/browser-main.ts')].filter(file => file.startsWith('host/'))).toEqual([]);
    });

    it('the extension (desktop and web) never reaches the language core or ELK: it talks to the server', () => {
        for (const entry of ['client/extension.ts', 'client/browser-extension.ts']) {
            const heavy = [...reachable(entry)].filter(file => importsOf(file).some(spec => /^(langium|elkjs)(\/|$)/.test(spec)));
            expect(heavy).toEqual([]);
        }
    });
});

/** Every source file an entry point reaches through relative imports, itself included. */
function reachable(entry: string): Set<string> {
    const seen = new Set<string>();
    const visit = (file: string): void => {
        if (seen.has(file)) return;
        seen.add(file);
        for (const spec of importsOf(file)) {
            if (!spec.startsWith('.')) continue;
            const target = relative(ROOT, normalize(join(ROOT, dirname(file), spec))).replace(/\.js$/, '.ts');
            if (statSafe(join(ROOT, target))) visit(target);
        }
    };
    visit(entry);
    return seen;
}

function statSafe(path: string): boolean {
    try {
        return statSync(path).isFile();
    } catch {
        return false;
    }
}
