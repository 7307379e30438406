import type { Client, ClientInput } from '../../../shared/model';

/** The client form, keyed by the contract's field paths so backend issues land on the field. */
export interface ClientFormValues {
  name: string;
  accentColor: string;
  'brand.voice': string;
  /** One rule per line. */
  'brand.dos': string;
  'brand.donts': string;
  'brand.logoRules': string;
  'brand.colourRules': string;
  'brand.legalLines': string;
}

export type ClientField = keyof ClientFormValues;

export const CLIENT_FIELD_LABELS: Record<ClientField, string> = {
  name: 'Name',
  accentColor: 'Accent colour',
  'brand.voice': 'Voice',
  'brand.dos': 'Do',
  'brand.donts': 'Don’t',
  'brand.logoRules': 'Logo rules',
  'brand.colourRules': 'Colour rules',
  'brand.legalLines': 'Legal lines',
};

export const DEFAULT_ACCENT = '#3b5bdb';

export function clientFormOf(client: Client | null): ClientFormValues {
  const brand = client?.brand;
  return {
    name: client?.name ?? '',
    accentColor: client?.accentColor ?? DEFAULT_ACCENT,
    'brand.voice': brand?.voice ?? '',
    'brand.dos': (brand?.dos ?? []).join('\n'),
    'brand.donts': (brand?.donts ?? []).join('\n'),
    'brand.logoRules': brand?.logoRules ?? '',
    'brand.colourRules': brand?.colourRules ?? '',
    'brand.legalLines': brand?.legalLines ?? '',
  };
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The form as the contract's input: list fields split into one rule per non-empty line. */
export function toClientInput(values: ClientFormValues): Required<ClientInput> {
  return {
    name: values.name,
    accentColor: values.accentColor.trim(),
    brand: {
      voice: values['brand.voice'],
      dos: lines(values['brand.dos']),
      donts: lines(values['brand.donts']),
      logoRules: values['brand.logoRules'],
      colourRules: values['brand.colourRules'],
      legalLines: values['brand.legalLines'],
    },
  };
}

/** One line about a client's guidelines for the list: what is set, not the full text. */
export function brandSummary(client: Client): string {
  const b = client.brand;
  const parts = [
    b.voice.trim() ? 'voice' : null,
    b.dos.length ? `${b.dos.length} do${b.dos.length === 1 ? '' : 's'}` : null,
    b.donts.length ? `${b.donts.length} don’t${b.donts.length === 1 ? '' : 's'}` : null,
    b.logoRules.trim() ? 'logo rules' : null,
    b.colourRules.trim() ? 'colour rules' : null,
    b.legalLines.trim() ? 'legal lines' : null,
  ].filter(Boolean);
  return parts.length ? `Brand guidelines: ${parts.join(', ')}` : 'No brand guidelines yet';
}
