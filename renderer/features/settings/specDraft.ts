import type { ChannelSpec, CopyField, DimensionRule } from '../../../shared/model';
import { formatBytes, GB, KB, MB } from '../../../shared/domain/production';

/**
 * A spec as its table row edits it: numbers kept as typed so a half-typed "10" is not lost,
 * turned back into numbers on save (anything unreadable goes as typed and the server names it).
 */
export interface SpecDraft {
  key: string;
  id: string;
  channel: string;
  placement: string;
  width: string;
  height: string;
  dimensionRule: DimensionRule;
  /** Max size as typed: `30 MB`, `150 KB`, a bare number read as MB; empty for no limit. */
  formats: { format: string; maxSize: string }[];
  textLimits: {
    label: string;
    copyField: CopyField | '';
    maxChars: string;
    recommended: boolean;
  }[];
  notes: string;
}

let counter = 0;
const nextKey = () => `spec-${++counter}`;

const UNITS: Record<string, number> = { b: 1, bytes: 1, kb: KB, mb: MB, gb: GB };

/** `150 KB` when that reads back to the same bytes, else the exact bytes (no silent rounding). */
function sizeText(bytes: number | null): string {
  if (bytes === null) return '';
  const short = formatBytes(bytes);
  return readSize(short) === bytes ? short : `${bytes} bytes`;
}

/** `30 MB`, `150kb`, `2.5` (MB) → bytes; null when it cannot be read. */
export function readSize(text: string): number | null {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  if (!m) return null;
  const unit = UNITS[(m[2] || 'mb').toLowerCase()];
  if (unit === undefined) return null;
  return Math.round(Number(m[1]!.replace(',', '.')) * unit);
}

export function toDraft(spec: ChannelSpec): SpecDraft {
  return {
    key: nextKey(),
    id: spec.id,
    channel: spec.channel,
    placement: spec.placement,
    width: String(spec.width),
    height: spec.height === null ? '' : String(spec.height),
    dimensionRule: spec.dimensionRule,
    formats: spec.formats.map((f) => ({ format: f.format, maxSize: sizeText(f.maxBytes) })),
    textLimits: spec.textLimits.map((l) => ({
      label: l.label,
      copyField: l.copyField ?? '',
      maxChars: String(l.maxChars),
      recommended: l.recommended,
    })),
    notes: spec.notes,
  };
}

export function emptyDraft(): SpecDraft {
  return {
    key: nextKey(),
    id: '',
    channel: '',
    placement: '',
    width: '',
    height: '',
    dimensionRule: 'exact',
    formats: [{ format: 'jpg', maxSize: '' }],
    textLimits: [],
    notes: '',
  };
}

function num(text: string): number | string {
  const t = text.trim().replace(/,/g, '');
  return t !== '' && Number.isFinite(Number(t)) ? Number(t) : text;
}

/** What the service receives; its validation names the spec and field of anything wrong. */
export function fromDraft(d: SpecDraft): Record<string, unknown> {
  return {
    id: d.id.trim(),
    channel: d.channel,
    placement: d.placement,
    width: num(d.width),
    height: d.height.trim() === '' ? null : num(d.height),
    dimensionRule: d.dimensionRule,
    formats: d.formats.map((f) => ({
      format: f.format.trim().toLowerCase(),
      // Unreadable text goes as typed: the service names the spec and the field.
      maxBytes: f.maxSize.trim() === '' ? null : (readSize(f.maxSize) ?? f.maxSize),
    })),
    textLimits: d.textLimits.map((l) => ({
      label: l.label,
      copyField: l.copyField === '' ? null : l.copyField,
      maxChars: num(l.maxChars),
      recommended: l.recommended,
    })),
    notes: d.notes,
  };
}
