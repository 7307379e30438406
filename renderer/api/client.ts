import { createORPCClient } from '@orpc/client';
import { RPCLink as FetchLink } from '@orpc/client/fetch';
import { RPCLink as PortLink } from '@orpc/client/message-port';
import type { ContractRouterClient } from '@orpc/contract';
// Type-only: a value import would pull zod and every schema into the renderer bundle.
import type { Contract } from '../../shared/api';

export type ApiClient = ContractRouterClient<Contract>;

type PortLike = ConstructorParameters<typeof PortLink>[0]['port'];

/** Browser mode and tests: the backend over HTTP on 127.0.0.1 with the per-run token. */
export function createHttpClient(baseUrl: string, token: string): ApiClient {
  const link = new FetchLink({
    url: new URL('/rpc', baseUrl).toString(),
    headers: { 'x-baton-token': token },
  });
  return createORPCClient<ApiClient>(link);
}

/** Electron (and tests with Node's MessageChannel): the backend over one MessagePort. */
export function createPortClient(port: PortLike): ApiClient {
  const client = createORPCClient<ApiClient>(new PortLink({ port }));
  (port as { start?: () => void }).start?.();
  return client;
}
