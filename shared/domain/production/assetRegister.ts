import type { Asset, AssetApprovalState, AssetVersion } from '../../model/asset';
import type {
  AssetNameCheck,
  AssetRegisterRow,
  AssetRegisterView,
  AssetSpecCheckView,
  AssetVersionView,
} from '../../model/assetRegisterView';
import type { ChannelSpec } from '../../model/channelSpec';
import { checkAssetAgainstSpec } from './assetSpecCheck';
import { orderAssetDependencies } from './assetDependencies';
import { specName } from './channelSpecs';
import { formatBytes } from './fileSize';
import { suggestName } from './nameSuggestion';
import { type NamingContext, validateFileName } from './namingConvention';
import type { NamingConvention } from './namingPattern';

/** `v01`, `v02`… `v100`: the convention's vNN, at least two digits. */
export function versionLabel(version: number): string {
  return `v${String(version).padStart(2, '0')}`;
}

type Numbered = Pick<AssetVersion, 'version' | 'deletedAt'>;

/**
 * The number of the next version: one more than the highest ever given, removed versions
 * included, so a number is never given twice to two different files.
 */
export function nextVersionNumber(versions: readonly Numbered[]): number {
  return versions.reduce((max, v) => Math.max(max, v.version), 0) + 1;
}

/** The newest version not removed, or null. */
export function currentVersion<V extends Numbered>(versions: readonly V[]): V | null {
  let current: V | null = null;
  for (const v of versions) {
    if (v.deletedAt === null && (current === null || v.version > current.version)) current = v;
  }
  return current;
}

/**
 * Checks the current version's file name against the convention, and that its vNN is the
 * version it is registered as (a v02 still named `…_v01.psd` is the classic mix-up). A name
 * that fails comes with a suggested name carrying the right version.
 */
export function checkAssetFileName(
  fileName: string,
  version: number,
  convention: NamingConvention,
  context: NamingContext,
): AssetNameCheck {
  const hasVersion = convention.items.some((i) => i.kind === 'token' && i.token === 'vNN');
  const check = validateFileName(fileName, convention, context);
  if (check.ok) {
    const written = check.parts.version;
    if (!hasVersion || written === null || written === version) {
      return { fileName, ok: true, problems: [], suggestion: null, unresolved: [] };
    }
    return {
      fileName,
      ok: false,
      problems: [
        `version: the file says ${versionLabel(written)} but this is ${versionLabel(version)}`,
      ],
      suggestion: withVersion(fileName, version, convention, context),
      unresolved: [],
    };
  }
  const suggested = suggestName(fileName, convention, context);
  const name = hasVersion
    ? withVersion(suggested.name, version, convention, context)
    : suggested.name;
  return {
    fileName,
    ok: false,
    problems: check.problems.map((p) => p.message),
    suggestion: name === fileName ? null : name,
    unresolved: suggested.unresolved.map((p) => p.message),
  };
}

/** The name with its vNN set to `version`, when the name parses; otherwise unchanged. */
function withVersion(
  name: string,
  version: number,
  convention: NamingConvention,
  context: NamingContext,
): string {
  const check = validateFileName(name, convention, context);
  if (!check.ok || check.parts.version === null || check.parts.version === version) return name;
  const written = versionLabel(check.parts.version);
  const at = name.lastIndexOf(written);
  if (at < 0) return name;
  const fixed = `${name.slice(0, at)}${versionLabel(version)}${name.slice(at + written.length)}`;
  // The asset name could hold the same letters (`teaser-v01`): keep the fix only if it took.
  const again = validateFileName(fixed, convention, context);
  return again.ok && again.parts.version === version ? fixed : name;
}

/**
 * Where an asset's approval may go from each state. Anyone in the workspace may move it (the
 * register records who approved and when); approving is allowed while the name or spec checks
 * fail, because the register shows those problems next to the approval (docs/decisions.md).
 */
export const APPROVAL_TRANSITIONS: Readonly<
  Record<AssetApprovalState, readonly AssetApprovalState[]>
> = {
  draft: ['in_review', 'approved'],
  in_review: ['approved', 'changes_requested', 'draft'],
  changes_requested: ['in_review', 'draft'],
  approved: ['changes_requested', 'draft'],
};

export const APPROVAL_LABELS: Readonly<Record<AssetApprovalState, string>> = {
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved',
  changes_requested: 'Changes requested',
};

