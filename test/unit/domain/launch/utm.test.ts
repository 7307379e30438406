import { describe, expect, it } from 'vitest';
import {
  buildUtmLink,
  checkUtmLinks,
  normaliseUtmValue,
  type UtmLinkInput,
} from '../../../../shared/domain/launch/utm';

const link = (over: Partial<UtmLinkInput> = {}): UtmLinkInput => ({
  baseUrl: 'https://acme.example/spring',
  source: 'newsletter',
  medium: 'email',
  campaign: 'spring-sale',
  ...over,
});

function urlOf(input: UtmLinkInput): string {
  const result = buildUtmLink(input);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.url;
}

describe('normaliseUtmValue', () => {
  it.each([
    ['facebook', 'facebook'],
    ['Facebook', 'facebook'],
    ['  facebook  ', 'facebook'],
    ['Paid Social', 'paid-social'],
    ['paid \t  social', 'paid-social'],
    ['Été Café', 'ete-cafe'],
    ['Ñandú', 'nandu'],
    ['paid_social', 'paid_social'],
    ['Straße', 'straße'],
    ['Q&A', 'q&a'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseUtmValue(raw)).toBe(expected);
  });
});

describe('buildUtmLink: the full URL', () => {
  it.each<{ name: string; input: UtmLinkInput; url: string }>([
    {
      name: 'the three required parameters, in the standard order',
      input: link(),
      url: 'https://acme.example/spring?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale',
    },
    {
      name: 'content and term after campaign',
      input: link({ content: 'hero', term: 'shoes' }),
      url: 'https://acme.example/spring?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale&utm_content=hero&utm_term=shoes',
    },
    {
      name: 'blank optional parameters left out',
      input: link({ content: '  ', term: null }),
      url: 'https://acme.example/spring?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale',
    },
    {
      name: 'an existing query string kept as written, before the UTM parameters',
      input: link({ baseUrl: 'https://acme.example/p?id=42&q=a%20b&flag' }),
      url: 'https://acme.example/p?id=42&q=a%20b&flag&utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale',
    },
    {
      name: 'a fragment stays last',
      input: link({ baseUrl: 'https://acme.example/p#pricing' }),
      url: 'https://acme.example/p?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale#pricing',
    },
    {
      name: 'an existing query and a fragment together',
      input: link({ baseUrl: 'https://acme.example/p?ref=home#/plans?tab=2' }),
      url: 'https://acme.example/p?ref=home&utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale#/plans?tab=2',
    },
    {
      name: 'existing utm_* parameters replaced, other parameters keep their place',
      input: link({
        baseUrl: 'https://acme.example/p?utm_source=old&a=1&UTM_Medium=cpc&utm_content=x&b=2',
      }),
      url: 'https://acme.example/p?a=1&b=2&utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale',
    },
    {
      name: 'utm parameters the builder has no field for are kept',
      input: link({ baseUrl: 'https://acme.example/p?utm_id=abc123' }),
      url: 'https://acme.example/p?utm_id=abc123&utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale',
    },
    {
      name: "'&' in a value is encoded so it cannot start a new parameter",
      input: link({ content: 'Q&A' }),
      url: 'https://acme.example/spring?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale&utm_content=q%26a',
    },
    {
      name: 'spaces become dashes and accents fold, so nothing is left to encode',
      input: link({ campaign: 'Été Café Launch' }),
      url: 'https://acme.example/spring?utm_source=newsletter&utm_medium=email&utm_campaign=ete-cafe-launch',
    },
    {
      name: "'=', '+', '/' and '#' in values are encoded",
      input: link({ term: 'a=b+c/d#e' }),
      url: 'https://acme.example/spring?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale&utm_term=a%3Db%2Bc%2Fd%23e',
    },
    {
      name: 'letters without a folded form are UTF-8 percent-encoded',
      input: link({ term: 'Straße' }),
      url: 'https://acme.example/spring?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale&utm_term=stra%C3%9Fe',
    },
    {
      name: "an 'é' in the base URL's path is percent-encoded",
      input: link({ baseUrl: 'https://acme.example/café' }),
      url: 'https://acme.example/caf%C3%A9?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale',
    },
    {
      name: 'a bare domain gets its path, http is allowed, white space around the URL trimmed',
      input: link({ baseUrl: '  http://ACME.example  ' }),
      url: 'http://acme.example/?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale',
    },
    {
      name: 'an empty query mark is not left behind',
      input: link({ baseUrl: 'https://acme.example/p?' }),
      url: 'https://acme.example/p?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale',
    },
  ])('$name', ({ input, url }) => {
    const built = urlOf(input);
    expect(built).toBe(url);
    // Whatever it looks like, a URL parser reads back exactly the normalised values.
    const read = new URL(built).searchParams;
    expect(read.getAll('utm_source')).toEqual([normaliseUtmValue(input.source ?? '')]);
    expect(read.getAll('utm_campaign')).toEqual([normaliseUtmValue(input.campaign ?? '')]);
  });

  it('reads back a value with every awkward character intact', () => {
    const url = urlOf(link({ content: 'Spring & Summer = 50% off?' }));
    expect(new URL(url).searchParams.get('utm_content')).toBe('spring-&-summer-=-50%-off?');
  });

  it('reports the utm parameters it replaced', () => {
    const result = buildUtmLink(link({ baseUrl: 'https://a.example/?utm_source=old&x=1' }));
    expect(result.ok && result.replaced).toEqual([{ param: 'utm_source', value: 'old' }]);
  });
});

