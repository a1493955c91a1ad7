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
.align-diagram .kind-decided .tick { fill: none; stroke: var(--align-background, #ffffff); stroke-width: 1.6; }
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
.align-diagram .cell.inherited rect { stroke: var(--align-text, #1f2933); stroke-width: 1; stroke-dasharray: 3 2; }
.align-diagram .role-C { fill: var(--align-condition-fill, #fffbea); }
.align-diagram .role-I { fill: var(--align-node-fill, #f5f7fa); }
.align-diagram .title { font-weight: 600; }
`;

/**
 * Added to SVG_STYLE by the roadmap and rhythm views only, so the other views' pictures keep
 * their bytes. Every colour is one of the `--align-*` variables the preview's palette sets:
 * text stays on fills the palette has checked for contrast.
 */
export const TIME_STYLE = `
.align-diagram .lane-band { fill: var(--align-node-fill, #f5f7fa); }
.align-diagram .lane-title, .align-diagram .tier text { fill: var(--align-text, #1f2933); font-weight: 600; }
.align-diagram .axis text, .align-diagram .legend text { fill: var(--align-text-muted, #52606d); font-size: 11px; }
.align-diagram .axis .year { font-weight: 600; }
.align-diagram .tier line { stroke: var(--align-node-stroke, #5b6b7f); stroke-width: 1.2; }
.align-diagram .today { stroke: var(--align-start-stroke, #1e6fbf); stroke-width: 2; }
.align-diagram .today-label { fill: var(--align-text, #1f2933); font-weight: 600; }
.align-diagram .guide { stroke: var(--align-start-stroke, #1e6fbf); stroke-width: 1; stroke-dasharray: 2 4; }
.align-diagram .symbol { fill: var(--align-node-stroke, #5b6b7f); stroke: var(--align-background, #ffffff); stroke-width: 1; }
.align-diagram .bar { stroke: var(--align-node-stroke, #5b6b7f); stroke-width: 6; stroke-linecap: round; opacity: 0.55; }
.align-diagram .kind-milestone rect { fill: var(--align-start-fill, #e3f2fd); stroke: var(--align-start-stroke, #1e6fbf); }
.align-diagram .kind-milestone .symbol { fill: var(--align-start-stroke, #1e6fbf); }
.align-diagram .kind-benefit rect { fill: var(--align-decider-fill, #e6f6ec); stroke: var(--align-decider-stroke, #2f855a); }
.align-diagram .kind-benefit .symbol { fill: var(--align-decider-stroke, #2f855a); }
.align-diagram .kind-metric rect, .align-diagram .kind-baseline rect, .align-diagram .kind-actual rect, .align-diagram .kind-target rect { fill: var(--align-condition-fill, #fffbea); stroke: var(--align-condition-stroke, #b7791f); }
.align-diagram .kind-baseline .symbol, .align-diagram .kind-actual .symbol { fill: var(--align-condition-stroke, #b7791f); }
.align-diagram .kind-target .symbol { fill: var(--align-background, #ffffff); stroke: var(--align-condition-stroke, #b7791f); stroke-width: 2.5; }
.align-diagram .kind-issue rect { fill: var(--align-condition-fill, #fffbea); stroke: var(--align-condition-stroke, #b7791f); }
.align-diagram .kind-issue .symbol { fill: var(--align-condition-stroke, #b7791f); }
.align-diagram .kind-issue .bar { stroke: var(--align-condition-stroke, #b7791f); }
.align-diagram .kind-blocker rect, .align-diagram .kind-decision.error rect { fill: var(--align-error-fill, #fde8e8); stroke: var(--align-error, #d64545); }
.align-diagram .kind-blocker .bar { stroke: var(--align-error, #d64545); }
.align-diagram .kind-closed rect { stroke-dasharray: 2 3; }
.align-diagram .kind-closed .symbol { fill: var(--align-grid, #cbd2d9); }
.align-diagram .error .symbol, .align-diagram .kind-blocker .symbol { fill: var(--align-error, #d64545); }
.align-diagram .warning rect { stroke: var(--align-condition-stroke, #b7791f); stroke-width: 2.4; }
.align-diagram .chart .actual { fill: none; stroke: var(--align-condition-stroke, #b7791f); stroke-width: 2; }
.align-diagram .chart .plan { fill: none; stroke: var(--align-edge, #7b8794); stroke-width: 1.3; stroke-dasharray: 5 4; }
.align-diagram .chart circle { fill: var(--align-condition-stroke, #b7791f); }
.align-diagram .highlight .symbol { stroke: var(--align-highlight, #f6ad55); stroke-width: 3; }
.align-diagram .kind-cadence rect { fill: var(--align-escalation-fill, #f3e8ff); stroke: var(--align-escalation-stroke, #6b46c1); }
.align-diagram .attend { fill: var(--align-decider-stroke, #2f855a); }
.align-diagram .attend.via { fill: var(--align-background, #ffffff); stroke: var(--align-decider-stroke, #2f855a); stroke-width: 2; }
`;
