import { type ChannelSpec } from '../../model/channelSpec';
import { findChannelSpec, specName } from './channelSpecs';
import { formatBytes, formatBytesAgainst } from './fileSize';

/** An asset of the register, as far as its channel spec cares. */
export interface SpecCheckedAsset {
  name: string;
  channelSpecId: string;
  /** The file's extension or format name: `jpg`, `.PNG`, `jpeg`. */
  format: string;
  /** Null when not known (yet): the check then says what the spec needs. */
  width: number | null;
  height: number | null;
  fileSizeBytes: number | null;
}

export type SpecField = 'channelSpecId' | 'format' | 'dimensions' | 'fileSize';

export interface SpecProblem {
  field: SpecField;
  expected: string;
  actual: string;
  /** "dimensions: 1080×1080 but Instagram story needs 1080×1920". */
  message: string;
}

export type AssetSpecCheck =
  | { ok: true; spec: ChannelSpec }
  | { ok: false; spec: ChannelSpec | null; problems: SpecProblem[] };

const FIELD_LABELS: Record<SpecField, string> = {
  channelSpecId: 'channel spec',
  format: 'format',
  dimensions: 'dimensions',
  fileSize: 'file size',
};

function problem(field: SpecField, expected: string, actual: string, text: string): SpecProblem {
  return { field, expected, actual, message: `${FIELD_LABELS[field]}: ${text}` };
}

/** Spellings of one format that platforms treat as the same file type. */
const FORMAT_ALIASES: Record<string, string> = {
  jpeg: 'jpg',
  jpe: 'jpg',
  tif: 'tiff',
  htm: 'html',
};

export function normaliseFormat(format: string): string {
  const bare = format.trim().replace(/^\./, '').toLowerCase();
  return FORMAT_ALIASES[bare] ?? bare;
}

/** Checks one asset against the spec of its channel placement in the workspace's library. */
export function checkAssetAgainstSpec(
  asset: SpecCheckedAsset,
  library: readonly ChannelSpec[],
): AssetSpecCheck {
  const spec = findChannelSpec(library, asset.channelSpecId);
  if (!spec) {
    const known = asset.channelSpecId.trim() === '' ? 'none chosen' : `'${asset.channelSpecId}'`;
    return {
      ok: false,
      spec: null,
      problems: [
        problem(
          'channelSpecId',
          'a spec of the library',
          asset.channelSpecId,
          asset.channelSpecId.trim() === ''
            ? `${known}: choose where ${asset.name} runs`
            : `${known} is not in the workspace's spec library`,
        ),
      ],
    };
  }
  const name = specName(spec);
  const problems: SpecProblem[] = [];

  const format = normaliseFormat(asset.format);
  const allowed = spec.formats.map((f) => f.format);
  const formatSpec = spec.formats.find((f) => f.format === format);
  if (!formatSpec) {
    problems.push(
      problem(
        'format',
        allowed.join(', '),
        format,
        `${format || 'none'} but ${name} allows ${allowed.join(', ')}`,
      ),
    );
  }

  const dimensions = checkDimensions(asset, spec, name);
  if (dimensions) problems.push(dimensions);

  if (formatSpec?.maxBytes != null) {
    const limit = formatSpec.maxBytes;
    if (asset.fileSizeBytes === null) {
      const max = formatBytes(limit);
      problems.push(
        problem(
          'fileSize',
          `at most ${max}`,
          'unknown',
          `unknown; ${name} allows at most ${max} for ${format}`,
        ),
      );
    } else if (asset.fileSizeBytes > limit) {
      const [size, max] = formatBytesAgainst(asset.fileSizeBytes, limit);
      problems.push(
        problem(
          'fileSize',
          `at most ${max}`,
          size,
          `${size} is over the ${max} limit for ${format} on ${name}`,
        ),
      );
    }
  }
  return problems.length > 0 ? { ok: false, spec, problems } : { ok: true, spec };
}

function checkDimensions(
  asset: SpecCheckedAsset,
  spec: ChannelSpec,
  name: string,
): SpecProblem | null {
  const needed = describeNeeded(spec);
  const { width, height } = asset;
  if (width === null || (spec.height !== null && height === null)) {
    return problem('dimensions', needed, 'unknown', `unknown; ${name} needs ${needed}`);
  }
  const actual = spec.height === null ? `${width} px wide` : `${width}×${height ?? 0}`;
  const fits =
    spec.height === null
      ? spec.dimensionRule === 'exact'
        ? width === spec.width
        : width >= spec.width
      : spec.dimensionRule === 'exact'
        ? width === spec.width && height === spec.height
        : width >= spec.width &&
          height !== null &&
          sameRatio(width, height, spec.width, spec.height);
  return fits
    ? null
    : problem('dimensions', needed, actual, `${actual} but ${name} needs ${needed}`);
}

/**
 * Within 1%: platforms accept 1200×628 for 1200×627 (1.91:1), and an export at 2× rarely
 * lands on the exact pixel.
 */
function sameRatio(w: number, h: number, specW: number, specH: number): boolean {
  return Math.abs(w / h - specW / specH) <= 0.01 * (specW / specH);
}

function describeNeeded(spec: ChannelSpec): string {
  if (spec.height === null) {
    return spec.dimensionRule === 'exact'
      ? `${spec.width} px wide`
      : `at least ${spec.width} px wide`;
  }
  const size = `${spec.width}×${spec.height}`;
  return spec.dimensionRule === 'exact'
    ? size
    : `${size} (or larger at ${aspectRatioLabel(spec.width, spec.height)})`;
}

/** `4:5`, `9:16`, or `1.91:1` where the exact ratio has no small whole numbers. */
export function aspectRatioLabel(width: number, height: number): string {
  const d = gcd(width, height);
  const [a, b] = [width / d, height / d];
  if (a <= 32 && b <= 32) return `${a}:${b}`;
  return width >= height ? `${(width / height).toFixed(2)}:1` : `1:${(height / width).toFixed(2)}`;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Every asset of a register checked, in the register's order. */
export function checkAssetsAgainstSpecs<A extends SpecCheckedAsset>(
  assets: readonly A[],
  library: readonly ChannelSpec[],
): { asset: A; check: AssetSpecCheck }[] {
  return assets.map((asset) => ({ asset, check: checkAssetAgainstSpec(asset, library) }));
}
