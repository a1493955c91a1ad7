// `reference-kind`: every reference resolves to any declaration, so the kind a slot
// accepts is checked here, against the one table in references/reference-kinds.ts.
import { AstUtils, type AstNode, type ValidationAcceptor } from 'langium';
import { describeKinds, kindWord, referenceSlot } from '../references/reference-kinds.js';
import { DiagnosticCode } from './diagnostic-codes.js';

/** Reports the node's references whose target is of a kind the slot does not accept. */
export function checkReferenceKinds(node: AstNode, accept: ValidationAcceptor): void {
    for (const { reference, property, index } of AstUtils.streamReferences(node)) {
        // The grammar has no multi-references, so every reference is a plain one.
        const target = 'ref' in reference ? reference.ref : undefined;
        const slot = referenceSlot(node, property);
        if (!target || !slot || slot.accepts.includes(target.$type as never)) continue;
        accept(
            'error',
            `\`${slot.keyword}\` takes ${describeKinds(slot.accepts)}, but ${reference.$refText} is a ${kindWord(target.$type)}. Name ${describeKinds(slot.accepts)} here.`,
            {
                node,
                range: reference.$refNode?.range,
                property: property as never,
                index,
                code: DiagnosticCode.ReferenceKind,
                data: { accepts: slot.accepts, refText: reference.$refText }
            }
        );
    }
}
