import { eventIterator, oc } from '@orpc/contract';
import { z } from 'zod';
import {
  Campaign,
  CampaignDetail,
  CampaignInput,
  CampaignPatch,
  CampaignSummary,
  Change,
  Client,
  ClientInput,
  ClientPatch,
  CommitNotice,
  FieldValue,
  HandoffDetail,
  HandoffField,
  Id,
  Name,
  Person,
  PersonInput,
  PersonPatch,
  Stage,
  SystemInfo,
  WorkspaceView,
} from '../model';
import { API_ERRORS } from './errors';

const proc = oc.errors(API_ERRORS);
const ById = z.object({ id: Id });
const Empty = z.object({}).optional();
const TimeZone = z
  .string()
  .min(1)
  .max(64)
  .refine((tz) => isValidTimeZone(tz), { message: 'must be an IANA time zone like Europe/Paris' });

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/**
 * The one API contract between the renderer (and CLI, and tests) and the backend. Both the
 * Electron IPC binding and the HTTP/WebSocket binding serve exactly this router.
 */
export const contract = {
  system: {
    info: proc.input(Empty).output(SystemInfo),
    backup: proc.input(Empty).output(z.object({ path: z.string() })),
    check: proc.input(Empty).output(z.object({ ok: z.boolean(), problems: z.array(z.string()) })),
  },
  workspace: {
    get: proc.input(Empty).output(WorkspaceView.nullable()),
    create: proc
      .input(
        z.object({
          name: Name,
          homeTimeZone: TimeZone.default('UTC'),
          me: PersonInput,
        }),
      )
      .output(WorkspaceView),
    loadDemo: proc.input(Empty).output(WorkspaceView),
    setMe: proc.input(z.object({ personId: Id })).output(WorkspaceView),
  },
  people: {
    list: proc.input(Empty).output(z.array(Person)),
    create: proc.input(PersonInput).output(Person),
    update: proc.input(PersonPatch).output(Person),
    remove: proc.input(ById).output(Person),
    restore: proc.input(ById).output(Person),
  },
  clients: {
    list: proc.input(Empty).output(z.array(Client)),
    create: proc.input(ClientInput).output(Client),
    update: proc.input(ClientPatch).output(Client),
    remove: proc.input(ById).output(Client),
  },
  stages: {
    list: proc.input(Empty).output(z.array(Stage)),
    rename: proc.input(z.object({ id: Id, name: Name })).output(Stage),
  },
  campaigns: {
    list: proc.input(Empty).output(z.array(CampaignSummary)),
    get: proc.input(ById).output(CampaignDetail),
    create: proc.input(CampaignInput).output(Campaign),
    update: proc.input(CampaignPatch).output(Campaign),
    remove: proc.input(ById).output(Campaign),
    restore: proc.input(ById).output(Campaign),
  },
  handoffs: {
    get: proc.input(ById).output(HandoffDetail),
    setField: proc
      .input(z.object({ handoffId: Id, key: z.string().min(1).max(100), value: FieldValue }))
      .output(HandoffField),
  },
  activity: {
    list: proc
      .input(
        z.object({
          entityId: Id.optional(),
          limit: z.number().int().min(1).max(1000).default(100),
        }),
      )
      .output(z.array(Change)),
  },
  live: {
    /** After each committed write (local or from sync): which tables and ids changed. */
    updates: proc.input(Empty).output(eventIterator(CommitNotice)),
  },
};

export type Contract = typeof contract;
