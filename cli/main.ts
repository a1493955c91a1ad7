// The `align` command line (spec §5, §8): check, format, who-decides, diagram.
import { Command, CommanderError, Option } from 'commander';
import { runCheck } from './commands/check.js';
import { runDiagram } from './commands/diagram.js';
import { runDiff } from './commands/diff.js';
import { runWhoDecides } from './commands/who-decides.js';
import { runImpact } from './commands/impact.js';
import { runFormat } from './commands/format.js';
import { runReport } from './commands/report.js';
import { runAdr } from './commands/adr.js';
import { runImport } from './commands/import-backstage.js';
import { runMcp } from './mcp/mcp-server.js';
import { DIAGRAM_VIEWS } from '../language/diagrams/view-model.js';
import { TOOL_VERSION } from '../host/tool-info.js';
import { ExitCode, UsageError } from '../host/usage-error.js';

/** Parses the arguments, runs one command and returns its exit status. */
export async function main(argv: string[]): Promise<number> {
    let status: number = ExitCode.Ok;
    const program = new Command('align')
        .description('Check organizational alignment written in .align files.')
        .version(TOOL_VERSION)
        .exitOverride()
        .configureOutput({ writeErr: text => process.stderr.write(text.replace(/^error: /, 'align: ')) })
        .showSuggestionAfterError(true);

    program
        .command('check')
        .description('report every diagnostic of the workspace formed by the given files and folders')
        .argument('[paths...]', 'files or folders (searched for *.align); default: the current folder')
        .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif', 'github']).default('text'))
        .option('--today <date>', 'the date to use as today (YYYY-MM-DD), for reproducible decision-overdue')
        .option('--show-waived', 'also list the findings that waivers hide, marked as waived')
        .action(async (paths: string[], options) => {
            status = await runCheck(paths, options);
        });

    program
        .command('format')
        .description('format .align files in place, as the editor does')
        .argument('[paths...]', 'files or folders (searched for *.align); default: the current folder')
        .option('--check', 'write nothing; list the files that would change and exit 1 if any')
        .action(async (paths: string[], options) => {
            status = await runFormat(paths, options);
        });

    program
        .command('who-decides')
        .description('say who decides a decision affecting the given domains, and why')
        .argument('[paths...]', 'files or folders (searched for *.align); default: the current folder')
        .requiredOption('--domains <names>', 'comma-separated domain names, e.g. UserExperience,Architecture')
        .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
        .action(async (paths: string[], options) => {
            status = await runWhoDecides(paths, options);
        });

    program
        .command('impact')
        .description('say what the alignment would lose if a stakeholder, group or cadence were gone')
        .argument('<name>', 'the stakeholder, group or cadence, e.g. CIO')
        .argument('[paths...]', 'files or folders (searched for *.align); default: the current folder')
        .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
        .action(async (name: string, paths: string[], options) => {
            status = await runImpact(name, paths, options);
        });

    program
        .command('adr')
        .description('print (or write to -o FILE, never over an existing file) a MADR decision record for a decision, prefilled from the model')
        .argument('<name>', 'the decision, e.g. IdentityProvider')
        .argument('[paths...]', 'files or folders of one project (searched for *.align); default: the current folder')
        .option('-o, --output <file>', 'the record to create; refused when it exists')
        .action(async (name: string, paths: string[], options) => {
            status = await runAdr(name, paths, options);
        });

    program
        .command('import')
        .description('turn the users and groups of a Backstage catalog into stakeholders and groups (printed, or -o DIR/people.align, never over a file)')
        .argument('<source>', 'where from: backstage')
        .argument('<paths...>', 'catalog YAML files, or folders holding them')
        .option('-o, --output <folder>', 'the folder to write people.align into; refused when the file exists')
        .action(async (source: string, paths: string[], options) => {
            status = await runImport(source, paths, options);
        });

    program
        .command('mcp')
        .description(
            'run a Model Context Protocol server on stdio for AI assistants: read-only tools check, who_decides, impact, diff, explain_code, list_declarations, adr'
        )
        .argument('[paths...]', 'files or folders of the projects to answer about; default: the current folder')
        .action(async (paths: string[]) => {
            await runMcp(paths);
        });

    program
        .command('diagram')
        .description('draw the decision framework (decision-flow, escalation, raci, roadmap or rhythm view)')
        .argument('[paths...]', 'files or folders (searched for *.align); default: the current folder')
        .addOption(new Option('--view <view>', 'which view').choices([...DIAGRAM_VIEWS]).makeOptionMandatory())
        .addOption(new Option('--format <format>', 'output format (png needs -o FILE)').choices(['svg', 'png', 'mermaid', 'json']).default('svg'))
        .option('-o, --output <file>', 'write to this file instead of standard output')
        .option('--today <date>', "the date to use as today (YYYY-MM-DD): the roadmap's today line and its overdue decisions")
        .action(async (paths: string[], options) => {
            status = await runDiagram(paths, options);
        });

    program
        .command('report')
        .description('write one self-contained HTML report of a project: findings, who decides, RACI, rhythm, escalation, roadmap, scorecard, risks')
        .argument('[paths...]', 'files or folders of one project (searched for *.align); default: the current folder')
        .option('-o, --output <file>', 'the HTML file to write (default: align-report.html)')
        .option('--today <date>', "the date to use as today (YYYY-MM-DD): the roadmap's today line and what is overdue")
        .action(async (paths: string[], options) => {
            status = await runReport(paths, options);
        });

    program
        .command('diff')
        .description('the semantic difference in alignment between two versions: the files at a git revision (--base) or an old folder')
        .argument(
            '[paths...]',
            'with --base: files or folders (default: the current folder); without: OLD-PATH [NEW-PATH] (default NEW-PATH: the current folder)'
        )
        .option('--base <rev>', 'compare the working tree with the files at this git revision (e.g. HEAD, origin/main)')
        .addOption(new Option('--format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
        .option('--fail-on-new-errors', 'exit 1 when the newer version has an error the older one did not')
        .option('--today <date>', 'the date to use as today (YYYY-MM-DD) in both versions')
        .action(async (paths: string[], options) => {
            status = await runDiff(paths, options);
        });

    try {
        await program.parseAsync(argv, { from: 'user' });
        return status;
    } catch (error) {
        if (error instanceof CommanderError) {
            // Help and version are not errors; commander has already printed the one-line reason otherwise.
            return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
        }
        if (error instanceof UsageError) {
            process.stderr.write(`align: ${error.message}\n`);
            return ExitCode.Usage;
        }
        process.stderr.write(`align: internal error: ${(error as Error).message}\n`);
        return ExitCode.Usage;
    }
}

// `align check | head`: the reader went away, as a pager or `head` does. Like ripgrep and git,
// stop quietly instead of dying with an unhandled EPIPE stack trace; anything else still fails.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') process.exit(process.exitCode ?? ExitCode.Ok);
        throw error;
    });
}

main(process.argv.slice(2)).then(
    code => {
        process.exitCode = code;
    },
    error => {
        process.stderr.write(`align: internal error: ${String(error)}\n`);
        process.exitCode = ExitCode.Usage;
    }
);
