// A Backstage catalog's people and teams as Align declarations (docs/language.md, "Importing
// people"): `kind: User` becomes a stakeholder whose org is the top-level group above its
// teams, `kind: Group` a group of its member users and child groups. Pure: texts in, text out.
import { parseAllDocuments } from 'yaml';
import { isReservedWord } from '../references/reserved-words.js';

/** One catalog file's text, with the path to name it by in what was skipped. */
export interface CatalogFile {
    path: string;
    text: string;
}

export interface BackstageImport {
    /** The declarations, as an .align file. */
    text: string;
    users: number;
    groups: number;
    /** What was left out, and why, one line each. */
    skipped: string[];
}

interface Entity {
    kind: 'User' | 'Group';
    name: string;
    /** The Align name. */
    id: string;
    title?: string;
    memberOf: string[];
    parent?: string;
    children: string[];
    members: string[];
    at: string;
}

/** Converts the catalog's users and groups; every other entity is skipped and said so. */
export function importBackstage(files: CatalogFile[]): BackstageImport {
    const skipped: string[] = [];
    const entities = new Map<string, Entity>();
    const ids = new Set<string>();
    for (const file of files) {
        let documents;
        try {
            documents = parseAllDocuments(file.text);
        } catch (error) {
            skipped.push(`${file.path}: not YAML (${(error as Error).message.split('\n')[0]})`);
            continue;
        }
        const list = Array.isArray(documents) ? documents : [documents];
        list.forEach((document, index) => {
            const at = list.length > 1 ? `${file.path} (document ${index + 1})` : file.path;
            if (document.errors.length > 0) {
                skipped.push(`${at}: not valid YAML (${document.errors[0].message.split('\n')[0]})`);
                return;
            }
            let value: unknown;
            try {
                // Aliases expanded without limit are a memory bomb: a catalog needs few.
                value = document.toJS({ maxAliasCount: 100 });
            } catch (error) {
                skipped.push(`${at}: ${(error as Error).message.split('\n')[0]}`);
                return;
            }
            const entity = entityOf(value, at, skipped);
            if (!entity) return;
            const key = `${entity.kind}:${entity.name.toLowerCase()}`;
            if (entities.has(key)) {
                skipped.push(`${at}: ${entity.kind} ${entity.name} is declared again (kept the first, ${entities.get(key)!.at})`);
                return;
            }
            let id = entity.id;
            for (let n = 2; ids.has(id); n++) id = `${entity.id}_${n}`;
            ids.add(id);
            entities.set(key, { ...entity, id });
        });
    }
    const users = [...entities.values()].filter(e => e.kind === 'User');
    const groups = [...entities.values()].filter(e => e.kind === 'Group');
    const groupNamed = (ref: string) => entities.get(`Group:${refName(ref).toLowerCase()}`);
    const userNamed = (ref: string) => entities.get(`User:${refName(ref).toLowerCase()}`);

    const lines: string[] = ['// Imported from a Backstage catalog by `align import backstage`: people and teams only.', ''];
    for (const user of users) {
        const org = orgOf(user, groupNamed);
        lines.push(`stakeholder ${user.id}${user.title ? ` ${quote(user.title)}` : ''}${org ? ` { org ${quote(org)} }` : ''}`);
    }
    for (const group of groups) {
        const members = new Set<string>();
        for (const ref of group.members) {
            const user = userNamed(ref);
            if (user) members.add(user.id);
            else skipped.push(`${group.at}: member ${ref} of group ${group.name} is not a user in the catalog`);
        }
        for (const user of users) if (user.memberOf.some(ref => groupNamed(ref) === group)) members.add(user.id);
        for (const ref of group.children) {
            const child = groupNamed(ref);
            if (child) members.add(child.id);
        }
        for (const other of groups) if (other.parent && groupNamed(other.parent) === group) members.add(other.id);
        lines.push(
            '',
            `group ${group.id}${group.title ? ` ${quote(group.title)}` : ''}${members.size > 0 ? ` {\n    members ${[...members].join(', ')}\n}` : ''}`
        );
    }
    return { text: `${lines.join('\n')}\n`, users: users.length, groups: groups.length, skipped };
}

/** The Align name of a catalog name: characters outside `[A-Za-z0-9_-]` become `_`, a leading digit gets `_` in front. */
export function alignName(name: string): string {
    let id = name.replace(/[^A-Za-z0-9_-]/g, '_');
    // A hyphen must sit between two name characters (`a-b`), never at an end or doubled.
    id = id.replace(/-(?![A-Za-z0-9_])/g, '_').replace(/^-/, '_');
    if (/^[0-9]/.test(id) || id === '') id = `_${id}`;
    // A keyword of the language cannot be a name (`lead`, `owner`).
    return isReservedWord(id) ? `_${id}` : id;
}

function entityOf(value: unknown, at: string, skipped: string[]): Entity | undefined {
    if (value === null || typeof value !== 'object') {
        skipped.push(`${at}: not a catalog entity`);
        return undefined;
    }
    const entity = value as { kind?: unknown; metadata?: { name?: unknown }; spec?: Record<string, unknown> };
    const kind = entity.kind;
    const name = typeof entity.metadata?.name === 'string' ? entity.metadata.name.trim() : '';
    if (kind !== 'User' && kind !== 'Group') {
        skipped.push(
            `${at}: ${typeof kind === 'string' ? `kind ${kind}` : 'an entity without a kind'}${name ? ` (${name})` : ''}: only User and Group are imported`
        );
        return undefined;
    }
    if (!name) {
        skipped.push(`${at}: a ${kind} without metadata.name`);
        return undefined;
    }
    const spec = entity.spec ?? {};
    const profile = (spec.profile ?? {}) as { displayName?: unknown };
    const strings = (list: unknown) => (Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : []);
    return {
        kind,
        name,
        id: alignName(name),
        at,
        title: typeof profile.displayName === 'string' && profile.displayName.trim() ? profile.displayName.trim() : undefined,
        memberOf: strings(spec.memberOf),
        parent: typeof spec.parent === 'string' ? spec.parent : undefined,
        children: strings(spec.children),
        members: strings(spec.members)
    };
}

/** `group:default/team-a` → `team-a`. */
function refName(ref: string): string {
    return ref.replace(/^[^:]*:/, '').replace(/^[^/]*\//, '');
}

/** The display name (else the name) of the top-level group above the first group the user is a member of. */
function orgOf(user: Entity, groupNamed: (ref: string) => Entity | undefined): string | undefined {
    for (const ref of user.memberOf) {
        let group = groupNamed(ref);
        const seen = new Set<Entity>();
        while (group && group.parent && !seen.has(group)) {
            seen.add(group);
            const parent = groupNamed(group.parent);
            if (!parent) break;
            group = parent;
        }
        if (group) return group.title ?? group.name;
    }
    return undefined;
}

/** A string literal of the language: quotes and backslashes escaped, one line. */
function quote(text: string): string {
    return `"${text
        .replace(/[\r\n\u2028\u2029]+/g, ' ')
        .replace(/\\/g, '\\\\')
        .replace(/"/g, '\\"')}"`;
}
