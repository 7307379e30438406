import type { ChannelSpec, CopyField, DimensionRule } from '../../../shared/model';
import { MB } from '../../../shared/domain/production';

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
  formats: { format: string; maxMb: string }[];
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

const mbText = (bytes: number | null) =>
  bytes === null ? '' : String(Math.round((bytes / MB) * 100) / 100);

export function toDraft(spec: ChannelSpec): SpecDraft {
  return {
    key: nextKey(),
    id: spec.id,
    channel: spec.channel,
    placement: spec.placement,
    width: String(spec.width),
    height: spec.height === null ? '' : String(spec.height),
    dimensionRule: spec.dimensionRule,
    formats: spec.formats.map((f) => ({ format: f.format, maxMb: mbText(f.maxBytes) })),
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
    formats: [{ format: 'jpg', maxMb: '' }],
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
    formats: d.formats.map((f) => {
      const mb = num(f.maxMb);
      return {
        format: f.format.trim().toLowerCase(),
        maxBytes: f.maxMb.trim() === '' ? null : typeof mb === 'number' ? Math.round(mb * MB) : mb,
      };
    }),
    textLimits: d.textLimits.map((l) => ({
      label: l.label,
      copyField: l.copyField === '' ? null : l.copyField,
      maxChars: num(l.maxChars),
      recommended: l.recommended,
    })),
    notes: d.notes,
  };
}
