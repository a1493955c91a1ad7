// ESLint for the TypeScript sources: typescript-eslint's recommended rules, and the layers of
// docs/architecture.md as import rules (test/docs/layers.test.ts checks the same from the file
// graph, including what the extension's bundle reaches).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** What a layer must not import: other layers (relative paths out of it) and packages. */
const LAYERS = {
    language: { layers: ['server', 'client', 'cli', 'host', 'formatting'], packages: '^(node:|vscode$|langium/lsp|langium/node|vscode-languageserver$|vscode-languageserver/|vscode-languageclient)' },
    host: { layers: ['server', 'client', 'cli', 'formatting'], packages: '^(vscode$|langium/lsp|vscode-languageclient)' },
    formatting: { layers: ['server', 'client', 'cli', 'host'], packages: '^(node:|vscode$|vscode-languageclient|langium/node)' },
    server: { layers: ['client', 'cli'], packages: '^(vscode$|vscode-languageclient)' },
    client: { layers: ['server', 'cli', 'host'], packages: '^(node:fs|langium|elkjs)' },
    cli: { layers: ['client', 'server'], packages: '^(vscode$|vscode-languageclient)' }
};

const layerRules = Object.entries(LAYERS).map(([layer, rule]) => ({
    files: [`${layer}/**/*.ts`],
    rules: {
        'no-restricted-imports': ['error', {
            patterns: [
                { regex: `^(\\.\\./)+(${rule.layers.join('|')})/`, message: `${layer}/ must not import from ${rule.layers.join(', ')} (docs/architecture.md)` },
                { regex: rule.packages, message: `${layer}/ must not import this package (docs/architecture.md)` }
            ]
        }]
    }
}));

export default tseslint.config(
    { ignores: ['out/**', 'node_modules/**', 'language/generated/**', 'playground/dist/**', 'scratch/**', 'test/e2e/artifacts/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        rules: {
            // tsc (noUnusedLocals, noUnusedParameters) reports these already, with the project's exceptions.
            '@typescript-eslint/no-unused-vars': 'off',
            // A stand-in of an API in tests, and the empty catch of a best-effort step, say so in a comment.
            '@typescript-eslint/no-empty-function': 'off',
            // Align finds and escapes control characters on purpose (hostile names, terminal output).
            'no-control-regex': 'off'
        }
    },
    ...layerRules
);