export interface ApprovalPatch {
  approvalState: AssetApprovalState;
  approvedById: string | null;
  approvedAt: string | null;
}

export type ApprovalChange = { ok: true; patch: ApprovalPatch } | { ok: false; message: string };

/**
 * Moves an asset's approval. Approving records who and when; leaving `approved` clears them.
 * Setting the state it already has changes nothing (two teammates clicking Approve at once).
 */
export function changeApproval(
  asset: Pick<Asset, 'name' | 'approvalState' | 'approvedById' | 'approvedAt'>,
  next: AssetApprovalState,
  actorId: string | null,
  at: string,
): ApprovalChange {
  const from = asset.approvalState;
  if (from === next) {
    const { approvalState, approvedById, approvedAt } = asset;
    return { ok: true, patch: { approvalState, approvedById, approvedAt } };
  }
  if (!APPROVAL_TRANSITIONS[from].includes(next)) {
    const allowed = APPROVAL_TRANSITIONS[from].map((s) => APPROVAL_LABELS[s]).join(' or ');
    return {
      ok: false,
      message: `state: ${asset.name} is ${APPROVAL_LABELS[from]}; it can go to ${allowed}, not ${APPROVAL_LABELS[next]}`,
    };
  }
  if (next === 'approved' && actorId === null) {
    return { ok: false, message: 'state: choose who you are on this computer before approving' };
  }
  return next === 'approved'
    ? { ok: true, patch: { approvalState: next, approvedById: actorId, approvedAt: at } }
    : { ok: true, patch: { approvalState: next, approvedById: null, approvedAt: null } };
}

/**
 * The approval after a new version is added. An approved asset goes back to draft: the
 * approval was of the previous file, and a changed file needs approving again. Other states
 * stay (a file sent for review or sent back is still in that conversation).
 */
export function approvalAfterNewVersion(
  asset: Pick<Asset, 'approvalState' | 'approvedById' | 'approvedAt'>,
): ApprovalPatch & { reset: boolean } {
  if (asset.approvalState === 'approved') {
    return { approvalState: 'draft', approvedById: null, approvedAt: null, reset: true };
  }
  const { approvalState, approvedById, approvedAt } = asset;
  return { approvalState, approvedById, approvedAt, reset: false };
}

type DependencyNode = Pick<Asset, 'id' | 'name' | 'dependsOn'>;

export type DependencyUpdate = { ok: true; dependsOn: string[] } | { ok: false; message: string };

/**
 * Checks an asset's new list of what it needs against the campaign's other assets (not
 * removed): each must be one of them, not itself, and the graph must stay without cycles,
 * a cycle being named by asset names. Returns the list without repeats.
 */
export function checkDependencyUpdate(
  assets: readonly DependencyNode[],
  assetId: string,
  dependsOn: readonly string[],
): DependencyUpdate {
  const self = assets.find((a) => a.id === assetId);
  const name = self?.name ?? 'the new asset';
  const unique = [...new Set(dependsOn)];
  if (unique.includes(assetId)) {
    return { ok: false, message: `dependsOn: ${name} cannot need itself` };
  }
  const known = new Set(assets.map((a) => a.id));
  const unknown = unique.find((id) => !known.has(id));
  if (unknown !== undefined) {
    return {
      ok: false,
      message: `dependsOn: '${unknown}' is not an asset of this campaign's register`,
    };
  }
  const nodes = self ? assets : [...assets, { id: assetId, name, dependsOn: [] }];
  const graph: Record<string, readonly string[]> = {};
  for (const a of nodes) graph[a.id] = a.id === assetId ? unique : liveNeeds(a, known);
  const order = orderAssetDependencies(nodes, graph);
  if (!order.ok) {
    return { ok: false, message: `dependsOn: ${order.problems.map((p) => p.message).join('; ')}` };
  }
  return { ok: true, dependsOn: unique };
}

/** Needs of assets since removed are kept in the row (a restore brings them back) but ignored. */
function liveNeeds(asset: DependencyNode, live: ReadonlySet<string>): string[] {
  return [...new Set(asset.dependsOn)].filter((id) => live.has(id) && id !== asset.id);
}

