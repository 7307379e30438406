import type { ChannelSpec, CopyField } from '../../model/channelSpec';
import { specName } from './channelSpecs';
import { COPY_FIELD_LABELS, countCharacters, type CopyVariation } from './copyVariations';

/** One field of one variation counted against one spec's limit, in words. */
export interface CopyLimitCount {
  field: CopyField;
  characters: number;
  maxChars: number | null;
  over: number;
  /** Over a hard limit: the platform refuses it (a recommended length only reads badly). */
  severity: 'ok' | 'warning' | 'error';
  /** "Headline 52/40 — 12 over Meta ads feed's limit", "CTA 12/30", "Body 80 characters". */
  text: string;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The specs copy is counted against: the campaign's own (the specs of its assets) that limit
 * a headline, body or CTA, each once, in the order given.
 */
export function specsLimitingCopy(
  library: readonly ChannelSpec[],
  specIds: readonly string[],
): ChannelSpec[] {
  const ids = [...new Set(specIds)];
  return ids.flatMap((id) => {
    const spec = library.find((s) => s.id === id);
    return spec && spec.textLimits.some((l) => l.copyField !== null) ? [spec] : [];
  });
}

/**
 * Each field of a variation against the limits the specs set on it: the tightest hard limit it
 * breaks, else the tightest recommended length it passes, else the tightest limit it fits (so
 * the copy fits everywhere it runs), or its bare count when no spec limits the field.
 */
export function copyLimitCounts(
  variation: CopyVariation,
  specs: readonly ChannelSpec[],
): CopyLimitCount[] {
  return (['headline', 'body', 'cta'] as const).map((field) => {
    const characters = countCharacters(variation[field]);
    const label = capital(COPY_FIELD_LABELS[field]);
    const limits = specs.flatMap((spec) =>
      spec.textLimits.filter((l) => l.copyField === field).map((limit) => ({ spec, limit })),
    );
    // The count that matters most: a hard limit broken, else a recommended length passed,
    // else the tightest limit it still fits (each the tightest of its kind).
    const byMax = [...limits].sort((a, b) => a.limit.maxChars - b.limit.maxChars);
    const broken = (recommended: boolean) =>
      byMax.find((x) => x.limit.recommended === recommended && characters > x.limit.maxChars);
    const tightest = broken(false) ?? broken(true) ?? byMax[0];
    if (!tightest) {
      return {
        field,
        characters,
        maxChars: null,
        over: 0,
        severity: 'ok',
        text: `${label} ${characters} characters`,
      };
    }
    const { spec, limit } = tightest;
    const over = Math.max(0, characters - limit.maxChars);
    const kind = limit.recommended ? 'recommended length' : 'limit';
    return {
      field,
      characters,
      maxChars: limit.maxChars,
      over,
      severity: over === 0 ? 'ok' : limit.recommended ? 'warning' : 'error',
      text:
        over === 0
          ? `${label} ${characters}/${limit.maxChars}`
          : `${label} ${characters}/${limit.maxChars} — ${over} over ${specName(spec)}'s ${kind}`,
    };
  });
}
