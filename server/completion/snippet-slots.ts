// The tab stops of a snippet body, filled from the project: where a name goes, a choice of
// real names of the kinds the slot accepts; where a date goes, a choice of useful dates. The
// user then picks a value instead of having to ask for completion inside the placeholder.
import { referenceSlot } from '../../language/references/reference-kinds.js';
import { MAX_CHOICES, type ProjectValues } from './project-values.js';
import { choice, choiceOr, placeholder } from './snippet-syntax.js';

export class SnippetSlots {
    private readonly values: ProjectValues;

    constructor(values: ProjectValues) {
        this.values = values;
    }

    /** A tab stop with default text. */
    text(index: number, fallback: string): string {
        return placeholder(index, fallback);
    }

    /** A tab stop offering these literal values. */
    pick(index: number, values: readonly string[]): string {
        return choice(index, values);
    }

    /**
     * A tab stop for the reference `container.property`: the names it accepts, else the fallback
     * text. `rotate` starts the choice further down the list, so that two slots of one snippet
     * (the steps of an escalation path) do not default to the same name.
     */
    ref(index: number, container: string, property: string, fallback: string, rotate = 0): string {
        const names = this.names(container, property);
        const start = names.length > 0 ? rotate % names.length : 0;
        return choiceOr(index, [...names.slice(start), ...names.slice(0, start)], fallback);
    }

    /** Names the reference `container.property` accepts (the table of reference-kinds.ts). */
    names(container: string, property: string): string[] {
        const slot = referenceSlot(container, property);
        return slot ? this.values.names(slot.accepts) : [];
    }

    /** A tab stop for a date, with this and next quarter too where the slot takes a quarter. */
    date(index: number, quarters = false): string {
        const quarterLabels = quarters ? this.values.quarters().map(quarter => quarter.label) : [];
        const dateLabels = this.values
            .dates()
            .slice(0, MAX_CHOICES - quarterLabels.length)
            .map(date => date.label);
        return choice(index, [...dateLabels, ...quarterLabels]);
    }
}
