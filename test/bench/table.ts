// Small helpers to print benchmark figures as aligned table rows.

/** The median of some samples. */
export function median(samples: number[]): number {
    const sorted = [...samples].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The 95th percentile of some samples. */
export function p95(samples: number[]): number {
    const sorted = [...samples].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
}

/** One table row in Markdown, so the output can be pasted into docs/performance.md. */
export function row(cells: string[]): string {
    return `| ${cells.join(' | ')} |`;
}
