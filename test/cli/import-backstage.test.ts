// `align import backstage`: a catalog shaped like Backstage's own example organization (our
// own names), turned into stakeholders and groups that check clean, never over a file.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignName, importBackstage } from '../../language/import/backstage.js';
import { runAlign, tempFolder } from '../helpers/cli.js';

const ORG = `apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: example-corp
spec:
  type: organization
  profile:
    displayName: Example Corp
  children: [engineering]
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: engineering
spec:
  type: department
  parent: example-corp
  children: [platform, group:default/payments]
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: platform
spec:
  type: team
  profile:
    displayName: Platform team
  parent: engineering
  members: [ada]
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: payments
spec:
  type: team
  parent: engineering
`;

const PEOPLE = `apiVersion: backstage.io/v1alpha1
kind: User
metadata:
  name: ada
spec:
  profile:
    displayName: Ada Lovelace
  memberOf: [platform]
---
apiVersion: backstage.io/v1alpha1
kind: User
metadata:
  name: jane.doe
spec:
  profile:
    displayName: "Jane \\"JD\\" Doe"
  memberOf: [group:default/payments]
---
apiVersion: backstage.io/v1alpha1
kind: User
metadata:
  name: 7of9
spec:
  memberOf: []
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: website
spec:
  type: website
`;

describe('align import backstage', () => {
    it('turns users into stakeholders with their org, groups into groups of users and child groups', () => {
        const result = importBackstage([
            { path: 'org.yaml', text: ORG },
            { path: 'people.yaml', text: PEOPLE }
        ]);
        expect(result.users).toBe(3);
        expect(result.groups).toBe(4);
        expect(result.text).toContain('stakeholder ada "Ada Lovelace" { org "Example Corp" }');
        expect(result.text).toContain('stakeholder jane_doe "Jane \\"JD\\" Doe" { org "Example Corp" }');
        expect(result.text).toContain('stakeholder _7of9\n');
        expect(result.text).toContain('group engineering {\n    members platform, payments\n}');
        expect(result.text).toContain('group platform "Platform team" {\n    members ada\n}');
        expect(result.text).toContain('group payments {\n    members jane_doe\n}');
        expect(result.skipped).toEqual(['people.yaml (document 4): kind Component (website): only User and Group are imported']);
    });

    it('names as the language allows: other characters become _, a leading digit and a keyword get _ in front', () => {
        expect(alignName('jane.doe')).toBe('jane_doe');
        expect(alignName('7of9')).toBe('_7of9');
        expect(alignName('team-a')).toBe('team-a');
        expect(alignName('a--b-')).toBe('a_-b_');
        expect(alignName('lead')).toBe('_lead');
    });

    it('prints the declarations, which check clean; writes -o DIR/people.align once, never over it', () => {
        const dir = tempFolder({ 'catalog/org.yaml': ORG, 'catalog/people.yml': PEOPLE, 'catalog/notes.txt': 'not a catalog' });
        const printed = runAlign(['import', 'backstage', 'catalog'], dir);
        expect(printed.status).toBe(0);
        expect(printed.stderr).toContain('Imported 3 users and 4 groups; skipped 1:');
        const written = runAlign(['import', 'backstage', 'catalog', '-o', 'model'], dir);
        expect(written.status).toBe(0);
        expect(readFileSync(join(dir, 'model/people.align'), 'utf8')).toBe(printed.stdout);
        const check = runAlign(['check', 'model'], dir);
        expect(check.stdout).toBe('0 errors, 0 warnings in 1 file\n');
        writeFileSync(join(dir, 'model/people.align'), 'stakeholder Edited\n');
        const again = runAlign(['import', 'backstage', 'catalog', '-o', 'model'], dir);
        expect(again.status).toBe(2);
        expect(again.stderr).toContain('refusing to overwrite');
        expect(readFileSync(join(dir, 'model/people.align'), 'utf8')).toBe('stakeholder Edited\n');
        // A link where the file would go is refused too, and what it points at is left alone.
        symlinkSync(join(dir, 'model/people.align'), join(dir, 'linked.align'));
        mkdirSync(join(dir, 'other'));
        symlinkSync(join(dir, 'linked.align'), join(dir, 'other/people.align'));
        expect(runAlign(['import', 'backstage', 'catalog', '-o', 'other'], dir).status).toBe(2);
        expect(readFileSync(join(dir, 'model/people.align'), 'utf8')).toBe('stakeholder Edited\n');
    });

    it('skips what is not a catalog, and refuses a YAML alias bomb instead of expanding it', () => {
        const bomb =
            'kind: User\nmetadata: { name: x }\na: &a [1, 1, 1, 1, 1, 1, 1, 1, 1]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n';
        const result = importBackstage([
            { path: 'bomb.yaml', text: bomb },
            { path: 'bad.yaml', text: 'kind: [' }
        ]);
        expect(result.users).toBe(0);
        expect(result.skipped).toHaveLength(2);
    });
});
