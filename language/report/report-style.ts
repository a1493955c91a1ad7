// The report's one stylesheet, inlined: the page follows the system's light or dark theme
// (prefers-color-scheme) and prints as clean light pages. The pictures are themed the way the
// preview themes them, through the `--align-*` variables of their own stylesheet (svg-style.ts);
// the dark values below keep every label at 4.5:1 or more against its box (test/report checks).

/** Colours of the page and of the pictures' variables, light (also used in print). */
export const LIGHT_PALETTE: Record<string, string> = {
    '--report-background': '#ffffff',
    '--report-text': '#1f2933',
    '--report-muted': '#52606d',
    '--report-border': '#cbd2d9',
    '--report-stripe': '#f5f7fa',
    '--report-link': '#1a62ad',
    '--report-error': '#b42318',
    '--report-error-fill': '#fde8e8',
    '--report-warning': '#8a5300',
    '--report-warning-fill': '#fff4d6',
    '--report-ok': '#23663f',
    '--report-ok-fill': '#e6f6ec',
    '--align-background': '#ffffff'
};

/** The dark theme: page colours and every `--align-*` variable the pictures read. */
export const DARK_PALETTE: Record<string, string> = {
    '--report-background': '#1b1f24',
    '--report-text': '#e8ebef',
    '--report-muted': '#b4bec9',
    '--report-border': '#3d4550',
    '--report-stripe': '#22272e',
    '--report-link': '#8cc4ff',
    '--report-error': '#ff9b94',
    '--report-error-fill': '#45201f',
    '--report-warning': '#f0c36a',
    '--report-warning-fill': '#3a3119',
    '--report-ok': '#8ad6a8',
    '--report-ok-fill': '#1c3a2a',
    '--align-background': '#1b1f24',
    '--align-text': '#e8ebef',
    '--align-text-muted': '#b4bec9',
    '--align-node-fill': '#262b32',
    '--align-node-stroke': '#8c99a8',
    '--align-start-fill': '#1c3149',
    '--align-start-stroke': '#5fa8ee',
    '--align-condition-fill': '#3a3119',
    '--align-condition-stroke': '#d6a647',
    '--align-decider-fill': '#1c3a2a',
    '--align-decider-stroke': '#5cbf86',
    '--align-escalation-fill': '#2f2745',
    '--align-escalation-stroke': '#a68cf0',
    '--align-decision-fill': '#1b1f24',
    '--align-error-fill': '#45201f',
    '--align-error': '#f47a7a',
    '--align-edge': '#8c99a8',
    '--align-grid': '#3d4550',
    '--align-highlight': '#f6ad55'
};

/** `--a: x; --b: y;` for a rule's body. */
export function declarations(palette: Record<string, string>): string {
    return Object.entries(palette)
        .map(([name, value]) => `${name}: ${value};`)
        .join(' ');
}

/** The stylesheet of the report page. */
export const REPORT_STYLE = `
:root { color-scheme: light dark; ${declarations(LIGHT_PALETTE)} }
@media screen and (prefers-color-scheme: dark) { :root { ${declarations(DARK_PALETTE)} } }
* { box-sizing: border-box; }
html { background: var(--report-background); }
body { margin: 0 auto; max-width: 78rem; padding: 1.5rem 2rem 3rem; background: var(--report-background); color: var(--report-text);
  font: 15px/1.5 -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .75rem; padding-bottom: .3rem; border-bottom: 2px solid var(--report-border); }
h3 { font-size: 1.08rem; margin: 1.5rem 0 .5rem; }
p { margin: .4rem 0; }
a { color: var(--report-link); }
code { font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; font-size: .92em; }
.muted, .title { color: var(--report-muted); }
.title { display: block; font-size: .9em; }
.subtitle { color: var(--report-muted); margin: 0; }
.counts { display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; margin: 1rem 0; list-style: none; }
.counts li { border: 1px solid var(--report-border); border-radius: 6px; padding: .3rem .7rem; }
.counts strong { font-size: 1.1em; }
nav.toc { margin: 1rem 0 0; padding: .6rem .9rem; border: 1px solid var(--report-border); border-radius: 6px; }
nav.toc ol { margin: 0; padding-left: 1.2rem; columns: 2; }
section { content-visibility: auto; contain-intrinsic-size: auto 800px; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .93em; }
th, td { text-align: left; vertical-align: top; padding: .35rem .55rem; border-bottom: 1px solid var(--report-border); }
thead th { border-bottom: 2px solid var(--report-border); white-space: nowrap; }
tbody tr:nth-child(even) { background: var(--report-stripe); }
table.facts { width: auto; }
table.facts th { width: 13rem; color: var(--report-muted); font-weight: 600; }
table.facts tr { background: none !important; }
ul.plain { margin: .3rem 0; padding-left: 1.2rem; }
.badge { display: inline-block; border-radius: 4px; padding: 0 .4rem; font-size: .85em; font-weight: 600; white-space: nowrap; }
.latency-bar rect { fill: var(--report-link); }
.error, .nobody, .late, .off-track { color: var(--report-error); }
.warning { color: var(--report-warning); }
.ok, .on-track { color: var(--report-ok); }
.badge.error, .badge.blocker { background: var(--report-error-fill); color: var(--report-error); }
.badge.warning, .badge.issue { background: var(--report-warning-fill); color: var(--report-warning); }
.badge.info, .badge.hint, .badge.risk, .badge.closed { background: var(--report-stripe); color: var(--report-muted); }
.badge.ok { background: var(--report-ok-fill); color: var(--report-ok); }
.finding-code { margin-top: 1.2rem; }
.finding-code .fix { margin: .2rem 0 .3rem; }
.findings { margin: .3rem 0; padding-left: 1.2rem; }
.findings li { margin: .15rem 0; }
.where { font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; font-size: .88em; color: var(--report-muted); }
figure { margin: 1rem 0; }
.picture { overflow: auto; max-height: 80vh; border: 1px solid var(--report-border); border-radius: 6px; background: var(--align-background); }
.picture svg { display: block; }
figcaption { color: var(--report-muted); font-size: .9em; margin-top: .3rem; }
footer { margin-top: 3rem; color: var(--report-muted); font-size: .85em; }
.empty { color: var(--report-muted); font-style: italic; }
@media print {
  :root { color-scheme: light; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav.toc, .chrome { display: none !important; }
  section { content-visibility: visible; }
  /* Sections run on from one another; a heading never ends a page, a picture or row never straddles two. */
  h2, h3 { break-after: avoid; }
  tr, li, figure { break-inside: avoid; }
  thead { display: table-header-group; }
  .picture { overflow: visible; max-height: none; border: none; }
  .picture svg { max-width: 100%; height: auto; }
  a { color: inherit; text-decoration: none; }
  a.docs::after { content: " (" attr(href) ")"; font-size: .85em; color: var(--report-muted); word-break: break-all; }
}
`;
