import { type ComponentPropsWithRef } from 'react';
import { cx } from './cx';
import './Kbd.css';

export type KbdProps = ComponentPropsWithRef<'kbd'>;

/** A key or chord, e.g. `<Kbd>⌘</Kbd><Kbd>K</Kbd>`. */
export function Kbd({ className, ...rest }: KbdProps) {
  return <kbd className={cx('ui-kbd', className)} {...rest} />;
}