describe('buildUtmLink: problems name the field', () => {
  it.each<{ name: string; input: UtmLinkInput; messages: string[] }>([
    {
      name: 'no base URL',
      input: link({ baseUrl: '' }),
      messages: ['baseUrl is required'],
    },
    {
      name: 'a domain without a scheme',
      input: link({ baseUrl: 'www.acme.example/spring' }),
      messages: [
        'baseUrl must start with http:// or https:// (e.g. https://www.acme.example/spring)',
      ],
    },
    {
      name: 'another scheme',
      input: link({ baseUrl: 'ftp://acme.example/file' }),
      messages: ['baseUrl must start with http:// or https://, not ftp:'],
    },
    {
      name: 'a javascript: URL',
      input: link({ baseUrl: 'javascript:alert(1)' }),
      messages: ['baseUrl must start with http:// or https://, not javascript:'],
    },
    {
      name: 'a URL that does not parse',
      input: link({ baseUrl: 'https://exa mple.com' }),
      messages: ['baseUrl is not a valid URL'],
    },
    {
      name: 'each missing required parameter named',
      input: { baseUrl: 'https://acme.example', content: 'hero' },
      messages: ['source is required', 'medium is required', 'campaign is required'],
    },
    {
      name: 'white space only counts as missing',
      input: link({ medium: '   ' }),
      messages: ['medium is required'],
    },
    {
      name: 'URL and parameter problems together',
      input: link({ baseUrl: 'nope nope', source: null }),
      messages: [
        'baseUrl must start with http:// or https:// (e.g. https://nope nope)',
        'source is required',
      ],
    },
  ])('$name', ({ input, messages }) => {
    const result = buildUtmLink(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.message)).toEqual(messages);
  });
});

describe('buildUtmLink: normalisation warnings', () => {
  it.each<{ name: string; input: UtmLinkInput; warnings: [string, string, string][] }>([
    { name: 'values already in house form', input: link({ content: 'hero_v2' }), warnings: [] },
    {
      name: 'upper case',
      input: link({ source: 'Facebook' }),
      warnings: [['source', 'Facebook', 'facebook']],
    },
    {
      name: 'spaces, accents and surrounding white space',
      input: link({ campaign: ' Été Sale ', term: 'running shoes' }),
      warnings: [
        ['campaign', ' Été Sale ', 'ete-sale'],
        ['term', 'running shoes', 'running-shoes'],
      ],
    },
  ])('$name', ({ input, warnings }) => {
    const result = buildUtmLink(input);
    expect(result.normalised.map((n) => [n.field, n.from, n.to])).toEqual(warnings);
  });

  it('says what changed in a sentence', () => {
    expect(buildUtmLink(link({ source: 'Facebook' })).normalised[0]?.message).toBe(
      'source: "Facebook" → "facebook"',
    );
  });

  it('still warns when the link has problems elsewhere', () => {
    const result = buildUtmLink(link({ baseUrl: '', medium: 'Paid Social' }));
    expect(result.ok).toBe(false);
    expect(result.normalised.map((n) => n.to)).toEqual(['paid-social']);
  });
});

