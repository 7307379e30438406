import type { LeadRowView } from '../../shared/model';
import type { Backend } from '../backend/startBackend';
import type { CliIo } from './commands';

const PAGE = 500;

async function allLeads(b: Backend): Promise<LeadRowView[]> {
  const leads: LeadRowView[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await b.client.leads.list({ offset, limit: PAGE });
    leads.push(...page.leads);
    if (leads.length >= page.total || page.leads.length === 0) return leads;
  }
}

function pad(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n);
}

export function leadListText(leads: readonly LeadRowView[]): string {
  if (leads.length === 0) return 'No leads.';
  const lines = [
    `${pad('NAME', 24)} ${pad('COMPANY', 20)} ${pad('EMAIL', 30)} ${pad('STATUS', 11)} SCORE`,
  ];
  for (const l of leads) {
    lines.push(
      `${pad(l.personName, 24)} ${pad(l.company, 20)} ${pad(l.email, 30)} ${pad(l.status, 11)} ${l.score}`,
    );
  }
  lines.push(`${leads.length} lead${leads.length === 1 ? '' : 's'}`);
  return lines.join('\n');
}

/** `baton list leads [--json]`: every live lead by name. */
export async function listLeadsCommand(b: Backend, json: boolean, io: CliIo): Promise<number> {
  const leads = await allLeads(b);
  io.out(json ? JSON.stringify(leads, null, 2) : leadListText(leads));
  return 0;
}
