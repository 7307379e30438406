/**
 * The retrospective a link elsewhere (My work on the board) asked the Retrospectives screen to
 * open. Read once when the screen mounts, then forgotten, so a later visit opens as usual.
 */
let wanted: string | null = null;

export function chooseRetrospective(id: string): void {
  wanted = id;
}

export function takeChosenRetrospective(): string | null {
  const id = wanted;
  wanted = null;
  return id;
}
