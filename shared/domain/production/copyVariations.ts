import {
  type ChannelSpec,
  COPY_FIELDS,
  type CopyField,
  type TextLimit,
} from '../../model/channelSpec';
import { specName } from './channelSpecs';

/** One labelled variation of an asset's copy (A, B, C…), as tested against each other. */
export interface CopyVariation {
  label: string;
  headline: string;
  body: string;
  cta: string;
}

export const COPY_FIELD_LABELS: Record<CopyField, string> = {
  headline: 'headline',
  body: 'body',
  cta: 'CTA',
};

// One segmenter for every count: building one costs far more than using it.
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Characters as a reader (and the platforms' counters) see them: 👍🏽, 🇩🇪 and an e with a
 * combining accent each count once, where `String.length` says 4, 4 and 2.
 */
export function countCharacters(text: string): number {
  return Array.from(graphemes.segment(text)).length;
}

/** A, B … Z, then AA, AB … like spreadsheet columns. */
export const VARIATION_LABEL = /^[A-Z]{1,3}$/;

function labelToNumber(label: string): number {
  return [...label].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 64), 0);
}

function numberToLabel(n: number): string {
  let label = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) {
    label = String.fromCharCode(65 + ((k - 1) % 26)) + label;
  }
  return label;
}

/**
 * The label for a new variation: the one after the highest in use, not a gap left by a
 * deleted variation, so "B" in last week's test results never comes to mean different copy.
 */
export function nextVariationLabel(labels: readonly string[]): string {
  const highest = labels
    .map((l) => l.trim().toUpperCase())
    .filter((l) => VARIATION_LABEL.test(l))
    .reduce((max, l) => Math.max(max, labelToNumber(l)), 0);
  return numberToLabel(highest + 1);
}

export interface LimitCount {
  limit: TextLimit;
  over: boolean;
}

export interface FieldCount {
  field: CopyField;
  characters: number;
  limits: LimitCount[];
}

export interface VariationCounts {
  label: string;
  fields: FieldCount[];
}

export interface CopyProblem {
  /** The variation's label as typed; empty when it has none. */
  label: string;
  field: 'label' | CopyField;
  /** Over a hard limit or a broken label is an error; over a recommended length a warning. */
  severity: 'error' | 'warning';
  message: string;
}

export interface CopyCheck {
  ok: boolean;
  counts: VariationCounts[];
  problems: CopyProblem[];
}

/**
 * Counts each variation's headline, body and CTA against the channel's text limits (none
 * when `spec` is null) and checks the labels: each one present, A–Z style, and unique.
 * `ok` is false only for errors; warnings (over a recommended length) still pass.
 */
export function checkCopyVariations(
  variations: readonly CopyVariation[],
  spec: ChannelSpec | null,
): CopyCheck {
  const problems: CopyProblem[] = [];
  const seen = new Set<string>();
  for (const v of variations) {
    const label = v.label.trim().toUpperCase();
    if (label === '') {
      problems.push(labelProblem(v.label, 'is required (A, B, C…)'));
    } else if (!VARIATION_LABEL.test(label)) {
      problems.push(labelProblem(v.label, `'${v.label}' must be letters A–Z (A, B … Z, AA, AB…)`));
    } else if (seen.has(label)) {
      problems.push(labelProblem(v.label, `${label} is used by more than one variation`));
    }
    seen.add(label);
    if (COPY_FIELDS.every((f) => v[f].trim() === '')) {
      problems.push({
        label: v.label,
        field: 'headline',
        severity: 'error',
        message: `${label || 'a variation'}: headline, body and CTA are all empty`,
      });
    }
  }

  const name = spec ? specName(spec) : '';
  const counts = variations.map((v): VariationCounts => {
    const label = v.label.trim().toUpperCase();
    const fields = COPY_FIELDS.map((field): FieldCount => {
      const characters = countCharacters(v[field]);
      const limits = (spec?.textLimits ?? [])
        .filter((l) => l.copyField === field)
        .map((limit) => ({ limit, over: characters > limit.maxChars }));
      for (const { limit, over } of limits) {
        if (!over) continue;
        problems.push({
          label: v.label,
          field,
          severity: limit.recommended ? 'warning' : 'error',
          message: `${label} ${COPY_FIELD_LABELS[field]}: ${characters} characters is over ${name}'s ${limit.label.toLowerCase()} ${limit.recommended ? 'recommended length' : 'limit'} of ${limit.maxChars}`,
        });
      }
      return { field, characters, limits };
    });
    return { label, fields };
  });
  return { ok: problems.every((p) => p.severity !== 'error'), counts, problems };
}

function labelProblem(label: string, text: string): CopyProblem {
  return { label, field: 'label', severity: 'error', message: `label: ${text}` };
}
