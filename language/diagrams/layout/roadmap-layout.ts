// Places the roadmap: months left to right, one band per lane, each element a marker at its
// date with its label beside it. Labels of elements close in time go to the next tier down
// instead of on top of each other. Deterministic: estimated text widths, no browser.
import type { RoadmapLane, RoadmapMark, RoadmapTrackHeader, RoadmapView } from '../view-model.js';
import type { Box, Point } from './elk-layout.js';
import { boldWidth, labelWidth } from './label-width.js';
import { LINE_HEIGHT } from './measure.js';

export interface PlacedMark {
    mark: RoadmapMark;
    /** Centre of the marker. */
    x: number;
    y: number;
    box: Box;
    /** Right end of an open risk's bar (today), when it has one. */
    barEnd?: number;
}

/** A metric's values over time, drawn small above its labels: what was measured against the plan. */
export interface PlacedChart {
    actual: Point[];
    plan: Point[];
}

export interface PlacedTrack {
    top: number;
    height: number;
    header?: { header: RoadmapTrackHeader; box: Box };
    chart?: PlacedChart;
    marks: PlacedMark[];
}

export interface PlacedLane {
    lane: RoadmapLane;
    top: number;
    height: number;
    tracks: PlacedTrack[];
}

export interface Tick {
    x: number;
    /** Month (`Jan`) or, when ticks are a year or more apart, the year. */
    label: string;
    labelX: number;
    anchor: 'middle' | 'start';
    /** The year, written above January and the first month. */
    year?: string;
}

export interface RoadmapLayout {
    view: RoadmapView;
    width: number;
    height: number;
    /** Where the time axis starts and ends, horizontally. */
    timeline: { left: number; right: number; monthWidth: number };
    /** Top of the lanes (bottom of the axis header) and their bottom. */
    lanesTop: number;
    lanesBottom: number;
    ticks: Tick[];
    /** The "no date" column, when some element has no date. */
    undated?: { x: number; width: number };
    today: { x: number; labelX: number; label: string };
    /** Vertical guides at the milestones' dates. */
    guides: Array<{ id: string; x: number }>;
    lanes: PlacedLane[];
    /** Baseline of the footer line (today's label). */
    footerY: number;
    /** Left column: lane titles and metric names. */
    titleColumn: { x: number; width: number };
}

const PAD = 16;
const HEADER = 48;
const GAP_X = 12;
const GAP_Y = 8;
const MARKER = 8;
const BOX_PADDING = { x: 8, y: 4 };
const CHART_HEIGHT = 40;
const LANE_TITLE_STRIP = 30;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Candidate spacings of ticks, in months: the first that leaves room for a label wins. */
const TICK_STEPS = [1, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000];

