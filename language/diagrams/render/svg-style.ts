// The stylesheet embedded in every SVG. Colours are CSS variables with light defaults, so a
// host (the VS Code preview) can theme the picture by setting the variables.

/** The `<style>` contents shared by all views. */
export const SVG_STYLE = `
.align-diagram { font-family: var(--align-font, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif); font-size: 13px; }
.align-diagram .background { fill: var(--align-background, #ffffff); }
.align-diagram .node rect { fill: var(--align-node-fill, #f5f7fa); stroke: var(--align-node-stroke, #5b6b7f); stroke-width: 1.2; }
.align-diagram .node text, .align-diagram .cell text, .align-diagram .header text { fill: var(--align-text, #1f2933); }
.align-diagram .node .secondary { fill: var(--align-text-muted, #52606d); font-size: 12px; }
.align-diagram .kind-start rect { fill: var(--align-start-fill, #e3f2fd); stroke: var(--align-start-stroke, #1e6fbf); }
.align-diagram .kind-condition rect { fill: var(--align-condition-fill, #fffbea); stroke: var(--align-condition-stroke, #b7791f); }
.align-diagram .kind-decider rect { fill: var(--align-decider-fill, #e6f6ec); stroke: var(--align-decider-stroke, #2f855a); }
.align-diagram .kind-escalation rect { fill: var(--align-escalation-fill, #f3e8ff); stroke: var(--align-escalation-stroke, #6b46c1); }
.align-diagram .kind-decision rect { fill: var(--align-decision-fill, #ffffff); stroke-dasharray: 4 3; }
.align-diagram .kind-no-authority rect { fill: var(--align-error-fill, #fde8e8); }
.align-diagram .error rect { stroke: var(--align-error, #d64545); stroke-width: 2.4; }
.align-diagram .highlight rect { stroke: var(--align-highlight, #f6ad55); stroke-width: 3; }
.align-diagram .edge path { fill: none; stroke: var(--align-edge, #7b8794); stroke-width: 1.3; }
.align-diagram .edge.dashed path { stroke-dasharray: 5 4; }
.align-diagram .edge.error path { stroke: var(--align-error, #d64545); stroke-width: 2; }
.align-diagram .edge text { fill: var(--align-text-muted, #52606d); font-size: 11px; }
.align-diagram .arrow { fill: var(--align-edge, #7b8794); }
.align-diagram .arrow-error { fill: var(--align-error, #d64545); }
.align-diagram .grid { stroke: var(--align-grid, #cbd2d9); stroke-width: 1; }
.align-diagram .org text { fill: var(--align-text-muted, #52606d); font-weight: 600; }
.align-diagram .role-A { fill: var(--align-decider-fill, #e6f6ec); }
.align-diagram .role-R { fill: var(--align-start-fill, #e3f2fd); }
.align-diagram .role-C { fill: var(--align-condition-fill, #fffbea); }
.align-diagram .role-I { fill: var(--align-node-fill, #f5f7fa); }
.align-diagram .title { font-weight: 600; }
`;