describe('checkUtmLinks: the set of a campaign', () => {
  it.each<{
    name: string;
    links: UtmLinkInput[];
    expected?: string;
    issues: { kind: string; rows: number[]; field: string; message: string }[];
  }>([
    {
      name: 'consistent links',
      links: [link({ content: 'a' }), link({ content: 'b' }), link({ source: 'facebook' })],
      issues: [],
    },
    {
      name: 'the same URL twice, naming both rows',
      links: [link({ content: 'hero' }), link({ content: 'footer' }), link({ content: 'hero' })],
      issues: [
        {
          kind: 'duplicate',
          rows: [0, 2],
          field: 'url',
          message:
            'Rows 1 and 3 build the same URL: https://acme.example/spring?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale&utm_content=hero',
        },
      ],
    },
    {
      name: 'duplicates only after normalisation ("Hero" and "hero")',
      links: [link({ content: 'Hero' }), link({ content: 'hero ' })],
      issues: [
        {
          kind: 'duplicate',
          rows: [0, 1],
          field: 'url',
          message:
            'Rows 1 and 2 build the same URL: https://acme.example/spring?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale&utm_content=hero',
        },
      ],
    },
    {
      name: 'a different base URL is not a duplicate',
      links: [link(), link({ baseUrl: 'https://acme.example/summer' })],
      issues: [],
    },
    {
      name: 'one medium written three ways',
      links: [
        link({ medium: 'paid-social', content: '1' }),
        link({ medium: 'paid_social', content: '2' }),
        link({ medium: 'PaidSocial', content: '3' }),
        link({ medium: 'paid-social', content: '4' }),
      ],
      issues: [
        {
          kind: 'inconsistent',
          rows: [0, 1, 2, 3],
          field: 'medium',
          message:
            'medium is written 3 ways: "paid-social" (rows 1 and 4), "paid_social" (row 2), "paidsocial" (row 3); use one',
        },
      ],
    },
    {
      name: 'a known short form of a source',
      links: [link({ source: 'facebook', content: '1' }), link({ source: 'FB', content: '2' })],
      issues: [
        {
          kind: 'inconsistent',
          rows: [0, 1],
          field: 'source',
          message: 'source is written 2 ways: "facebook" (row 1), "fb" (row 2); use one',
        },
      ],
    },
    {
      name: 'case alone is not inconsistent: the builder writes both the same way',
      links: [
        link({ source: 'Facebook', content: '1' }),
        link({ source: 'facebook', content: '2' }),
      ],
      issues: [],
    },
    {
      name: 'the campaign value differs between links',
      links: [
        link(),
        link({ campaign: 'spring_sale', content: 'x' }),
        link({ campaign: 'summer' }),
      ],
      issues: [
        {
          kind: 'campaign_differs',
          rows: [0, 1, 2],
          field: 'campaign',
          message:
            'campaign differs between links of the same campaign: "spring-sale" (row 1), "spring_sale" (row 2), "summer" (row 3)',
        },
      ],
    },
    {
      name: 'links against the campaign value they should carry',
      links: [
        link(),
        link({ campaign: 'Spring Sale', content: 'x' }),
        link({ campaign: 'spring' }),
      ],
      expected: 'Spring Sale',
      issues: [
        {
          kind: 'campaign_differs',
          rows: [2],
          field: 'campaign',
          message: 'campaign should be "spring-sale" on every link, not "spring" (row 3)',
        },
      ],
    },
    {
      name: 'rows with problems still count for naming, not for duplicates',
      links: [
        link({ baseUrl: '' }),
        link({ baseUrl: '' }),
        link({ medium: 'e-mail', content: 'x' }),
      ],
      issues: [
        {
          kind: 'inconsistent',
          rows: [0, 1, 2],
          field: 'medium',
          message: 'medium is written 2 ways: "email" (rows 1 and 2), "e-mail" (row 3); use one',
        },
      ],
    },
    { name: 'no links', links: [], issues: [] },
  ])('$name', ({ links, expected, issues }) => {
    const result = checkUtmLinks(links, expected);
    expect(result.links).toHaveLength(links.length);
    expect(result.issues).toEqual(issues);
  });

  it('returns each row built on its own', () => {
    const result = checkUtmLinks([link(), link({ source: '' })]);
    expect(result.links.map((l) => l.ok)).toEqual([true, false]);
  });
});
