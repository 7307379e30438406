import type { CampaignType } from '../../model';

type Items = readonly (readonly [key: string, label: string])[];

/**
 * The production checklist added to every Creative → Production package, per campaign type:
 * what production needs done before it can build the assets.
 */
export const CREATIVE_PRODUCTION_CHECKLISTS: Record<CampaignType, Items> = {
  email: [
    ['subjectPreheader', 'Subject line and preheader written'],
    ['plainText', 'Plain-text version written'],
    ['emailWidth', 'Layout designed for 600 px width, images at 2× with alt text'],
    ['personalisation', 'Personalisation fields named, with fallbacks'],
  ],
  social: [
    ['sizesPerNetwork', 'Sizes made per network (feed, story, reel)'],
    ['altText', 'Alt text written for every image'],
    ['hashtags', 'Hashtags agreed'],
    ['firstComment', 'First comment drafted'],
    ['captionLimits', 'Captions within each network’s character limit'],
  ],
  paid_ads: [
    ['adSizes', 'Ad sizes made for every platform and placement'],
    ['characterLimits', 'Character limits checked for headlines and descriptions'],
    ['testVariants', 'Variants labelled for the test plan'],
    ['adPolicy', 'Claims checked against the platforms’ ad policies'],
  ],
  content: [
    ['seoTitleMeta', 'SEO title and meta description written'],
    ['internalLinks', 'Internal links added'],
    ['imagesAlt', 'Images compressed, with alt text'],
    ['cta', 'Call to action placed'],
  ],
  event: [
    ['registrationCopy', 'Registration page copy and form fields ready'],
    ['runOfShowDraft', 'Run-of-show drafted'],
    ['speakerBriefs', 'Speaker briefs written'],
    ['printSpecs', 'Signage and print files at the printer’s specs'],
  ],
  multi_channel: [
    ['sizesPerChannel', 'Sizes made per channel and network'],
    ['altText', 'Alt text written for every image'],
    ['subjectPreheader', 'Email subject line and preheader written'],
    ['seoTitleMeta', 'SEO title and meta description for web pages'],
    ['characterLimits', 'Ad and caption character limits checked'],
    ['messageConsistent', 'Primary message consistent across channels'],
  ],
};

/**
 * The pre-flight checklist of every Production → Launch package, per campaign type: what must
 * be true before anything goes live.
 */
export const PRODUCTION_LAUNCH_CHECKLISTS: Record<CampaignType, Items> = {
  email: [
    ['linksChecked', 'All links checked'],
    ['unsubscribe', 'Unsubscribe link present'],
    ['renderingTested', 'Rendering tested in major clients (Gmail, Outlook, Apple Mail, mobile)'],
    ['seedList', 'Seed list send received and checked'],
    ['segmentSendTime', 'Audience segment and send time confirmed'],
  ],
  social: [
    ['postsScheduled', 'Posts scheduled in the publishing tool'],
    ['linksLive', 'Links in posts and bio point to live pages'],
    ['repliesCovered', 'Replies and comments covered for the first 48 hours'],
  ],
  paid_ads: [
    ['landingPageLive', 'Landing page live'],
    ['pixelFiring', 'Pixel firing on landing and conversion pages'],
    ['conversionEvents', 'Conversion events tested'],
    ['budgetCaps', 'Budget caps set on every campaign'],
    ['audiences', 'Audiences and exclusions set'],
  ],
  content: [
    ['proofread', 'Proofread and facts checked'],
    ['urlCanonical', 'Published URL and canonical tag checked'],
    ['sharePreview', 'Share preview (title, image) checked'],
    ['promotionScheduled', 'Promotion by email and social scheduled'],
  ],
  event: [
    ['registrationLive', 'Registration page live and tested'],
    ['remindersScheduled', 'Reminders scheduled (a week, a day and an hour before)'],
    ['runOfShowFinal', 'Run-of-show final and shared with the crew'],
    ['speakersConfirmed', 'Speaker briefs sent and confirmed'],
  ],
  multi_channel: [
    ['linksChecked', 'All links checked, unsubscribe link present'],
    ['renderingTested', 'Email rendering tested in major clients'],
    ['postsScheduled', 'Posts scheduled'],
    ['landingPageLive', 'Landing page live, pixel firing'],
    ['budgetCaps', 'Budget caps set'],
    ['crossChannelTiming', 'Cross-channel timing checked (no segment hit twice in one day)'],
  ],
};
