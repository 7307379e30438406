import {
  type ChannelSpec,
  type ChannelSpecInput,
  ChannelSpecLibrary,
} from '../../model/channelSpec';
import { GB, KB, MB } from './fileSize';

/**
 * The built-in library of channel specs. Sizes, formats and limits are the figures the
 * platforms' help pages (Meta, LinkedIn, X, Google Ads, YouTube) gave when this was written,
 * not checked against them since; "recommended" limits are where the platform truncates
 * rather than refuses. They are defaults: platforms change them, so a workspace edits its own
 * copy of this list, and nothing in Baton branches on a channel.
 */
const META_IMAGE_AND_VIDEO = [
  { format: 'jpg', maxBytes: 30 * MB },
  { format: 'png', maxBytes: 30 * MB },
  { format: 'mp4', maxBytes: 4 * GB },
  { format: 'mov', maxBytes: 4 * GB },
];

const GOOGLE_DISPLAY_FILES = [
  { format: 'jpg', maxBytes: 150 * KB },
  { format: 'png', maxBytes: 150 * KB },
  { format: 'gif', maxBytes: 150 * KB },
];

const INSTAGRAM_CAPTION = [
  { label: 'Caption', copyField: 'body', maxChars: 2200, recommended: false },
  { label: 'Caption before "more"', copyField: 'body', maxChars: 125, recommended: true },
] as const;

const META_AD_TEXT = [
  { label: 'Primary text', copyField: 'body', maxChars: 125, recommended: true },
  { label: 'Headline', copyField: 'headline', maxChars: 40, recommended: true },
  { label: 'Description', copyField: null, maxChars: 30, recommended: true },
] as const;

function googleDisplay(placement: string, width: number, height: number): ChannelSpecInput {
  return {
    id: `google-display-${width}x${height}`,
    channel: 'Google Display',
    placement: `${placement} ${width}×${height}`,
    width,
    height,
    dimensionRule: 'exact',
    formats: GOOGLE_DISPLAY_FILES,
    notes: 'Uploaded image ads must match the slot exactly.',
  };
}

const BUILTIN: ChannelSpecInput[] = [
  {
    id: 'instagram-feed-portrait',
    channel: 'Instagram',
    placement: 'feed, portrait 4:5',
    width: 1080,
    height: 1350,
    dimensionRule: 'ratio',
    formats: META_IMAGE_AND_VIDEO,
    textLimits: [...INSTAGRAM_CAPTION],
  },
  {
    id: 'instagram-feed-square',
    channel: 'Instagram',
    placement: 'feed, square',
    width: 1080,
    height: 1080,
    dimensionRule: 'ratio',
    formats: META_IMAGE_AND_VIDEO,
    textLimits: [...INSTAGRAM_CAPTION],
  },
  {
    id: 'instagram-story',
    channel: 'Instagram',
    placement: 'story',
    width: 1080,
    height: 1920,
    dimensionRule: 'ratio',
    formats: META_IMAGE_AND_VIDEO,
    notes: 'Keep text out of the top and bottom 250 px, where the app draws its own controls.',
  },
  {
    id: 'facebook-story',
    channel: 'Facebook',
    placement: 'story',
    width: 1080,
    height: 1920,
    dimensionRule: 'ratio',
    formats: META_IMAGE_AND_VIDEO,
  },
  {
    id: 'facebook-feed',
    channel: 'Facebook',
    placement: 'feed',
    width: 1080,
    height: 1080,
    dimensionRule: 'ratio',
    formats: META_IMAGE_AND_VIDEO,
    textLimits: [
      { label: 'Post text before "See more"', copyField: 'body', maxChars: 125, recommended: true },
    ],
  },
  {
    id: 'meta-ads-feed',
    channel: 'Meta ads',
    placement: 'feed',
    width: 1080,
    height: 1080,
    dimensionRule: 'ratio',
    formats: [...META_IMAGE_AND_VIDEO, { format: 'gif', maxBytes: 30 * MB }],
    textLimits: [...META_AD_TEXT],
  },
  {
    id: 'linkedin-single-image',
    channel: 'LinkedIn',
    placement: 'single image ad',
    width: 1200,
    height: 627,
    dimensionRule: 'ratio',
    formats: [
      { format: 'jpg', maxBytes: 5 * MB },
      { format: 'png', maxBytes: 5 * MB },
      { format: 'gif', maxBytes: 5 * MB },
    ],
    textLimits: [
      { label: 'Introductory text', copyField: 'body', maxChars: 150, recommended: true },
      { label: 'Introductory text', copyField: 'body', maxChars: 600, recommended: false },
      { label: 'Headline', copyField: 'headline', maxChars: 70, recommended: true },
      { label: 'Headline', copyField: 'headline', maxChars: 200, recommended: false },
    ],
  },
  {
    id: 'x-image',
    channel: 'X (Twitter)',
    placement: 'image post',
    width: 1600,
    height: 900,
    dimensionRule: 'ratio',
    formats: [
      { format: 'jpg', maxBytes: 5 * MB },
      { format: 'png', maxBytes: 5 * MB },
      { format: 'webp', maxBytes: 5 * MB },
      { format: 'gif', maxBytes: 15 * MB },
      { format: 'mp4', maxBytes: 512 * MB },
    ],
    textLimits: [{ label: 'Post', copyField: 'body', maxChars: 280, recommended: false }],
  },
  googleDisplay('medium rectangle', 300, 250),
  googleDisplay('leaderboard', 728, 90),
  googleDisplay('wide skyscraper', 160, 600),
  googleDisplay('half page', 300, 600),
  googleDisplay('mobile banner', 320, 50),
  {
    id: 'google-responsive-display',
    channel: 'Google Display',
    placement: 'responsive display ad, landscape',
    width: 1200,
    height: 628,
    dimensionRule: 'ratio',
    formats: [
      { format: 'jpg', maxBytes: 5120 * KB },
      { format: 'png', maxBytes: 5120 * KB },
    ],
    textLimits: [
      { label: 'Headline', copyField: 'headline', maxChars: 30, recommended: false },
      { label: 'Long headline', copyField: null, maxChars: 90, recommended: false },
      { label: 'Description', copyField: 'body', maxChars: 90, recommended: false },
      { label: 'Business name', copyField: null, maxChars: 25, recommended: false },
    ],
  },
  {
    id: 'email-image',
    channel: 'Email',
    placement: 'full-width image',
    width: 600,
    height: null,
    dimensionRule: 'exact',
    formats: [
      { format: 'jpg', maxBytes: 1 * MB },
      { format: 'png', maxBytes: 1 * MB },
      { format: 'gif', maxBytes: 1 * MB },
    ],
    textLimits: [
      { label: 'Subject line', copyField: 'headline', maxChars: 60, recommended: true },
      { label: 'Preheader', copyField: null, maxChars: 100, recommended: true },
    ],
    notes:
      'The 1 MB per image is a house limit for fast loading, not a provider rule. Teams that export images at 2× for sharp screens set the width to 1200.',
  },
  {
    id: 'youtube-thumbnail',
    channel: 'YouTube',
    placement: 'thumbnail',
    width: 1280,
    height: 720,
    dimensionRule: 'ratio',
    formats: [
      { format: 'jpg', maxBytes: 2 * MB },
      { format: 'png', maxBytes: 2 * MB },
      { format: 'gif', maxBytes: 2 * MB },
    ],
  },
];

