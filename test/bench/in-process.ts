// In one process, on the same text: Langium's parse alone against the full build (link,
// validate, alignment model), at 10k and 100k lines, in 1 and in 200 files.
import { URI } from 'langium';
import { createAlignCoreServices } from '../../language/align-module.js';
import { realisticFiles } from '../pathological/generators.js';
import { median, row } from './table.js';

const LINES_PER_UNIT = 40;

async function once(files: Record<string, string>, parseOnly: boolean): Promise<number> {
    const { shared, Align } = createAlignCoreServices();
    const t0 = performance.now();
    const documents = Object.entries(files).map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/bench/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    if (!parseOnly) {
        await shared.workspace.DocumentBuilder.build(documents, { validation: true });
        void Align.align.AlignmentModel.model.decisions.size;
    }
    return performance.now() - t0;
}

/** Prints the parse-only / full-build table. */
export async function inProcessTable(): Promise<void> {
    console.log('\nIn one process, same text, median of runs (issue 10 targets: full ≤ 2.5× parse at 200 files, ≤ 3× in one file)');
    console.log(row(['workspace', 'parse only', 'full build', 'ratio', 'beyond parsing']));
    // These machines are noisy and a ratio of two noisy figures is noisier: medians of 7 and 5 runs.
    for (const [lines, fileCount, runs] of [
        [10_000, 1, 7],
        [10_000, 200, 7],
        [100_000, 200, 5],
        [100_000, 1, 5]
    ] as const) {
        const files = realisticFiles(Math.round(lines / LINES_PER_UNIT), fileCount);
        const parse: number[] = [];
        const full: number[] = [];
        for (let i = 0; i < runs; i++) {
            parse.push(await once(files, true));
            full.push(await once(files, false));
        }
        const [p, f] = [median(parse), median(full)];
        console.log(
            row([
                `${lines / 1000}k lines, ${fileCount} file${fileCount > 1 ? 's' : ''}`,
                `${p.toFixed(0)} ms`,
                `${f.toFixed(0)} ms`,
                `${(f / p).toFixed(2)}×`,
                `${(f - p).toFixed(0)} ms`
            ])
        );
    }
}
