// What the project offers to fill a slot: the names of its declarations by kind and the dates
// worth pinning a deadline to. Read from the alignment model of the document's project, so
// completion never proposes a name from another project (spec §6).
import type { AlignmentModel } from '../../language/model/alignment-model.js';
import type { DeclarationKind } from '../../language/references/reference-kinds.js';
import { isMilestone } from '../../language/generated/ast.js';
import { dateCandidates, quarterCandidates, type DateCandidate } from './date-candidates.js';

/** A snippet choice longer than this is a list to scroll, not a choice. */
export const MAX_CHOICES = 10;

export class ProjectValues {
    private readonly model: AlignmentModel;
    private readonly today: string;
    private readonly editing: string | undefined;

    /** `editing`: the name of the declaration the cursor is in, never offered as a value of its own slots. */
    constructor(model: AlignmentModel, today: string, editing?: string) {
        this.model = model;
        this.today = today;
        this.editing = editing;
    }

    /** Names of declarations of these kinds, in file order, at most MAX_CHOICES. */
    names(kinds: readonly DeclarationKind[]): string[] {
        const names: string[] = [];
        for (const [name, declarations] of this.model.declarationsByName) {
            if (names.length === MAX_CHOICES) break;
            if (name === this.editing) continue;
            if (declarations.some(declaration => kinds.includes(declaration.$type))) names.push(name);
        }
        return names;
    }

    /** Today, the ends of this month and quarter, and every milestone's date. */
    dates(): DateCandidate[] {
        const milestones = [...this.model.declarationsByName.values()]
            .flat()
            .filter(isMilestone)
            .filter(milestone => milestone.name !== this.editing && /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(milestone.date ?? ''))
            .map(milestone => ({ name: milestone.name, date: milestone.date }));
        return dateCandidates(this.today, milestones);
    }

    /** This quarter and the next. */
    quarters(): DateCandidate[] {
        return quarterCandidates(this.today);
    }
}
