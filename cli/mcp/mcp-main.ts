// Entry of the MCP server the VS Code extension ships (out/mcp/main.cjs): `align mcp` alone,
// without the rest of the CLI (diagrams, PNG, ELK), so the .vsix carries the language core for
// it once more but not a second graph layout. Arguments: the project paths.
import { runMcp } from './mcp-server.js';

runMcp(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`align mcp: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
});
