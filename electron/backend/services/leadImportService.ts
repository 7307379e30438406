import { isNull } from 'drizzle-orm';
import { ruleViolation } from '../../../shared/domain';
import { planLeadImport, type LeadImportPlan } from '../../../shared/domain/leads';
import type { LeadImportInput, LeadImportPreview, LeadImportResult } from '../../../shared/model';
import * as s from '../../db/schema';
import type { ReadDb } from '../../db/writeTx';
import { actorOf, type BackendContext } from '../context';
import { scoringInForce } from './leadFacts';
import { insertLead } from './leadService';

// CSV import of leads: a preview that writes nothing, and a commit that writes every good row
// in one transaction (re-planned inside it, so a lead added meanwhile is a duplicate, not a twin).

const SAMPLE_ROWS = 20;

function existingKeys(read: ReadDb): Set<string> {
  return new Set(
    read
      .select({ key: s.leads.emailKey })
      .from(s.leads)
      .where(isNull(s.leads.deletedAt))
      .all()
      .map((r) => r.key),
  );
}

function plan(read: ReadDb, input: LeadImportInput): LeadImportPlan {
  try {
    return planLeadImport(input.csvText, existingKeys(read), input.mapping, input.lineOffset);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const [field, ...rest] = message.split(': ');
    throw ruleViolation(field ?? 'mapping', rest.join(': '));
  }
}

export function previewLeadImport(ctx: BackendContext, input: LeadImportInput): LeadImportPreview {
  const p = plan(ctx.db.read, input);
  return {
    delimiter: p.delimiter,
    headers: p.headers,
    mapping: p.mapping as Record<string, string>,
    goodCount: p.good.length,
    sample: p.good.slice(0, SAMPLE_ROWS).map((g) => ({
      line: g.line,
      personName: g.personName,
      company: g.company,
      email: g.email,
    })),
    goodEmails: p.good.map((g) => ({ line: g.line, email: g.email })),
    duplicates: p.duplicates,
    bad: p.bad,
  };
}

export function commitLeadImport(ctx: BackendContext, input: LeadImportInput): LeadImportResult {
  return ctx.db.write(actorOf(ctx), (tx) => {
    if (input.sourceCampaignId !== null) {
      const c = tx.get('campaign', input.sourceCampaignId);
      if (!c || c.deletedAt) {
        throw ruleViolation('sourceCampaignId', 'is not a campaign of this workspace');
      }
    }
    const p = plan(tx.read, input);
    const scoring = scoringInForce(tx.read);
    const ownerId = actorOf(ctx);
    for (const g of p.good) {
      insertLead(
        tx,
        {
          personName: g.personName,
          company: g.company,
          email: g.email,
          jobTitle: g.jobTitle,
          sourceCampaignId: input.sourceCampaignId,
          sourceChannel: g.sourceChannel,
          interests: g.interests,
          notes: g.notes,
          ownerId,
          assigneeId: null,
          createdAt: g.createdAt,
        },
        scoring,
      );
    }
    return { imported: p.good.length, duplicates: p.duplicates, bad: p.bad };
  });
}
