import { type NameProblem, type NamingContext, validateFileName } from './namingConvention';
import { DEFAULT_NAMING_CONVENTION, type NamingConvention } from './namingPattern';
import { type NameSuggestion, suggestName } from './nameSuggestion';
import { slugify } from './slug';

/**
 * Windows refuses to create these names whatever the case and extension (`con`, `Nul.txt`):
 * a team sharing the tree through a cloud drive would see a sync error on those laptops.
 */
const RESERVED_WINDOWS_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/**
 * Windows without long-path support stops at 260 characters for the whole path; 200 for the
 * folders leaves room for a file name inside the stage folders.
 */
export const MAX_FOLDER_PATH_LENGTH = 200;

/** Each slug in a folder name is cut to this many characters (at a word boundary if close). */
export const MAX_FOLDER_SLUG_LENGTH = 60;

export interface FolderPlanInput {
  clientName: string;
  campaignName: string;
  /** The workspace's board stages, in board order. */
  stageNames: readonly string[];
  /** Length of the chosen folder's own path, so the whole path stays under the limit. */
  basePathLength?: number;
}

export interface PlannedFolder {
  /** Relative to the chosen folder, `/`-separated: `acme_spring-launch/02_creative`. */
  path: string;
  /** The stage this folder holds; null for the campaign's root folder. */
  stageName: string | null;
}

export interface FolderPlan {
  /** The campaign's root folder name: `acme_spring-launch`. */
  root: string;
  /** The root first, then one folder per stage in board order. */
  folders: PlannedFolder[];
  /** What file names inside the tree are checked against: the campaign's full slugs. */
  context: NamingContext;
  /** A path that cannot be kept under the limit, naming the field: the chosen folder. */
  problems: string[];
}

/**
 * The folder tree of a campaign: `client_campaign/` holding `01_strategy/`, `02_creative/`, …
 * one per board stage in order. Each name is a slug (so it follows the naming convention's
 * alphabet), never a name Windows reserves, and cut short enough that the deepest folder's
 * path stays under MAX_FOLDER_PATH_LENGTH.
 */
export function planCampaignFolders(input: FolderPlanInput): FolderPlan {
  const clientSlug = slugify(input.clientName);
  const campaignSlug = slugify(input.campaignName);
  const base = input.basePathLength ?? 0;
  const width = String(Math.max(input.stageNames.length, 1)).length;
  const number = (i: number): string => String(i + 1).padStart(Math.max(width, 2), '0');

  let slugRoom = MAX_FOLDER_SLUG_LENGTH;
  const build = (): { root: string; folders: PlannedFolder[] } => {
    const root = safeFolderName(
      `${shorten(clientSlug || 'client', slugRoom)}_${shorten(campaignSlug || 'campaign', slugRoom)}`,
    );
    const folders: PlannedFolder[] = [{ path: root, stageName: null }];
    input.stageNames.forEach((name, i) => {
      const slug = shorten(slugify(name) || 'stage', slugRoom);
      folders.push({ path: `${root}/${safeFolderName(`${number(i)}_${slug}`)}`, stageName: name });
    });
    return { root, folders };
  };
  // `+ 1` for the separator between the chosen folder and the tree.
  const longest = (folders: PlannedFolder[]): number =>
    base + 1 + Math.max(...folders.map((f) => f.path.length));

  let plan = build();
  while (longest(plan.folders) >= MAX_FOLDER_PATH_LENGTH && slugRoom > 8) {
    slugRoom -= 4;
    plan = build();
  }
  const problems: string[] = [];
  const total = longest(plan.folders);
  if (total >= MAX_FOLDER_PATH_LENGTH) {
    problems.push(
      `folder: its path is ${base} characters, so the campaign's folders would reach ${total} (the limit is ${MAX_FOLDER_PATH_LENGTH - 1}); choose a folder with a shorter path`,
    );
  }
  return { ...plan, context: { clientSlug, campaignSlug }, problems };
}

/** A folder name Windows accepts: reserved device names get `-folder` added. */
export function safeFolderName(name: string): string {
  const trimmed = name.replace(/[. ]+$/, '');
  return RESERVED_WINDOWS_NAMES.test(trimmed) ? `${trimmed}-folder` : trimmed;
}

/** Whether Windows reserves this name for a device (`CON`, `nul.txt`, `LPT1`). */
export function isReservedWindowsName(name: string): boolean {
  return RESERVED_WINDOWS_NAMES.test(name);
}

function shorten(slug: string, room: number): string {
  if (slug.length <= room) return slug;
  const cut = slug.lastIndexOf('-', room);
  const short = cut >= Math.ceil(room / 2) ? slug.slice(0, cut) : slug.slice(0, room);
  return short.replace(/-+$/, '');
}

/** A file found in the chosen folder: its `/`-separated path relative to that folder. */
export interface FoundFile {
  path: string;
  /** `YYYY-MM-DD` the file was last changed: the date a suggestion gives a name without one. */
  modifiedOn?: string | null;
}

export type FileVerdict =
  | { path: string; status: 'ok' }
  | { path: string; status: 'breaks'; problems: NameProblem[]; suggestion: NameSuggestion }
  /** In a folder the plan does not have: reported, never checked or touched. */
  | { path: string; status: 'outside' }
  /** Written by the operating system or a cloud client (`.DS_Store`, `desktop.ini`). */
  | { path: string; status: 'system' };

/** Files that operating systems, office apps and cloud clients leave in any folder. */
const SYSTEM_FILE =
  /^(\..*|~\$.*|thumbs\.db|desktop\.ini|icon\r|.*\.(tmp|crdownload|part)|.*\(conflicted copy.*\).*)$/i;

/**
 * Checks the files found against the plan: a file in the campaign's root or anywhere inside a
 * stage folder is checked against the naming convention (with the campaign's slugs as context,
 * and a suggested name when it breaks it); a file in a folder the plan does not have is
 * outside the plan.
 */
export function checkCampaignFiles(
  plan: FolderPlan,
  files: readonly FoundFile[],
  convention: NamingConvention = DEFAULT_NAMING_CONVENTION,
): FileVerdict[] {
  const stageFolders = plan.folders.filter((f) => f.stageName !== null).map((f) => f.path);
  return [...files]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((file): FileVerdict => {
      const slash = file.path.lastIndexOf('/');
      const folder = slash >= 0 ? file.path.slice(0, slash) : '';
      const name = file.path.slice(slash + 1);
      const inPlan =
        folder === plan.root ||
        stageFolders.some((f) => folder === f || folder.startsWith(`${f}/`));
      if (!inPlan) return { path: file.path, status: 'outside' };
      if (SYSTEM_FILE.test(name)) return { path: file.path, status: 'system' };
      const context: NamingContext = { ...plan.context, date: file.modifiedOn ?? null };
      const check = validateFileName(name, convention, context);
      if (check.ok) return { path: file.path, status: 'ok' };
      return {
        path: file.path,
        status: 'breaks',
        problems: check.problems,
        suggestion: suggestName(name, convention, context),
      };
    });
}
