import { matchByIdOrName } from '../../shared/domain';
import type { Backend } from '../backend/startBackend';
import { CliError } from './cliError';

/** A campaign by id or name; an unknown name lists near matches. */
export async function findCampaignId(b: Backend, query: string): Promise<string> {
  const match = matchByIdOrName(await b.client.campaigns.list(), query);
  if (match.kind === 'ambiguous') {
    throw new CliError(
      `"${query}" matches several campaigns: ${match.candidates.map((c) => c.name).join(', ')}`,
    );
  }
  if (match.kind === 'none') {
    const near = match.near.map((c) => `"${c.name}"`).join(', ');
    throw new CliError(`No campaign "${query}".${near ? ` Did you mean ${near}?` : ''}`);
  }
  return match.item.id;
}
