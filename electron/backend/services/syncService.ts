import fs from 'node:fs';
import path from 'node:path';
import { isNull } from 'drizzle-orm';
import { DomainError, ruleViolation } from '../../../shared/domain';
import {
  passphraseUse,
  WRONG_PASSPHRASE,
  type TeamFolderEncryption,
} from '../../../shared/domain/syncPassphrase';
import {
  IsoDateTime,
  type SyncRunResult,
  type SyncSetupInput,
  type SyncStatus,
} from '../../../shared/model';
import type { BatonDatabase } from '../../db/batonDatabase';
import { workspaces } from '../../db/schema';
import { FolderLayout } from '../../sync/folderLayout';
import { readDeviceFiles, readManifest, type WorkspaceManifest } from '../../sync/manifests';
import { cryptoReady } from '../../sync/sodium';
import { SyncRunner, type SyncRunnerOptions } from '../../sync/syncRunner';
import {
  clearSyncSettings,
  pendingChangeCount,
  readSyncSettings,
  saveSyncFolder,
  setDeviceName,
} from '../../sync/syncSettings';
import { createTeamKey, unlockTeamKey } from '../../sync/teamKey';
import { forgetTeamKey, keepTeamKey, type TeamKeyOnDisk } from '../../sync/teamKeyStore';

export interface SyncControllerOptions extends Omit<SyncRunnerOptions, 'now' | 'appVersion'> {
  /**
   * Run by itself: on start, after local commits, on folder events and on a poll (the app,
   * browser mode). Off, it runs only when asked (the CLI, most tests).
   */
  triggers?: boolean;
}

/**
 * Folder sync for one backend: the settings, and the runner for the folder they name (at
 * most one). `sync.*` procedures call it.
 */
export class SyncController {
  private runner: SyncRunner | null = null;

  constructor(
    private readonly db: BatonDatabase,
    private readonly appVersion: string,
    private readonly now: () => number,
    private readonly options: SyncControllerOptions = {},
  ) {}

  /** Starts the runner when sync was set up before (at backend start). */
  resume(): void {
    if (this.db.isReadOnly) return;
    const settings = readSyncSettings(this.db);
    if (settings) this.startRunner(settings.folder);
  }

  status(): SyncStatus {
    const settings = readSyncSettings(this.db);
    const info = this.db.deviceInfo();
    const lastRun = settings?.lastRun ?? null;
    const devices = settings
      ? readDeviceFiles(new FolderLayout(settings.folder)).map((d) => ({
          deviceId: d.deviceId,
          deviceName: d.deviceName,
          appVersion: d.appVersion ?? null,
          lastSeen: IsoDateTime.safeParse(d.lastSeen).success ? d.lastSeen! : null,
          isThisDevice: d.deviceId === this.db.deviceId,
        }))
      : [];
    return {
      folder: settings?.folder ?? null,
      deviceId: this.db.deviceId,
      deviceName: info.deviceName,
      running: this.runner?.isRunning ?? false,
      lastRun,
      devices,
      pendingChanges: pendingChangeCount(this.db),
      parked: lastRun?.parked ?? [],
      problems: lastRun?.problems ?? [],
    };
  }

