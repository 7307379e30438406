import { Component, createRef, type ReactNode } from 'react';

/**
 * Keeps keyboard focus on a card when an update re-sorts its column. React moves a re-sorted
 * card's element within the DOM, and a browser drops focus from an element that is moved, so a
 * person moving cards with the keyboard (or reading one while a teammate's change arrives)
 * would be thrown back to the top of the page. A class component, because only
 * getSnapshotBeforeUpdate sees the DOM just before React changes it.
 */
export class KeepCardFocus extends Component<{ children: ReactNode }> {
  private readonly root = createRef<HTMLDivElement>();

  override getSnapshotBeforeUpdate(): string | null {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || !this.root.current?.contains(el)) return null;
    return el.dataset.campaignId ?? null;
  }

  override componentDidUpdate(_props: unknown, _state: unknown, focusedId: string | null) {
    if (!focusedId || !this.root.current) return;
    const el = this.root.current.querySelector<HTMLElement>(
      `[data-campaign-id="${CSS.escape(focusedId)}"]`,
    );
    if (el && document.activeElement !== el) el.focus({ preventScroll: true });
  }

  override render() {
    return (
      <div ref={this.root} className="board__columns">
        {this.props.children}
      </div>
    );
  }
}
