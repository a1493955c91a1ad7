// Lays out a graph view with ELK's layered algorithm (left to right, orthogonal edges).
// ELK is a maintained, deterministic layout engine that runs in plain JavaScript: no
// native binary or WebAssembly to ship in the extension, the CLI or the server.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { GraphView, ViewEdge, ViewNode } from '../view-model.js';
import { boxSize, LINE_HEIGHT, textWidth } from './measure.js';

export interface Box {
    x: number;
    y: number;
    width: number;
    height: number;
}
export interface Point {
    x: number;
    y: number;
}

export interface LaidOutGraph {
    view: GraphView;
    width: number;
    height: number;
    nodes: Array<ViewNode & Box>;
    edges: Array<ViewEdge & { points: Point[]; labelBox?: Box }>;
}

const elk = new ELK();

const LAYOUT_OPTIONS = {
    'elk.algorithm': 'layered',
    'elk.direction': 'RIGHT',
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.layered.spacing.nodeNodeBetweenLayers': '56',
    'elk.spacing.nodeNode': '22',
    'elk.spacing.edgeLabel': '4',
    'elk.spacing.edgeNode': '16',
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    'elk.edgeLabels.inline': 'false',
    'elk.padding': '[top=20,left=20,bottom=20,right=20]'
};

const MODEL_ORDER = {
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    'elk.layered.crossingMinimization.forceNodeModelOrder': 'true'
};

/** Computes positions for every node and a route for every edge. */
export async function layoutGraph(view: GraphView): Promise<LaidOutGraph> {
    const graph: ElkNode = {
        id: 'root',
        // The decision flow reads top to bottom in the order of the resolution (docs/language.md,
        // "Who decides"): its branches keep the order the view lists them in.
        layoutOptions: view.kind === 'decision-flow' ? { ...LAYOUT_OPTIONS, ...MODEL_ORDER } : LAYOUT_OPTIONS,
        children: view.nodes.map(node => ({ id: node.id, ...boxSize(node.label) })),
        edges: view.edges.map((edge): ElkExtendedEdge => ({
            id: edge.id,
            sources: [edge.from],
            targets: [edge.to],
            labels: edge.label ? [{ id: `${edge.id}:label`, text: edge.label, width: textWidth(edge.label) + 8, height: LINE_HEIGHT }] : []
        }))
    };
    const result = await elk.layout(graph);
    const placed = new Map((result.children ?? []).map(child => [child.id, child]));
    const routed = new Map((result.edges ?? []).map(edge => [edge.id, edge as ElkExtendedEdge]));
    return {
        view,
        width: Math.ceil(result.width ?? 0),
        height: Math.ceil(result.height ?? 0),
        nodes: view.nodes.map(node => {
            const box = placed.get(node.id)!;
            return { ...node, x: box.x ?? 0, y: box.y ?? 0, width: box.width ?? 0, height: box.height ?? 0 };
        }),
        edges: view.edges.map(edge => {
            const layout = routed.get(edge.id);
            const section = layout?.sections?.[0];
            const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
            const label = layout?.labels?.[0];
            const labelBox = label ? { x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0 } : undefined;
            return { ...edge, points, labelBox };
        })
    };
}
