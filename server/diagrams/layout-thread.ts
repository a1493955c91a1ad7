// Runs graph layout on a worker thread when the bundled worker is there (the server as
// shipped), else on the calling thread (tests running the sources). A worker that dies is
// replaced on the next layout; the layouts it had in hand fail with a clear message.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { layoutGraph, type LaidOutGraph } from '../../language/diagrams/layout/elk-layout.js';
import type { GraphView } from '../../language/diagrams/view-model.js';
import type { LayoutReply, LayoutTask } from './layout-messages.js';

type Pending = { resolve: (layout: LaidOutGraph) => void; reject: (error: Error) => void };

export class LayoutThread {
    private worker: Worker | undefined;
    private readonly pending = new Map<number, Pending>();
    private nextId = 1;

    constructor(private readonly workerFile: string | undefined = bundledWorker()) {}

    /** True when layouts run off the calling thread. */
    get offThread(): boolean {
        return this.workerFile !== undefined;
    }

    /** Lays out a graph view, on the worker thread when there is one. */
    layout(view: GraphView): Promise<LaidOutGraph> {
        if (!this.workerFile) return layoutGraph(view);
        const worker = (this.worker ??= this.start(this.workerFile));
        const id = this.nextId++;
        return new Promise<LaidOutGraph>((resolve, reject) => {
            this.pending.set(id, { resolve, reject });
            worker.postMessage({ id, view } satisfies LayoutTask);
        });
    }

    /** Stops the worker thread. */
    dispose(): void {
        void this.worker?.terminate();
        this.worker = undefined;
    }

    private start(file: string): Worker {
        const worker = new Worker(file);
        // An idle worker must not keep the process alive (the CLI, tests).
        worker.unref();
        worker.on('message', (reply: LayoutReply) => {
            const waiting = this.pending.get(reply.id);
            this.pending.delete(reply.id);
            if (reply.layout) waiting?.resolve(reply.layout);
            else waiting?.reject(new Error(`the layout failed: ${reply.error}`));
        });
        const fail = (reason: string) => {
            if (this.worker === worker) this.worker = undefined;
            for (const waiting of this.pending.values()) waiting.reject(new Error(`the layout thread stopped: ${reason}`));
            this.pending.clear();
        };
        worker.on('error', error => fail(error.message));
        worker.on('exit', code => fail(`exit code ${code}`));
        return worker;
    }
}

/** The worker file next to the bundled server, if this is the bundle. */
function bundledWorker(): string | undefined {
    const file = join(dirname(fileURLToPath(import.meta.url)), 'layout-worker.cjs');
    return existsSync(file) ? file : undefined;
}
