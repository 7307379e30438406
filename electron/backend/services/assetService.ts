import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import {
  approvalAfterNewVersion,
  buildAssetRegister,
  changeApproval,
  checkDependencyUpdate,
  currentVersion,
  DomainError,
  findChannelSpec,
  nextVersionNumber,
  ruleViolation,
  slugify,
} from '../../../shared/domain';
import type {
  AddAssetVersion,
  Asset,
  AssetApprovalState,
  AssetRegisterView,
  AssetVersion,
  NewAsset,
  SetAssetApproval,
  UpdateAsset,
} from '../../../shared/model';
import * as s from '../../db/schema';
import type { ReadDb, WriteTx } from '../../db/writeTx';
import { actorOf, type BackendContext } from '../context';
import { peopleNames } from '../views/peopleNames';
import { productionLibrary } from '../views/productionLibrary';

type AssetRow = typeof s.assets.$inferSelect;

/** Stored rows as the model types them: the JSON list and the state enum. */
function toAsset(row: AssetRow): Asset {
  return {
    ...row,
    approvalState: row.approvalState as AssetApprovalState,
    dependsOn: Array.isArray(row.dependsOn)
      ? row.dependsOn.filter((x): x is string => typeof x === 'string')
      : [],
  };
}

function campaignAssets(read: ReadDb, campaignId: string): Asset[] {
  return read
    .select()
    .from(s.assets)
    .where(eq(s.assets.campaignId, campaignId))
    .orderBy(asc(s.assets.position), asc(s.assets.id))
    .all()
    .map(toAsset);
}

function versionsOf(read: ReadDb, assetIds: readonly string[]): AssetVersion[] {
  if (assetIds.length === 0) return [];
  return read
    .select()
    .from(s.assetVersions)
    .where(inArray(s.assetVersions.assetId, [...assetIds]))
    .all();
}

/** The campaign's client and campaign slugs: what file names are checked against. */
function namingContext(read: ReadDb, campaignId: string) {
  const row = read
    .select({ campaign: s.campaigns.name, client: s.clients.name })
    .from(s.campaigns)
    .innerJoin(s.clients, eq(s.clients.id, s.campaigns.clientId))
    .where(eq(s.campaigns.id, campaignId))
    .get();
  if (!row) throw ruleViolation('campaignId', 'is not a campaign of this workspace');
  return { clientSlug: slugify(row.client), campaignSlug: slugify(row.campaign) };
}

/** A campaign's asset register with every check made (shared/domain/production/assetRegister). */
export function listAssets(ctx: BackendContext, input: { campaignId: string }): AssetRegisterView {
  const read = ctx.db.read;
  const context = namingContext(read, input.campaignId);
  const assets = campaignAssets(read, input.campaignId);
  const library = productionLibrary(read);
  const names = peopleNames(read);
  return buildAssetRegister({
    campaignId: input.campaignId,
    assets,
    versions: versionsOf(
      read,
      assets.map((a) => a.id),
    ),
    convention: library.convention,
    library: library.channelSpecs,
    context,
    namingPattern: library.convention.pattern,
    personName: (id) => names.get(id) ?? null,
  });
}

/** A domain message `field: problem` as a typed error naming that field. */
function refuse(message: string): DomainError {
  const colon = message.indexOf(': ');
  const field = colon > 0 ? message.slice(0, colon) : 'asset';
  const problem = colon > 0 ? message.slice(colon + 2) : message;
  return new DomainError('RULE_VIOLATION', message, [{ field, problem }]);
}

function liveAssets(tx: WriteTx, campaignId: string): Asset[] {
  return tx.read
    .select()
    .from(s.assets)
    .where(and(eq(s.assets.campaignId, campaignId), isNull(s.assets.deletedAt)))
    .all()
    .map(toAsset);
}

/** A spec id must be in the workspace's library ('' = not chosen yet, shown as a problem). */
function requireKnownSpec(tx: WriteTx, channelSpecId: string): void {
  if (channelSpecId === '') return;
  if (!findChannelSpec(productionLibrary(tx.read).channelSpecs, channelSpecId)) {
    throw ruleViolation(
      'channelSpecId',
      `'${channelSpecId}' is not in the workspace's spec library`,
    );
  }
}

function checkedDependencies(
  tx: WriteTx,
  campaignId: string,
  assetId: string,
  dependsOn: readonly string[],
): string[] {
  const update = checkDependencyUpdate(liveAssets(tx, campaignId), assetId, dependsOn);
  if (!update.ok) throw refuse(update.message);
  return update.dependsOn;
}

