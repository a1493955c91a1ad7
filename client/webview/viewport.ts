// Pan and zoom by scrolling: the picture is drawn at its zoomed size inside a scrolling pane,
// so scroll bars, the wheel and the keyboard work as everywhere else. Zoom keeps the point
// under the pointer (or the centre of the pane) where it is.

/** Diagram text is 13 px: never fit smaller than this, scroll instead. */
export const READABLE_SCALE = 11 / 13;
const MAX_SCALE = 4;
const MIN_SCALE = 0.1;

export class Viewport {
    scale = 1;
    /** True once the user zoomed: new pictures keep their zoom instead of fitting again. */
    userZoomed = false;

    constructor(private readonly pane: HTMLElement, private readonly canvas: HTMLElement) {}

    private get svg(): SVGSVGElement | null {
        return this.canvas.querySelector('svg');
    }

    private natural(): { width: number; height: number } {
        const svg = this.svg;
        return { width: Number(svg?.getAttribute('width')) || 1, height: Number(svg?.getAttribute('height')) || 1 };
    }

    /** Fits the picture to the pane's width, never below a readable text size nor above 1.5×. */
    fit(): void {
        const { width, height } = this.natural();
        const widthFit = (this.pane.clientWidth - 16) / width;
        const wholeFit = Math.min(widthFit, (this.pane.clientHeight - 16) / height);
        // A picture that fits whole at a readable size is shown whole; otherwise fit the width and scroll down.
        const scale = wholeFit >= READABLE_SCALE ? wholeFit : widthFit;
        this.userZoomed = false;
        this.apply(Math.min(1.5, Math.max(READABLE_SCALE, scale)), { x: 0, y: 0 }, { x: 0, y: 0 });
        this.pane.scrollTo({ left: 0, top: 0 });
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

    /** Scrolls an element into view when it is not already visible. */
    reveal(element: Element): void {
        const box = element.getBoundingClientRect();
        const pane = this.pane.getBoundingClientRect();
        if (box.left >= pane.left && box.right <= pane.right && box.top >= pane.top && box.bottom <= pane.bottom) return;
        this.pane.scrollBy({ left: box.left + box.width / 2 - (pane.left + pane.width / 2), top: box.top + box.height / 2 - (pane.top + pane.height / 2), behavior: 'smooth' });
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
