import fs from 'node:fs';
import path from 'node:path';
import type {
  FolderStructureFile,
  FolderStructureResult,
} from '../../../shared/api/folderStructure';
import {
  checkCampaignFiles,
  type FoundFile,
  planCampaignFolders,
  ruleViolation,
} from '../../../shared/domain';
import type { BackendContext } from '../context';
import { campaignDetail } from '../views/campaignViews';
import { listStages } from './stageService';

/** A campaign tree holds tens of files; a chosen folder full of other things must not hang. */
export const MAX_LISTED_FILES = 5000;
const MAX_DEPTH = 8;

export interface FolderStructureRequest {
  campaignId: string;
  folder: string;
  create: boolean;
}

/**
 * Creates the campaign's missing folders in the chosen folder (or, as a dry run, says which it
 * would create) and checks the names of the files already there. Only ever calls mkdir: a
 * user's file is never written, renamed or deleted, and a file standing where a planned folder
 * should be is reported and left. Running it twice creates nothing the second time.
 */
export async function campaignFolderStructure(
  ctx: BackendContext,
  request: FolderStructureRequest,
): Promise<FolderStructureResult> {
  const detail = campaignDetail(ctx, request.campaignId);
  const folder = await chosenFolder(request.folder, request.create);
  const plan = planCampaignFolders({
    clientName: detail.client.name,
    campaignName: detail.campaign.name,
    stageNames: listStages(ctx).map((s) => s.name),
    basePathLength: folder.length,
  });
  if (plan.problems.length > 0) {
    throw ruleViolation('folder', plan.problems[0]!.replace(/^folder: /, ''));
  }

  const created: string[] = [];
  const existing: string[] = [];
  const conflicts: FolderStructureResult['conflicts'] = [];
  // Planned folders that cannot be made because something else holds their place.
  const blocked = new Set<string>();
  for (const planned of plan.folders) {
    const parent = path.posix.dirname(planned.path);
    if (blocked.has(parent)) {
      conflicts.push({
        path: planned.path,
        problem: `not made: ${parent} could not be used (above)`,
      });
      blocked.add(planned.path);
      continue;
    }
    const absolute = path.join(folder, ...planned.path.split('/'));
    const found = await kindOf(absolute);
    // On Windows and macOS `02_Creative` is found under the planned `02_creative`.
    const variant = found === 'none' || found === 'folder' ? await caseVariant(absolute) : null;
    if (variant !== null) {
      conflicts.push({
        path: planned.path,
        problem: `'${variant}' differs only in capitals: rename it to '${path.basename(absolute)}' (Windows and macOS see one folder, so Baton does not make a second)`,
      });
      blocked.add(planned.path);
    } else if (found === 'folder') existing.push(planned.path);
    else if (found === 'other') {
      conflicts.push({
        path: planned.path,
        problem: 'a file is where this folder should be: Baton leaves it as it is',
      });
      blocked.add(planned.path);
    } else if (request.create) await makeFolder(absolute, planned.path, existing, created);
    else created.push(planned.path);
  }

  const listing =
    (await kindOf(path.join(folder, plan.root))) === 'folder'
      ? await listFiles(folder, plan.root)
      : { files: [], truncated: false };
  const verdicts = checkCampaignFiles(plan, listing.files);
  return {
    folder,
    root: plan.root,
    dryRun: !request.create,
    created,
    existing,
    conflicts,
    files: verdicts.map(toFileReport),
    truncated: listing.truncated,
  };
}

/** The chosen folder, absolute, or an error naming `folder` and what is wrong with it. */
async function chosenFolder(text: string, create: boolean): Promise<string> {
  if (!path.isAbsolute(text)) {
    throw ruleViolation('folder', `must be a full path (like /Users/maya/Clients), not "${text}"`);
  }
  const folder = path.resolve(text);
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(folder);
  } catch {
    throw ruleViolation('folder', `${folder} does not exist`);
  }
  if (!stat.isDirectory()) throw ruleViolation('folder', `${folder} is a file, not a folder`);
  if (create) {
    try {
      await fs.promises.access(folder, fs.constants.W_OK);
    } catch {
      throw ruleViolation('folder', `${folder} is not writable: choose a folder you can write to`);
    }
  }
  return folder;
}

async function kindOf(absolute: string): Promise<'folder' | 'other' | 'none'> {
  try {
    // stat follows a link to a folder: a team may link a shared drive's folder in.
    return (await fs.promises.stat(absolute)).isDirectory() ? 'folder' : 'other';
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    // A dangling link is something the user put there: not ours to replace.
    const link = await fs.promises.lstat(absolute).catch(() => null);
    return link ? 'other' : 'none';
  }
}

/**
 * A sibling whose name differs from this one only in capitals (`02_Creative`), when there is
 * no sibling of exactly this name.
 */
async function caseVariant(absolute: string): Promise<string | null> {
  const name = path.basename(absolute);
  const siblings = await fs.promises.readdir(path.dirname(absolute)).catch(() => [] as string[]);
  if (siblings.includes(name)) return null;
  return siblings.find((s) => s.toLowerCase() === name.toLowerCase()) ?? null;
}

async function makeFolder(
  absolute: string,
  relative: string,
  existing: string[],
  created: string[],
): Promise<void> {
  try {
    // Not recursive: the parent was checked first, and mkdir never replaces anything.
    await fs.promises.mkdir(absolute);
    created.push(relative);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // Someone (a sync client, another window) made it meanwhile.
    if (code === 'EEXIST' && (await kindOf(absolute)) === 'folder') existing.push(relative);
    else if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw ruleViolation('folder', `is not writable: ${relative} could not be created (${code})`);
    } else throw err;
  }
}

/** Files under the campaign's root, without following links out of it, up to a limit. */
async function listFiles(
  folder: string,
  root: string,
): Promise<{ files: FoundFile[]; truncated: boolean }> {
  const files: FoundFile[] = [];
  let truncated = false;
  const walk = async (relative: string, depth: number): Promise<void> => {
    const entries = await fs.promises
      .readdir(path.join(folder, ...relative.split('/')), { withFileTypes: true })
      .catch(() => []);
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (files.length >= MAX_LISTED_FILES) {
        truncated = true;
        return;
      }
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (depth < MAX_DEPTH) await walk(child, depth + 1);
        else truncated = true;
      } else if (entry.isFile()) {
        const stat = await fs.promises
          .stat(path.join(folder, ...child.split('/')))
          .catch(() => null);
        files.push({ path: child, modifiedOn: stat ? localDate(stat.mtime) : null });
      }
    }
  };
  await walk(root, 1);
  return { files, truncated };
}

function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function toFileReport(verdict: ReturnType<typeof checkCampaignFiles>[number]): FolderStructureFile {
  if (verdict.status !== 'breaks') {
    return {
      path: verdict.path,
      status: verdict.status,
      problems: [],
      suggestion: null,
      unresolved: [],
    };
  }
  return {
    path: verdict.path,
    status: 'breaks',
    problems: verdict.problems.map((p) => p.message),
    suggestion: verdict.suggestion.name,
    unresolved: verdict.suggestion.unresolved.map((p) => p.message),
  };
}
