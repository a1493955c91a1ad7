// What the server and its layout thread say to each other.
import type { LaidOutGraph } from '../../language/diagrams/layout/elk-layout.js';
import type { GraphView } from '../../language/diagrams/view-model.js';

export interface LayoutTask {
    id: number;
    view: GraphView;
}

export type LayoutReply = { id: number; layout: LaidOutGraph; error?: undefined } | { id: number; error: string; layout?: undefined };