/** A new asset at the end of its campaign's register, with its first version (v01). */
export function createAsset(ctx: BackendContext, input: NewAsset): AssetRegisterView {
  ctx.db.write(actorOf(ctx), (tx) => {
    const campaign = tx.get('campaign', input.campaignId);
    if (!campaign || campaign.deletedAt) {
      throw ruleViolation('campaignId', 'is not a campaign of this workspace');
    }
    requireKnownSpec(tx, input.channelSpecId);
    const existing = tx.read
      .select({ position: s.assets.position })
      .from(s.assets)
      .where(eq(s.assets.campaignId, input.campaignId))
      .all();
    const position = existing.reduce((max, a) => Math.max(max, a.position + 1), 0);
    const { fileName, note, ...fields } = input;
    const asset = tx.insert('asset', {
      ...fields,
      width: input.width ?? null,
      height: input.height ?? null,
      fileSizeBytes: input.fileSizeBytes ?? null,
      approvalState: 'draft',
      approvedById: null,
      approvedAt: null,
      dependsOn: [],
      position,
      createdAt: tx.at,
    });
    const dependsOn = checkedDependencies(tx, input.campaignId, asset.id, input.dependsOn);
    if (dependsOn.length > 0) tx.update('asset', asset.id, { dependsOn });
    tx.insert('assetVersion', {
      assetId: asset.id,
      version: 1,
      fileName,
      byId: tx.actorId,
      at: tx.at,
      note,
    });
  });
  return listAssets(ctx, { campaignId: input.campaignId });
}

/** Edits an asset's fields; a new list of what it needs is refused if it makes a cycle. */
export function updateAsset(ctx: BackendContext, input: UpdateAsset): AssetRegisterView {
  const campaignId = ctx.db.write(actorOf(ctx), (tx) => {
    const asset = tx.require('asset', input.id);
    const { id, dependsOn, fileName, ...fields } = input;
    if (fields.channelSpecId !== undefined) requireKnownSpec(tx, fields.channelSpecId);
    const patch: Partial<AssetRow> = { ...fields };
    if (dependsOn !== undefined) {
      patch.dependsOn = checkedDependencies(tx, asset.campaignId, id, dependsOn);
    }
    tx.update('asset', id, patch);
    if (fileName !== undefined) {
      const current = currentVersion(versionsOf(tx.read, [id]));
      if (!current) throw ruleViolation('fileName', 'has no version to rename yet');
      tx.update('assetVersion', current.id, { fileName });
    }
    return asset.campaignId;
  });
  return listAssets(ctx, { campaignId });
}

/**
 * Adds the next version (max + 1) with its file name and note, recording who and when; the
 * file facts given replace the asset's. An approved asset goes back to draft.
 */
export function addAssetVersion(ctx: BackendContext, input: AddAssetVersion): AssetRegisterView {
  const campaignId = ctx.db.write(actorOf(ctx), (tx) => {
    const asset = toAsset(tx.require('asset', input.assetId));
    const version = nextVersionNumber(versionsOf(tx.read, [asset.id]));
    tx.insert('assetVersion', {
      assetId: asset.id,
      version,
      fileName: input.fileName,
      byId: tx.actorId,
      at: tx.at,
      note: input.note,
    });
    const approval = approvalAfterNewVersion(asset);
    tx.update('asset', asset.id, {
      approvalState: approval.approvalState,
      approvedById: approval.approvedById,
      approvedAt: approval.approvedAt,
      ...(input.width !== undefined ? { width: input.width } : {}),
      ...(input.height !== undefined ? { height: input.height } : {}),
      ...(input.fileSizeBytes !== undefined ? { fileSizeBytes: input.fileSizeBytes } : {}),
      ...(input.location !== undefined ? { location: input.location } : {}),
    });
    return asset.campaignId;
  });
  return listAssets(ctx, { campaignId });
}

/** Moves an asset's approval as the person using this laptop (approving records who/when). */
export function setAssetApproval(ctx: BackendContext, input: SetAssetApproval): AssetRegisterView {
  const campaignId = ctx.db.write(actorOf(ctx), (tx) => {
    const asset = toAsset(tx.require('asset', input.assetId));
    const change = changeApproval(asset, input.state, tx.actorId, tx.at);
    if (!change.ok) throw refuse(change.message);
    tx.update('asset', asset.id, change.patch);
    return asset.campaignId;
  });
  return listAssets(ctx, { campaignId });
}

/** Removes an asset (soft: it can be restored, and sync merges the removal). */
export function removeAsset(ctx: BackendContext, input: { id: string }): AssetRegisterView {
  const row = ctx.db.write(actorOf(ctx), (tx) => tx.softDelete('asset', input.id));
  return listAssets(ctx, { campaignId: row.campaignId });
}

export function restoreAsset(ctx: BackendContext, input: { id: string }): AssetRegisterView {
  const row = ctx.db.write(actorOf(ctx), (tx) => tx.restore('asset', input.id));
  return listAssets(ctx, { campaignId: row.campaignId });
}
