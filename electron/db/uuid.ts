import { v7 } from 'uuid';

/** Time-ordered ids generated on the device, so rows created offline never collide. */
export function newId(): string {
  return v7();
}
