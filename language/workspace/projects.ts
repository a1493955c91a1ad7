// Projects (spec §6): each is one namespace and one alignment model. A project's root is a
// folder holding align.config.json, or else a folder given to the CLI or opened in the
// editor. A file belongs to the nearest config root above it; files under a nested root
// belong to that root, not to its parent.
import { URI, UriUtils, type FileSystemProvider } from 'langium';
import { globMatcher } from './glob.js';
import { compareUris } from './uri-order.js';
import { CONFIG_FILE, readProjectConfig, type ConfigProblem, type ProjectConfig } from './project-config.js';

export interface Project {
    /** The root folder's URI string: stable and unique. */
    id: string;
    root: URI;
    /** `name` from the config, else the root folder's name. */
    name: string;
    config: ProjectConfig;
    /** The config file, when the project has one. */
    configUri?: URI;
    configText?: string;
    problems: ConfigProblem[];
}

const EMPTY_CONFIG: ProjectConfig = { exclude: [], diagnostics: new Map() };

/** Folders never searched for files or projects. */
export function isSkippedFolder(name: string): boolean {
    return name.startsWith('.') || name === 'node_modules';
}

export class AlignProjects {
    private configured: Project[] = [];
    private folders: Project[] = [];
    private fallback: Project = defaultProject(URI.file('/'), 'workspace');
    private readonly matchers = new Map<string, (path: string) => boolean>();
    private readonly fileSystem: () => FileSystemProvider;

    constructor(fileSystem: () => FileSystemProvider) {
        this.fileSystem = fileSystem;
    }

    /**
     * Finds every config under the folders (skipping node_modules and dot-folders) and reads
     * it. `folders` are the roots of files outside any config; `together` (the CLI) makes
     * them one project, else (the editor) each folder is its own.
     */
    async discover(folders: URI[], together = false): Promise<void> {
        const configs: URI[] = [];
        for (const folder of folders) {
            await this.findConfigs(folder, configs);
            await this.findConfigAbove(folder, configs);
        }
        const unique = [...new Map(configs.map(uri => [uri.toString(), uri])).values()];
        this.configured = [];
        for (const configUri of unique) {
            let text = '';
            let unreadable: ConfigProblem | undefined;
            try {
                text = await this.fileSystem().readFile(configUri);
            } catch (error) {
                // Deleted between listing and reading: not a project any more. Anything else is a
                // config the user wrote and cannot be silently ignored: its rules would vanish.
                if (
                    !(await this.fileSystem()
                        .exists(configUri)
                        .catch(() => false))
                )
                    continue;
                const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
                unreadable = {
                    offset: 0,
                    length: 0,
                    message: `${CONFIG_FILE} cannot be read (${reason}), so this project's name, excludes and severities are not applied. Make it readable.`
                };
            }
            const { config, problems } = unreadable ? { config: { ...EMPTY_CONFIG }, problems: [unreadable] } : readConfigSafely(text);
            const root = UriUtils.dirname(configUri);
            this.configured.push({ ...defaultProject(root, config.name), config, configUri, configText: text, problems });
        }
        // Deepest first, so the nearest root above a file is the first that contains it.
        this.configured.sort((a, b) => b.id.length - a.id.length || compareUris(a.id, b.id));
        const sortedFolders = [...folders].sort((a, b) => b.toString().length - a.toString().length);
        this.folders =
            together && folders.length > 0
                ? [defaultProject(sortedFolders[sortedFolders.length - 1], folders.length === 1 ? undefined : 'files')]
                : sortedFolders.map(folder => defaultProject(folder));
        this.fallback = this.folders[0] ?? defaultProject(URI.file('/'), 'workspace');
        this.matchers.clear();
    }

    /** Every project: configured ones first, then the folders' default projects. */
    all(): Project[] {
        return [...this.configured, ...this.folders];
    }

    /** Projects with a config file. */
    configuredProjects(): Project[] {
        return this.configured;
    }

    /** The project a file belongs to. */
    projectOf(uri: URI | string): Project {
        const text = typeof uri === 'string' ? uri : uri.toString();
        const configured = this.configured.find(project => isInside(text, project.id));
        if (configured) return configured;
        if (this.folders.length === 1) return this.folders[0];
        return this.folders.find(project => isInside(text, project.id)) ?? this.fallback;
    }

    /** True when the file is matched by its project's `exclude` globs. */
    isExcluded(uri: URI | string): boolean {
        const text = typeof uri === 'string' ? uri : uri.toString();
        const project = this.projectOf(text);
        if (project.config.exclude.length === 0 || !isInside(text, project.id)) return false;
        let matches = this.matchers.get(project.id);
        if (!matches) {
            matches = globMatcher(project.config.exclude);
            this.matchers.set(project.id, matches);
        }
        return matches(decodeURIComponent(text.slice(withSlash(project.id).length)));
    }

    /** A folder inside a project (the CLI given `examples/portal/sub`) belongs to the nearest config above it. */
    private async findConfigAbove(folder: URI, found: URI[]): Promise<void> {
        for (let parent = UriUtils.dirname(folder); parent.path !== folder.path; folder = parent, parent = UriUtils.dirname(parent)) {
            const candidate = UriUtils.joinPath(parent, CONFIG_FILE);
            if (
                await this.fileSystem()
                    .exists(candidate)
                    .catch(() => false)
            ) {
                found.push(candidate);
                return;
            }
        }
    }

    private async isRegularFile(uri: URI): Promise<boolean> {
        return this.fileSystem()
            .stat(uri)
            .then(
                node => node.isFile,
                () => true /* dangling or unreadable: reported when read */
            );
    }

    private async findConfigs(folder: URI, found: URI[]): Promise<void> {
        let entries;
        try {
            entries = await this.fileSystem().readDirectory(folder);
        } catch {
            return; // unreadable folders hold no project we can read
        }
        for (const entry of entries) {
            const name = UriUtils.basename(entry.uri);
            if (name === CONFIG_FILE && !entry.isDirectory) {
                // A symlinked config is a config; a link to a fifo or a device is not (reading it would block).
                if (entry.isFile || (await this.isRegularFile(entry.uri))) found.push(entry.uri);
            } else if (entry.isDirectory && !isSkippedFolder(name)) {
                // Folder symlinks are never entries here (they are not followed), so a link loop cannot recur.
                await this.findConfigs(entry.uri, found);
            }
        }
    }
}

// One config that breaks the reader must cost its own project's settings, never the whole
// workspace (a throw here once left the editor with no diagnostics at all).
function readConfigSafely(text: string): { config: ProjectConfig; problems: ConfigProblem[] } {
    try {
        return readProjectConfig(text);
    } catch (error) {
        return {
            config: { ...EMPTY_CONFIG },
            problems: [
                {
                    offset: 0,
                    length: 0,
                    message: `${CONFIG_FILE} could not be read: ${(error as Error).message}. This is a bug in Align; the config is ignored.`
                }
            ]
        };
    }
}

function defaultProject(root: URI, name?: string): Project {
    return { id: root.toString(), root, name: name ?? (UriUtils.basename(root) || root.fsPath), config: EMPTY_CONFIG, problems: [] };
}

function withSlash(folder: string): string {
    return folder.endsWith('/') ? folder : `${folder}/`;
}

function isInside(file: string, folder: string): boolean {
    return file.startsWith(withSlash(folder));
}