/** Parsed through the same schema a workspace's edits go through, so the defaults obey it. */
export const BUILTIN_CHANNEL_SPECS: readonly ChannelSpec[] = ChannelSpecLibrary.parse(BUILTIN);

/** "Instagram story", "Google Display medium rectangle 300×250". */
export function specName(spec: Pick<ChannelSpec, 'channel' | 'placement'>): string {
  return `${spec.channel} ${spec.placement}`;
}

export interface SpecLibraryProblem {
  /** Where in the list: `specs[3].formats[0].maxBytes`. */
  field: string;
  problem: string;
  /** Names the spec and its field: "Instagram story, width: must be more than 0 pixels". */
  message: string;
}

export type SpecLibraryCheck =
  { ok: true; library: ChannelSpec[] } | { ok: false; problems: SpecLibraryProblem[] };

/** Checks a library a workspace edited (or imported) before it replaces the one in use. */
export function validateChannelSpecLibrary(input: unknown): SpecLibraryCheck {
  const parsed = ChannelSpecLibrary.safeParse(input);
  if (parsed.success) return { ok: true, library: parsed.data };
  const rows = Array.isArray(input) ? input : [];
  const problems = parsed.error.issues.map((issue): SpecLibraryProblem => {
    const [index, ...rest] = issue.path;
    const inner = rest
      .map((p, k) => (typeof p === 'number' ? `[${p}]` : `${k === 0 ? '' : '.'}${String(p)}`))
      .join('');
    const field =
      typeof index === 'number' ? `specs[${index}]${inner ? `.${inner}` : ''}` : 'specs';
    const where = typeof index === 'number' ? describeRow(rows[index], index) : 'the library';
    const problem = issue.message;
    return {
      field,
      problem,
      message: inner ? `${where}, ${inner}: ${problem}` : `${where}: ${problem}`,
    };
  });
  return { ok: false, problems };
}

/** How a person finds a row of the list: its name if it has one, else its position. */
function describeRow(row: unknown, index: number): string {
  if (typeof row === 'object' && row !== null) {
    const { channel, placement } = row as { channel?: unknown; placement?: unknown };
    if (typeof channel === 'string' && typeof placement === 'string' && channel && placement) {
      return specName({ channel, placement });
    }
  }
  return `spec ${index + 1}`;
}

export function findChannelSpec(
  library: readonly ChannelSpec[],
  id: string,
): ChannelSpec | undefined {
  return library.find((s) => s.id === id);
}
