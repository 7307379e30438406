import { brandGuidelinesText } from '../../../../shared/domain/brandText';
import type { BrandGuidelines } from '../../../../shared/model';

/** The brief's field holding this campaign's brand guidelines (prefilled from the client's). */
export const BRAND_FIELD_KEY = 'brand';

/**
 * Whether the campaign's brand text says something other than the client's guidelines. The
 * field starts as a copy of them (`brandGuidelinesText`, the same text the backend prefills);
 * whitespace differences alone are not an override.
 */
export function isBrandOverridden(fieldText: string, brand: BrandGuidelines): boolean {
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  return squash(fieldText) !== '' && squash(fieldText) !== squash(brandGuidelinesText(brand));
}

/** The text the field is reset to, and the starting point of an override when it is empty. */
export function clientBrandText(brand: BrandGuidelines): string {
  return brandGuidelinesText(brand);
}

export function hasBrandGuidelines(brand: BrandGuidelines): boolean {
  return brandGuidelinesText(brand).length > 0;
}
