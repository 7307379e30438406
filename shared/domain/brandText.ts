import type { BrandGuidelines } from '../model';

/** The client's brand guidelines as the text a brief starts from (then edited per campaign). */
export function brandGuidelinesText(brand: BrandGuidelines): string {
  const lines: string[] = [];
  if (brand.voice.trim()) lines.push(`Voice: ${brand.voice.trim()}`);
  if (brand.dos.length > 0) lines.push(`Do: ${brand.dos.join('; ')}`);
  if (brand.donts.length > 0) lines.push(`Don’t: ${brand.donts.join('; ')}`);
  if (brand.logoRules.trim()) lines.push(`Logo: ${brand.logoRules.trim()}`);
  if (brand.colourRules.trim()) lines.push(`Colour: ${brand.colourRules.trim()}`);
  if (brand.legalLines.trim()) lines.push(`Legal: ${brand.legalLines.trim()}`);
  return lines.join('\n');
}
