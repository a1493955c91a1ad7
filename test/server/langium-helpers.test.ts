// Navigation and checks through Langium's own test helpers (langium/test), as Langium's examples
// test their languages: `<|>` marks the cursor, `<|…|>` the expected range.
import { EmptyFileSystem } from 'langium';
import { clearDocuments, expectError, expectFindReferences, expectGoToDefinition, expectNoIssues, validationHelper } from 'langium/test';
import { beforeEach, describe, it } from 'vitest';
import { createAlignServices } from '../../server/align-services.js';

const { Align } = createAlignServices(EmptyFileSystem);
Align.align.ValidationOptions.today = '2026-11-24';

describe('Align through langium/test', () => {
    // Every document of these services shares one namespace: each test starts on an empty workspace.
    beforeEach(() => clearDocuments(Align));

    it('goes from a reference to the name it declares', async () => {
        await expectGoToDefinition(Align)({
            text: 'stakeholder <|Ann|>\ndomain Pay { owner A<|>nn }\n',
            index: 0,
            rangeIndex: 0
        });
    });

    it('finds every reference of a stakeholder, the declaration included', async () => {
        await expectFindReferences(Align)({
            text: 'stakeholder <|A<|>nn|>\ndomain Pay { owner <|Ann|> }\ndomain Ops { owner Bob consulted <|Ann|> }\nstakeholder Bob\n',
            includeDeclaration: true
        });
    });

    it('reports an undeclared owner, and nothing on a complete domain', async () => {
        const validate = validationHelper(Align);
        const broken = await validate('domain Pay { owner Ghost }\n');
        expectError(broken, /'Ghost' is not declared anywhere in the workspace/, {
            range: { start: { line: 0, character: 19 }, end: { line: 0, character: 24 } }
        });
        await clearDocuments(Align);
        const clean = await validate('stakeholder Ann\ncadence Weekly every week { attendees Ann }\ndomain Pay { owner Ann }\n');
        expectNoIssues(clean);
    });
});
