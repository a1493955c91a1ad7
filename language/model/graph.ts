// Cycle finding for the directed graphs of the model (group nesting, escalation).
// Everything here is iterative: a valid workspace may nest groups or chain escalations
// thousands deep, and recursion would overflow the stack on it.

export interface Cycle<T> {
    nodes: T[];
}

/**
 * Finds one representative cycle per strongly connected component (Tarjan), each
 * starting at the node that comes first in `nodes`, so results are deterministic.
 */
export function findCycles<T>(nodes: T[], successors: (node: T) => T[]): Array<Cycle<T>> {
    const order = new Map(nodes.map((node, i) => [node, i]));
    const rank = (node: T) => order.get(node) ?? Infinity;
    const cycles: Array<Cycle<T>> = [];
    for (const component of stronglyConnectedComponents(nodes, successors)) {
        let start = component[0];
        for (const node of component) if (rank(node) < rank(start)) start = node;
        if (component.length === 1 && !successors(start).includes(start)) continue;
        cycles.push({ nodes: shortestCycleThrough(start, new Set(component), successors) });
    }
    return cycles.sort((a, b) => rank(a.nodes[0]) - rank(b.nodes[0]));
}

/** Tarjan's algorithm with an explicit call stack. */
export function stronglyConnectedComponents<T>(nodes: T[], successors: (node: T) => T[]): T[][] {
    const index = new Map<T, number>();
    const low = new Map<T, number>();
    const onStack = new Set<T>();
    const stack: T[] = [];
    const components: T[][] = [];
    let counter = 0;

    const open = (node: T, frames: Array<{ node: T; next: T[]; at: number }>) => {
        index.set(node, counter);
        low.set(node, counter);
        counter++;
        stack.push(node);
        onStack.add(node);
        frames.push({ node, next: successors(node), at: 0 });
    };

    for (const root of nodes) {
        if (index.has(root)) continue;
        const frames: Array<{ node: T; next: T[]; at: number }> = [];
        open(root, frames);
        while (frames.length > 0) {
            const frame = frames[frames.length - 1];
            if (frame.at < frame.next.length) {
                const next = frame.next[frame.at++];
                if (!index.has(next)) {
                    open(next, frames);
                } else if (onStack.has(next)) {
                    low.set(frame.node, Math.min(low.get(frame.node)!, index.get(next)!));
                }
                continue;
            }
            frames.pop();
            const parent = frames[frames.length - 1];
            if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
            if (low.get(frame.node) === index.get(frame.node)) {
                const component: T[] = [];
                let member: T;
                do {
                    member = stack.pop()!;
                    onStack.delete(member);
                    component.push(member);
                } while (member !== frame.node);
                components.push(component);
            }
        }
    }
    return components;
}

/** Breadth-first search inside one component for the shortest cycle through `start`. */
function shortestCycleThrough<T>(start: T, members: Set<T>, successors: (node: T) => T[]): T[] {
    const previous = new Map<T, T>();
    const queue: T[] = [start];
    for (let head = 0; head < queue.length; head++) {
        const node = queue[head];
        for (const next of successors(node)) {
            if (!members.has(next)) continue;
            if (next === start) {
                const path = [node];
                while (path[path.length - 1] !== start) path.push(previous.get(path[path.length - 1])!);
                return path.reverse();
            }
            if (!previous.has(next)) {
                previous.set(next, node);
                queue.push(next);
            }
        }
    }
    return [start];
}
