import type { NamingConvention, NamingToken } from './namingPattern';

/** The sample values an example name is built from; a campaign's own when shown for one. */
export interface ExampleValues {
  /** `2026-03-14`. */
  date: string;
  client: string;
  campaign: string;
  asset: string;
  version: number;
  extension: string;
}

export const EXAMPLE_VALUES: ExampleValues = {
  date: '2026-03-14',
  client: 'acme',
  campaign: 'spring',
  asset: 'hero-banner',
  version: 1,
  extension: 'jpg',
};

function valueOf(token: NamingToken, v: ExampleValues): string {
  switch (token) {
    case 'YYYY-MM-DD':
      return v.date;
    case 'YYYYMMDD':
      return v.date.replaceAll('-', '');
    case 'client':
      return v.client;
    case 'campaign':
      return v.campaign;
    case 'asset-name':
      return v.asset;
    case 'vNN':
      return `v${String(v.version).padStart(2, '0')}`;
    case 'ext':
      return v.extension;
  }
}

/**
 * A file name that follows the convention (`2026-03-14_acme-spring_hero-banner_v01.jpg`), so
 * a person editing the pattern sees what the team's files will be called.
 */
export function exampleFileName(
  convention: NamingConvention,
  values: ExampleValues = EXAMPLE_VALUES,
): string {
  return convention.items
    .map((it) => (it.kind === 'sep' ? it.sep : valueOf(it.token, values)))
    .join('');
}
