import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { adaptMainPort, type MainPortLike } from '../../../electron/main/portAdapter';

/** Behaves like Electron's MessagePortMain: an EventEmitter with start/close/postMessage. */
class FakeMainPort extends EventEmitter implements MainPortLike {
  sent: unknown[] = [];
  startCalls = 0;
  closeCalls = 0;
  postMessage(message: unknown): void {
    this.sent.push(message);
  }
  start(): void {
    this.startCalls += 1;
  }
  close(): void {
    this.closeCalls += 1;
  }
}

describe('adaptMainPort', () => {
  it('delivers messages and posts replies', () => {
    const raw = new FakeMainPort();
    const port = adaptMainPort(raw);
    const received: unknown[] = [];
    port.on('message', (event) => received.push(event?.data));
    raw.emit('message', { data: { id: 1 }, ports: [] });
    port.postMessage({ id: 1, ok: true });
    expect(received).toEqual([{ id: 1 }]);
    expect(raw.sent).toEqual([{ id: 1, ok: true }]);
  });

  it('starts the underlying port once however often it is asked', () => {
    const raw = new FakeMainPort();
    const port = adaptMainPort(raw);
    port.start();
    port.start();
    expect(raw.startCalls).toBe(1);
  });

  it('tells close listeners once when the renderer goes away', () => {
    const raw = new FakeMainPort();
    const port = adaptMainPort(raw);
    const onClose = vi.fn();
    port.on('close', onClose);
    raw.emit('close');
    raw.emit('close');
    port.close();
    expect(onClose).toHaveBeenCalledOnce();
    expect(port.closed).toBe(true);
    expect(raw.closeCalls).toBe(0);
  });

  it('tells close listeners when main closes the port, and stops sending', () => {
    const raw = new FakeMainPort();
    const port = adaptMainPort(raw);
    const onClose = vi.fn();
    port.on('close', onClose);
    port.close();
    port.close();
    port.postMessage('late');
    expect(raw.closeCalls).toBe(1);
    expect(onClose).toHaveBeenCalledOnce();
    expect(raw.sent).toEqual([]);
  });

  it('drops messages that arrive after closing', () => {
    const raw = new FakeMainPort();
    const port = adaptMainPort(raw);
    const onMessage = vi.fn();
    port.on('message', onMessage);
    port.close();
    raw.emit('message', { data: 'late', ports: [] });
    expect(onMessage).not.toHaveBeenCalled();
  });

  it('calls a close listener added after closing right away', () => {
    const port = adaptMainPort(new FakeMainPort());
    port.close();
    const onClose = vi.fn();
    port.on('close', onClose);
    expect(onClose).toHaveBeenCalledOnce();
  });
});
