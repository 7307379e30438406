import { EventEmitter } from 'node:events';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { createORPCClient } from '@orpc/client';
import { RPCLink } from '@orpc/client/message-port';
import { os, type RouterClient } from '@orpc/server';
import { RPCHandler } from '@orpc/server/message-port';
import { afterEach, describe, expect, it } from 'vitest';
import { adaptMainPort, type MainPortLike } from '../../../electron/main/portAdapter';

/**
 * Stands in for Electron's MessagePortMain over a real Node MessageChannel: `.on('message')`
 * with `{ data }` events and a 'close' event when the other end goes away.
 */
class ElectronLikePort extends EventEmitter implements MainPortLike {
  constructor(private readonly inner: MessagePort) {
    super();
    inner.on('message', (data: unknown) => this.emit('message', { data, ports: [] }));
    inner.on('close', () => this.emit('close'));
  }
  postMessage(message: unknown): void {
    this.inner.postMessage(message);
  }
  start(): void {
    this.inner.start();
  }
  close(): void {
    this.inner.close();
  }
}

const router = {
  ping: os.handler(() => 'pong'),
  echo: os.handler(({ input }) => input),
};

describe('adaptMainPort with oRPC', () => {
  const channels: MessageChannel[] = [];
  afterEach(() => {
    for (const channel of channels.splice(0)) {
      channel.port1.close();
      channel.port2.close();
    }
  });

  function connect() {
    const channel = new MessageChannel();
    channels.push(channel);
    const serverPort = adaptMainPort(new ElectronLikePort(channel.port1));
    new RPCHandler(router).upgrade(serverPort);
    serverPort.start();
    channel.port2.start();
    const client: RouterClient<typeof router> = createORPCClient(
      new RPCLink({ port: channel.port2 }),
    );
    return { client, serverPort };
  }

  it('serves calls made from the other end of the channel', async () => {
    const { client } = connect();
    await expect(client.ping()).resolves.toBe('pong');
    await expect(client.echo({ a: [1, 2] })).resolves.toEqual({ a: [1, 2] });
  });

  it('ends the connection when main retires the port', async () => {
    const { client, serverPort } = connect();
    await expect(client.ping()).resolves.toBe('pong');
    serverPort.close();
    expect(serverPort.closed).toBe(true);
    await expect(client.ping()).rejects.toThrow();
  });
});