function monthIndex(iso: string): number {
    return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

/** How far into its month a date lies, from 0 (the 1st) to just under 1. */
function monthFraction(iso: string): number {
    const year = Number(iso.slice(0, 4));
    const month = Number(iso.slice(5, 7));
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return (Number(iso.slice(8, 10)) - 1) / days;
}

function boxOf(label: string[]): { width: number; height: number } {
    return {
        width: Math.max(40, ...label.map((line, i) => (i === 0 ? boldWidth(line) : labelWidth(line)))) + BOX_PADDING.x * 2,
        height: label.length * LINE_HEIGHT + BOX_PADDING.y * 2
    };
}

/** The width of the time axis per month: wide for a short plan, never so narrow that labels collide. */
function monthWidthFor(months: number): number {
    if (months * 72 <= 1100) return 72;
    const width = Math.max(1100 / months, 30);
    // A span of centuries (a typo in a year) must not make a picture kilometres wide.
    return months * width > 6000 ? 6000 / months : width;
}

/** Computes the position of every lane, mark, tick and line of the roadmap. */
export function layoutRoadmap(view: RoadmapView): RoadmapLayout {
    const marks = view.lanes.flatMap(lane => lane.tracks.flatMap(track => track.marks));
    const dates = [view.today, ...marks.flatMap(mark => [mark.date, mark.until]).filter((d): d is string => d !== undefined)];
    const first = Math.min(...dates.map(monthIndex));
    const last = Math.max(...dates.map(monthIndex));
    const months = last - first + 1;
    const monthWidth = monthWidthFor(months);

    const headers = view.lanes.flatMap(lane => lane.tracks.flatMap(track => (track.header ? [track.header] : [])));
    const titleWidth = Math.max(
        110,
        ...view.lanes.map(lane => boldWidth(lane.title) + 24),
        ...headers.map(header => boldWidth(header.name) + BOX_PADDING.x * 2 + 16)
    );
    const titleColumn = { x: PAD, width: titleWidth };
    const undatedMarks = marks.filter(mark => mark.date === undefined);
    const undatedWidth =
        undatedMarks.length > 0 ? Math.max(labelWidth('no date') + 16, ...undatedMarks.map(mark => MARKER * 2 + boxOf(mark.label).width + 16)) : 0;
    const undated = undatedWidth > 0 ? { x: PAD + titleWidth, width: undatedWidth } : undefined;
    const left = PAD + titleWidth + (undated ? undatedWidth + 8 : 0) + GAP_X;
    const right = left + months * monthWidth;
    const xOf = (iso: string) => left + (monthIndex(iso) - first + monthFraction(iso)) * monthWidth;

    let y = HEADER;
    let widest = right;
    const lanes: PlacedLane[] = view.lanes.map(lane => {
        const top = y;
        // The metrics lane lists one metric per track: its title gets a strip of its own.
        if (lane.kind === 'metrics') y += LANE_TITLE_STRIP;
        const tracks = lane.tracks.map(track => {
            const placed = placeTrack(track.marks, y, xOf, undated, track.header !== undefined);
            const header = track.header ? { header: track.header, box: { x: PAD + 8, y: y + 8, width: titleWidth - 16, height: LINE_HEIGHT + 9 } } : undefined;
            const height = Math.max(placed.height, header ? header.box.height + 16 : 42);
            for (const mark of placed.marks) widest = Math.max(widest, mark.box.x + mark.box.width, mark.barEnd ?? 0);
            const result: PlacedTrack = { top: y, height, header, chart: placed.chart, marks: placed.marks };
            y += height;
            return result;
        });
        y += 4;
        return { lane, top, height: y - top, tracks };
    });
    const lanesBottom = y;

    const todayX = xOf(view.today);
    const label = `today ${view.today}`;
    const todayWidth = boldWidth(label);
    const labelX = Math.max(left - GAP_X, todayX - todayWidth / 2);
    widest = Math.max(widest, labelX + todayWidth);
    const guides = view.lanes
        .filter(lane => lane.kind === 'milestones')
        .flatMap(lane => lane.tracks.flatMap(track => track.marks))
        .filter(mark => mark.date !== undefined)
        .map(mark => ({ id: mark.id, x: xOf(mark.date!) }));

    return {
        view,
        width: Math.ceil(widest + PAD),
        height: lanesBottom + 36,
        timeline: { left, right, monthWidth },
        lanesTop: HEADER,
        lanesBottom,
        ticks: ticks(first, last, left, monthWidth),
        undated,
        today: { x: todayX, labelX, label },
        guides,
        lanes,
        footerY: lanesBottom + 22,
        titleColumn
    };
}

/** Places the marks of one track in tiers, so that no two labels overlap. */
function placeTrack(
    marks: RoadmapMark[],
    top: number,
    xOf: (iso: string) => number,
    undated: { x: number } | undefined,
    chart: boolean
): { marks: PlacedMark[]; height: number; chart?: PlacedChart } {
    const units = marks.map(mark => {
        const x = mark.date !== undefined ? xOf(mark.date) : undated!.x + 8 + MARKER;
        const size = boxOf(mark.label);
        const barEnd = mark.date !== undefined && mark.until !== undefined && xOf(mark.until) > x ? xOf(mark.until) : undefined;
        return { mark, x, size, barEnd, left: x - MARKER, right: Math.max(x + MARKER + 2 + size.width, barEnd ?? 0) };
    });
    // Undated first (they sit in their own column), then in time order.
    const order = [...units].sort((a, b) => Number(a.mark.date !== undefined) - Number(b.mark.date !== undefined) || a.x - b.x);
    const tierEnds: number[] = [];
    const tierHeights: number[] = [];
    const tierOf = new Map<(typeof units)[number], number>();
    for (const unit of order) {
        let tier = tierEnds.findIndex(end => end + GAP_X <= unit.left);
        if (tier < 0) tier = tierEnds.length;
        tierEnds[tier] = unit.right;
        tierHeights[tier] = Math.max(tierHeights[tier] ?? 0, unit.size.height);
        tierOf.set(unit, tier);
    }
    const placedChart = chart
        ? chartOf(
              units.filter(unit => unit.mark.date !== undefined),
              top + 8
          )
        : undefined;
    let y = top + 8 + (placedChart ? CHART_HEIGHT + 6 : 0);
    const tierTops = tierHeights.map(height => {
        const at = y;
        y += height + GAP_Y;
        return at;
    });
    const placed = units.map(unit => {
        const boxTop = tierTops[tierOf.get(unit)!];
        const box = { x: unit.x + MARKER + 2, y: boxTop, width: unit.size.width, height: unit.size.height };
        return { mark: unit.mark, x: unit.x, y: boxTop + unit.size.height / 2, box, barEnd: unit.barEnd };
    });
    return { marks: placed, height: y - top, chart: placedChart };
}

/** A metric's baseline and actuals (measured) and its baseline-to-target line (plan), scaled into a strip. */
function chartOf(points: Array<{ mark: RoadmapMark; x: number }>, top: number): PlacedChart | undefined {
    const values = points.flatMap(point => (point.mark.value !== undefined ? [{ ...point, value: point.mark.value }] : []));
    if (values.length < 2) return undefined;
    const low = Math.min(...values.map(v => v.value));
    const high = Math.max(...values.map(v => v.value));
    const yOf = (value: number) => (high === low ? top + CHART_HEIGHT / 2 : top + 4 + ((high - value) / (high - low)) * (CHART_HEIGHT - 8));
    const at = (v: { x: number; value: number }) => ({ x: v.x, y: yOf(v.value) });
    const measured = values.filter(v => v.mark.kind === 'baseline' || v.mark.kind === 'actual').sort((a, b) => a.x - b.x);
    const target = values.find(v => v.mark.kind === 'target');
    const start = measured[0];
    return { actual: measured.map(at), plan: start && target && target.x > start.x ? [at(start), at(target)] : [] };
}

/** Gridline positions and labels, spaced so that labels never touch. */
function ticks(first: number, last: number, left: number, monthWidth: number): Tick[] {
    const step = TICK_STEPS.find(months => months * monthWidth >= 34) ?? TICK_STEPS[TICK_STEPS.length - 1];
    const result: Tick[] = [];
    for (let index = first; index <= last; index++) {
        const year = Math.floor(index / 12);
        const month = index % 12;
        const x = left + (index - first) * monthWidth;
        if (step < 12) {
            if (month % step !== 0) continue;
            // The first month names its year too, unless January follows too closely to leave room.
            const named = month === 0 || (result.length === 0 && 12 - month >= 2);
            const label = MONTHS[month];
            result.push(
                step === 1
                    ? { x, label, labelX: x + monthWidth / 2, anchor: 'middle', year: named ? String(year) : undefined }
                    : { x, label, labelX: x + 3, anchor: 'start', year: named ? String(year) : undefined }
            );
        } else if (month === 0 && year % (step / 12) === 0) {
            result.push({ x, label: String(year), labelX: x + 3, anchor: 'start' });
        }
    }
    return result;
}
