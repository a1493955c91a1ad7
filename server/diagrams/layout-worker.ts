// The layout engine's thread: ELK can take seconds on a large graph, and on the server's
// main thread that would hold up hover and completion. Bundled as out/server/layout-worker.cjs.
import { parentPort } from 'node:worker_threads';
import { layoutGraph } from '../../language/diagrams/layout/elk-layout.js';
import type { LayoutReply, LayoutTask } from './layout-messages.js';

parentPort?.on('message', (task: LayoutTask) => {
    layoutGraph(task.view).then(
        layout => parentPort!.postMessage({ id: task.id, layout } satisfies LayoutReply),
        (error: unknown) => parentPort!.postMessage({ id: task.id, error: error instanceof Error ? error.message : String(error) } satisfies LayoutReply)
    );
});
