// Cycle finding for the directed graphs of the model (group nesting, escalation).

export interface Cycle<T> {
    nodes: T[];
}

/**
 * Finds one representative cycle per strongly connected component (Tarjan), each
 * starting at the node that comes first in `nodes`, so results are deterministic.
 */
export function findCycles<T>(nodes: T[], successors: (node: T) => T[]): Array<Cycle<T>> {
    const order = new Map(nodes.map((node, i) => [node, i]));
    const index = new Map<T, number>();
    const low = new Map<T, number>();
    const onStack = new Set<T>();
    const stack: T[] = [];
    const components: T[][] = [];
    let counter = 0;

    const connect = (node: T) => {
        index.set(node, counter);
        low.set(node, counter);
        counter++;
        stack.push(node);
        onStack.add(node);
        for (const next of successors(node)) {
            if (!index.has(next)) {
                connect(next);
                low.set(node, Math.min(low.get(node)!, low.get(next)!));
            } else if (onStack.has(next)) {
                low.set(node, Math.min(low.get(node)!, index.get(next)!));
            }
        }
        if (low.get(node) === index.get(node)) {
            const component: T[] = [];
            let member: T;
            do {
                member = stack.pop()!;
                onStack.delete(member);
                component.push(member);
            } while (member !== node);
            components.push(component);
        }
    };
    nodes.forEach(node => { if (!index.has(node)) connect(node); });

    const cycles: Array<Cycle<T>> = [];
    for (const component of components) {
        const members = new Set(component);
        const start = [...component].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity))[0];
        if (component.length === 1 && !successors(start).includes(start)) continue;
        cycles.push({ nodes: pathBack(start, members, successors) });
    }
    return cycles.sort((a, b) => (order.get(a.nodes[0]) ?? 0) - (order.get(b.nodes[0]) ?? 0));
}

/** Breadth-first search inside one component for the shortest cycle through `start`. */
function pathBack<T>(start: T, members: Set<T>, successors: (node: T) => T[]): T[] {
    const previous = new Map<T, T>();
    const queue: T[] = [start];
    while (queue.length > 0) {
        const node = queue.shift()!;
        for (const next of successors(node)) {
            if (!members.has(next)) continue;
            if (next === start) {
                const path = [node];
                while (path[0] !== start) path.unshift(previous.get(path[0])!);
                return path;
            }
            if (!previous.has(next)) {
                previous.set(next, node);
                queue.push(next);
            }
        }
    }
    return [start];
}
