// Pan and zoom by scrolling: the picture is drawn at its zoomed size inside a scrolling pane,
// so scroll bars, the wheel and the keyboard work as everywhere else. Zoom keeps the point
// under the pointer (or the centre of the pane) where it is.

/** Diagram text is 13 px; 8.5 px is the smallest still legible: never fit smaller than this, scroll instead. */
export const READABLE_SCALE = 8.5 / 13;
const MAX_SCALE = 4;
const MIN_SCALE = 0.1;

export class Viewport {
    scale = 1;
    /** True once the user zoomed: new pictures keep their zoom instead of fitting again. */
    userZoomed = false;

    constructor(
        private readonly pane: HTMLElement,
        private readonly canvas: HTMLElement
    ) {}

    private get svg(): SVGSVGElement | null {
        return this.canvas.querySelector('svg');
    }

    private natural(): { width: number; height: number } {
        const svg = this.svg;
        return { width: Number(svg?.getAttribute('width')) || 1, height: Number(svg?.getAttribute('height')) || 1 };
    }

    /** Fits the whole picture to the pane, else its width, never below a legible text size nor above 1.5×; returns whether the width fits. */
    fit(): boolean {
        const { width, height } = this.natural();
        // The canvas's padding (8 px each side) does not zoom.
        const widthFit = (this.pane.clientWidth - 16) / width;
        const wholeFit = Math.min(widthFit, (this.pane.clientHeight - 16) / height);
        // A picture that fits whole at a legible size is shown whole; otherwise fit the width and scroll down.
        const scale = wholeFit >= READABLE_SCALE ? wholeFit : widthFit;
        this.userZoomed = false;
        this.apply(Math.min(1.5, Math.max(READABLE_SCALE, scale)), { x: 0, y: 0 }, { x: 0, y: 0 });
        this.pane.scrollTo({ left: 0, top: 0 });
        return widthFit >= READABLE_SCALE;
    }

    /** Zooms by a factor around a point of the pane (its centre by default). */
    zoom(factor: number, at?: { x: number; y: number }): void {
        const point = at ?? { x: this.pane.clientWidth / 2, y: this.pane.clientHeight / 2 };
        const origin = this.origin();
        const content = { x: (this.pane.scrollLeft + point.x - origin.x) / this.scale, y: (this.pane.scrollTop + point.y - origin.y) / this.scale };
        this.userZoomed = true;
        this.apply(Math.min(MAX_SCALE, Math.max(MIN_SCALE, this.scale * factor)), content, point);
    }

    /** Keeps the current zoom for a new picture. */
    refresh(): void {
        this.apply(this.scale, { x: 0, y: 0 }, { x: 0, y: 0 }, false);
    }

    private apply(scale: number, content: { x: number; y: number }, point: { x: number; y: number }, scroll = true): void {
        this.scale = scale;
        const svg = this.svg;
        if (!svg) return;
        const { width, height } = this.natural();
        svg.style.width = `${width * scale}px`;
        svg.style.height = `${height * scale}px`;
        const origin = this.origin();
        if (scroll) this.pane.scrollTo({ left: content.x * scale + origin.x - point.x, top: content.y * scale + origin.y - point.y });
    }

    /** Where the picture starts inside the scrolled content (the canvas's padding, which does not zoom). */
    private origin(): { x: number; y: number } {
        const svg = this.svg;
        if (!svg) return { x: 0, y: 0 };
        const box = svg.getBoundingClientRect();
        const pane = this.pane.getBoundingClientRect();
        return { x: box.left - pane.left + this.pane.scrollLeft, y: box.top - pane.top + this.pane.scrollTop };
    }

    /** Scrolls just enough to bring an element into view, so what is already in view (the flow's start) stays when it can. */
    reveal(element: Element): void {
        const box = element.getBoundingClientRect();
        const pane = this.pane.getBoundingClientRect();
        const margin = 12;
        const by = (start: number, end: number, paneStart: number, paneEnd: number) => {
            if (start >= paneStart && end <= paneEnd) return 0;
            // Wider than the pane, or before it: its start at the pane's start; else its end at the pane's end.
            if (start < paneStart || end - start > paneEnd - paneStart - 2 * margin) return start - paneStart - margin;
            return end - paneEnd + margin;
        };
        const left = by(box.left, box.right, pane.left, pane.right);
        const top = by(box.top, box.bottom, pane.top, pane.bottom);
        if (left !== 0 || top !== 0) this.pane.scrollBy({ left, top, behavior: 'smooth' });
    }

    /** The elements among these that lie outside the visible pane. */
    offScreen(elements: Element[]): Element[] {
        const pane = this.pane.getBoundingClientRect();
        return elements.filter(element => {
            const box = element.getBoundingClientRect();
            return box.right < pane.left || box.left > pane.right || box.bottom < pane.top || box.top > pane.bottom;
        });
    }
}
