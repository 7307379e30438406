import type { AssetApprovalState, CampaignType, FieldValue, TemplateField } from '../../model';
import { checkLaunchSequenceRows, type TableRowValue } from './packageTables';
import { isBlank } from './rowIssue';
import { checkTrackingEvents } from './trackingChecks';
import { checkUtmLinks, normaliseUtmValue, UTM_PARAMS, type UtmLinkInput } from './utm';

// What the gate asks of a Production → Launch package beyond "required field empty": the rows of
// its tables pass their checks, and every asset of the campaign is approved in its final version.

/** One live asset of the campaign's asset register, as the final verification reads it. */
export interface RegisterAsset {
  name: string;
  approvalState: AssetApprovalState;
}

/** What the gate needs besides the package's own fields to check a launch package. */
export interface LaunchChecksInput {
  campaignType: CampaignType;
  /** The campaign's assets that are not removed. */
  assets: readonly RegisterAsset[];
}

/** One thing the launch package still lacks, in the words of the gate's missing list. */
export interface LaunchPackageItem {
  kind: 'field' | 'asset';
  /** The field key (the panel highlights that field) or `assets` for the register. */
  key: string;
  label: string;
  problem: string;
}

/** The template field keys these checks read; a template without one of them skips its check. */
export const LAUNCH_CHECKED_FIELDS = {
  utmLinks: 'utmLinks',
  trackingEvents: 'trackingEvents',
  launchSequence: 'launchSequence',
} as const;

export const FINAL_ASSET_VERIFICATION = 'Final asset verification';

/**
 * A content campaign may be a text that lives in the CMS with no produced files; every other type
 * launches assets, so an empty register there means the register was not kept, not that
 * nothing was made.
 */
export function makesAssets(type: CampaignType): boolean {
  return type !== 'content';
}

const STATE_WORDS: Readonly<Record<AssetApprovalState, string>> = {
  draft: 'draft',
  in_review: 'in review',
  approved: 'approved',
  changes_requested: 'changes requested',
};

/** The register's verdict: null when every asset is approved (or none are expected). */
export function finalAssetProblem(
  type: CampaignType,
  assets: readonly RegisterAsset[],
): string | null {
  if (assets.length === 0) return makesAssets(type) ? 'no assets in the register' : null;
  const open = assets.filter((a) => a.approvalState !== 'approved');
  if (open.length === 0) return null;
  const names = open.map((a) => `${a.name} (${STATE_WORDS[a.approvalState]})`).join(', ');
  return `${open.length} ${open.length === 1 ? 'asset' : 'assets'} not approved: ${names}`;
}

function tableRows(value: FieldValue | undefined): TableRowValue[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((r) => (typeof r === 'object' && r !== null ? [r] : []));
}

/** "Row 2 (https://shop.example/sale)": how a person finds the link in the table. */
function linkName(link: UtmLinkInput, row: number): string {
  const base = link.baseUrl?.trim();
  return isBlank(base) ? `Row ${row + 1}` : `Row ${row + 1} (${base})`;
}

/**
 * Each link's own problems (missing parameters, a bad landing page, a value not written in the
 * house form), then the problems between links (the same URL twice, one value spelled several
 * ways, campaigns that differ). The UTM editor writes values normalised; a value typed
 * elsewhere (the CLI, an import) is named with the form to use instead of being rewritten here.
 */
export function utmLinkProblems(rows: readonly TableRowValue[]): string[] {
  const links: UtmLinkInput[] = rows.map((r) => ({
    baseUrl: r.baseUrl,
    source: r.source,
    medium: r.medium,
    campaign: r.campaign,
    content: r.content,
    term: r.term,
  }));
  const { links: built, issues } = checkUtmLinks(links);
  const problems: string[] = [];
  built.forEach((result, row) => {
    const name = linkName(links[row]!, row);
    const own: string[] = result.ok ? [] : result.problems.map((p) => p.message);
    for (const field of UTM_PARAMS) {
      const raw = links[row]![field];
      if (isBlank(raw) || normaliseUtmValue(raw!) === raw) continue;
      own.push(`${field} "${raw}" is not in lower case: write "${normaliseUtmValue(raw!)}"`);
    }
    problems.push(...own.map((p) => `${name}: ${p}`));
  });
  problems.push(...issues.map((i) => i.message));
  return problems;
}

/**
 * The launch package's gate items for the template's fields: UTM links, untested tracking
 * events, launch sequence errors, then the final asset verification. Only errors count: the
 * launch sequence's timing warnings (out of order, in the past) are shown in the editor and do
 * not hold the gate, and no error depends on the launch window, so none is needed here.
 */
export function launchPackageItems(
  fields: Readonly<Record<string, FieldValue>>,
  templateFields: readonly TemplateField[],
  input: LaunchChecksInput,
): LaunchPackageItem[] {
  const items: LaunchPackageItem[] = [];
  const field = (key: string) => templateFields.find((f) => f.key === key && f.type === 'table');
  const push = (f: TemplateField, problems: readonly string[]) => {
    for (const problem of problems)
      items.push({ kind: 'field', key: f.key, label: f.label, problem });
  };

  const utm = field(LAUNCH_CHECKED_FIELDS.utmLinks);
  if (utm) push(utm, utmLinkProblems(tableRows(fields[utm.key])));

  const events = field(LAUNCH_CHECKED_FIELDS.trackingEvents);
  if (events) {
    const rows = tableRows(fields[events.key]);
    const checked = checkTrackingEvents(rows);
    push(
      events,
      checked.issues.filter((i) => i.severity === 'error').map((i) => i.message),
    );
  }

  const sequence = field(LAUNCH_CHECKED_FIELDS.launchSequence);
  if (sequence) {
    const rows = tableRows(fields[sequence.key]);
    const checked = checkLaunchSequenceRows(rows, {
      launchDate: null,
      timeZone: 'UTC',
      now: '1970-01-01T00:00:00Z',
    });
    push(
      sequence,
      checked.issues.filter((i) => i.severity === 'error').map((i) => i.message),
    );
  }

  const assets = finalAssetProblem(input.campaignType, input.assets);
  if (assets) {
    items.push({ kind: 'asset', key: 'assets', label: FINAL_ASSET_VERIFICATION, problem: assets });
  }
  return items;
}