export interface AssetRegisterInput {
  campaignId: string;
  /** The campaign's assets, removed ones included. */
  assets: readonly Asset[];
  /** Their versions, removed ones included. */
  versions: readonly AssetVersion[];
  convention: NamingConvention;
  library: readonly ChannelSpec[];
  /** The campaign's client and campaign slugs; the date comes from each version. */
  context: Pick<NamingContext, 'clientSlug' | 'campaignSlug'>;
  namingPattern: string;
  personName: (id: string) => string | null;
}

/**
 * The register of one campaign: assets in their order, each with its versions (oldest first),
 * its current version's name check with a suggested fix, its spec check and what it needs;
 * then the making order, or the cycle that prevents one.
 */
export function buildAssetRegister(input: AssetRegisterInput): AssetRegisterView {
  const live = [...input.assets]
    .filter((a) => a.deletedAt === null)
    .sort((a, b) => a.position - b.position || a.createdAt.localeCompare(b.createdAt));
  const liveIds = new Set(live.map((a) => a.id));
  const nameOf = new Map(live.map((a) => [a.id, a.name]));
  const byAsset = new Map<string, AssetVersion[]>();
  for (const v of input.versions) {
    if (v.deletedAt !== null) continue;
    const list = byAsset.get(v.assetId) ?? [];
    list.push(v);
    byAsset.set(v.assetId, list);
  }

  const rows = live.map((asset): AssetRegisterRow => {
    const versions = (byAsset.get(asset.id) ?? [])
      .sort((a, b) => a.version - b.version)
      .map((v): AssetVersionView => ({
        ...v,
        label: versionLabel(v.version),
        byName: v.byId ? input.personName(v.byId) : null,
      }));
    const current = versions.length > 0 ? versions[versions.length - 1]! : null;
    const needs = live.filter((a) => liveNeeds(asset, liveIds).includes(a.id));
    const context = { ...input.context, date: current?.at.slice(0, 10) ?? null };
    return {
      ...asset,
      versions,
      current,
      approvedByName: asset.approvedById ? input.personName(asset.approvedById) : null,
      sizeLabel: asset.fileSizeBytes === null ? null : formatBytes(asset.fileSizeBytes),
      nameCheck: current
        ? checkAssetFileName(current.fileName, current.version, input.convention, context)
        : null,
      nextFileName: current ? nextFileName(current, input.convention, context) : null,
      specCheck: specCheckView(asset, input.library),
      needsNames: needs.map((a) => a.name),
      nextStates: [...APPROVAL_TRANSITIONS[asset.approvalState]],
    };
  });

  const graph: Record<string, string[]> = {};
  for (const a of live) graph[a.id] = liveNeeds(a, liveIds);
  const ordered = orderAssetDependencies(live, graph);
  const order: AssetRegisterView['order'] = ordered.ok
    ? {
        ok: true,
        steps: ordered.order.map((o) => ({
          id: o.id,
          name: o.name,
          depth: o.depth,
          needsNames: o.needs.map((id) => nameOf.get(id) ?? id),
        })),
      }
    : { ok: false, problems: ordered.problems.map((p) => p.message) };

  const removed = input.assets
    .filter((a) => a.deletedAt !== null)
    .sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''))
    .map((a) => ({ id: a.id, name: a.name }));

  return {
    campaignId: input.campaignId,
    assets: rows,
    removed,
    order,
    specs: input.library.map((s) => ({ id: s.id, name: specName(s) })),
    namingPattern: input.namingPattern,
    summary: {
      total: rows.length,
      approved: rows.filter((r) => r.approvalState === 'approved').length,
      withProblems: rows.filter((r) => !r.specCheck.ok || (r.nameCheck !== null && !r.nameCheck.ok))
        .length,
    },
  };
}

function nextFileName(
  current: Pick<AssetVersion, 'fileName' | 'version'>,
  convention: NamingConvention,
  context: NamingContext,
): string {
  const next = checkAssetFileName(current.fileName, current.version + 1, convention, context);
  return next.suggestion ?? current.fileName;
}

function specCheckView(asset: Asset, library: readonly ChannelSpec[]): AssetSpecCheckView {
  const check = checkAssetAgainstSpec(asset, library);
  return {
    ok: check.ok,
    specName: check.spec ? specName(check.spec) : null,
    problems: check.ok ? [] : check.problems.map((p) => ({ field: p.field, message: p.message })),
  };
}