  async setup(input: SyncSetupInput): Promise<SyncStatus> {
    if (this.db.readOnlyReason) throw new DomainError('READ_ONLY', this.db.readOnlyReason);
    const folder = path.resolve(input.folder);
    checkFolder(folder);
    const manifest = readManifest(new FolderLayout(folder));
    if (manifest === 'unreadable') {
      throw ruleViolation('folder', 'holds a baton/workspace.json that cannot be read');
    }
    const there = manifest?.workspaceId ?? null;
    const here = localWorkspaceId(this.db);
    if (input.mode === 'create' && here === null) {
      throw ruleViolation(
        'mode',
        'create needs a workspace on this laptop: create one first, or join the folder',
      );
    }
    if (input.mode === 'join' && there === null) {
      throw ruleViolation(
        'folder',
        'holds no Baton workspace to join: set up sync with create on the laptop that has it',
      );
    }
    if (there !== null && here !== null && there !== here) {
      throw ruleViolation(
        'folder',
        `belongs to another workspace (${there}); this laptop's workspace is ${here}`,
      );
    }
    // Everything is checked (the passphrase last: it costs Argon2id) before anything is written.
    const teamKey = await teamKeyFor(manifest, input.passphrase, here);
    const at = new Date(this.now()).toISOString();
    setDeviceName(this.db, input.deviceName);
    if (teamKey) keepTeamKey(this.db, teamKey);
    else forgetTeamKey(this.db);
    // The runner reads the key each run; one running for this folder already picks it up.
    if (this.runner?.folder !== folder) {
      await this.stopRunner();
      saveSyncFolder(this.db, folder, at);
      this.startRunner(folder);
    }
    await this.runner!.request();
    return this.status();
  }

  async run(): Promise<SyncRunResult> {
    if (this.db.readOnlyReason) throw new DomainError('READ_ONLY', this.db.readOnlyReason);
    if (!this.runner) {
      throw ruleViolation('folder', 'is not set up: set up sync with a shared folder first');
    }
    return this.runner.request();
  }

  async leave(): Promise<SyncStatus> {
    if (this.db.readOnlyReason) throw new DomainError('READ_ONLY', this.db.readOnlyReason);
    await this.stopRunner();
    clearSyncSettings(this.db);
    return this.status();
  }

  /** Stops the triggers and lets a run in progress finish its current batch. */
  async stop(): Promise<void> {
    await this.stopRunner();
  }

  private startRunner(folder: string): void {
    const { triggers, ...runnerOptions } = this.options;
    this.runner = new SyncRunner(this.db, folder, {
      ...runnerOptions,
      now: this.now,
      appVersion: this.appVersion,
    });
    if (triggers) this.runner.start();
  }

  private async stopRunner(): Promise<void> {
    const runner = this.runner;
    this.runner = null;
    await runner?.stop();
  }
}

/**
 * The team key this laptop keeps after setup, null for a team folder without encryption.
 * Joining an encrypted folder derives the key from its passphrase and the folder's salt (a
 * wrong one is refused, naming the field); creating one with a passphrase makes a new key,
 * which the first sync writes into `workspace.json`.
 */
async function teamKeyFor(
  manifest: WorkspaceManifest | null,
  passphrase: string | undefined,
  localWorkspace: string | null,
): Promise<TeamKeyOnDisk | null> {
  const folder: TeamFolderEncryption =
    manifest === null ? 'empty' : manifest.encryption ? 'encrypted' : 'plain';
  const use = passphraseUse(folder, passphrase);
  if (use === 'none') return null;
  await cryptoReady();
  if (use === 'unlock') {
    const encryption = manifest!.encryption!;
    const teamKey = unlockTeamKey(passphrase!, encryption);
    if (!teamKey) throw ruleViolation('passphrase', WRONG_PASSPHRASE);
    return { workspaceId: manifest!.workspaceId, teamKey, encryption };
  }
  // 'create' only happens for an empty folder with a local workspace (checked before).
  const { encryption, teamKey } = createTeamKey(passphrase!);
  return { workspaceId: localWorkspace!, teamKey, encryption };
}

function localWorkspaceId(db: BatonDatabase): string | null {
  return (
    db.orm.select({ id: workspaces.id }).from(workspaces).where(isNull(workspaces.deletedAt)).get()
      ?.id ?? null
  );
}

/** The folder must exist, be a folder and take a file. */
function checkFolder(folder: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch {
    throw ruleViolation('folder', `does not exist: ${folder}`);
  }
  if (!stat.isDirectory()) throw ruleViolation('folder', `is not a folder: ${folder}`);
  const probe = path.join(folder, `.baton-write-test-${process.pid}`);
  try {
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw ruleViolation('folder', `is not writable (${code}): ${folder}`);
  }
}
