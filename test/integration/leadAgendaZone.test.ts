import { afterEach, expect, it } from 'vitest';
import { weekOf } from '../../shared/domain/leads/agendaWeek';
import { openBackend, type TestBackend } from '../harness/apiBindings';
import { handedOffLead, salesAndMarketing } from '../harness/leadSeed';

// The weekly agenda on the home clock of an agency in New York: a handoff on Sunday evening
// there (Monday in UTC) belongs to the week it was made in, and a past week's agenda does not
// take on the clocks that are overdue today.

let opened: TestBackend | null = null;
afterEach(() => {
  opened?.close();
  opened = null;
});

it("files a Sunday-evening handoff under its home week and keeps a past week's SLA misses as they were", async () => {
  // Sunday 2026-03-15 22:00 in New York (EDT, UTC-4) is Monday 02:00 UTC.
  let clock = Date.parse('2026-03-16T02:00:00.000Z');
  const t = (opened = openBackend({ now: () => clock }));
  const api = t.backend.client;
  const { sam } = await salesAndMarketing(api, {
    name: 'Hudson Agency',
    homeTimeZone: 'America/New_York',
  });
  await api.leads.setSla({ handOffWithinHours: 8, acceptWithinHours: 4, businessHours: null });
  await handedOffLead(
    api,
    { personName: 'Ana Ruiz', company: 'Beta Inc', email: 'ana@beta.example', assigneeId: sam.id },
    ['meeting', 'webinar', 'meeting'],
  );

  const zone = 'America/New_York';
  const sundayWeek = weekOf(new Date(clock).toISOString(), zone);
  expect([sundayWeek.monday, sundayWeek.sunday]).toEqual(['2026-03-09', '2026-03-15']);
  const agenda = (await api.leads.weeklyAgenda({ from: sundayWeek.from, to: sundayWeek.to }))
    .markdown;
  expect(agenda).toContain('2026-03-09 to 2026-03-15');
  expect(agenda).toMatch(/\| Ana Ruiz \| Beta Inc \| — \| 2026-03-15 \|/);
  // In UTC days the handoff would have been Monday's, in the next week's agenda.
  const nextWeek = weekOf(new Date(clock).toISOString(), zone, 1);
  expect((await api.leads.weeklyAgenda(nextWeek)).markdown).not.toContain('Ana Ruiz');

  // Two days on, the accept clock (4 h) is overdue: this week's agenda names it, the past
  // week's (where the handoff was made) reads as it did when that week ended.
  clock += 48 * 3_600_000;
  const thisWeek = weekOf(new Date(clock).toISOString(), zone);
  expect((await api.leads.weeklyAgenda(thisWeek)).markdown).toMatch(
    /Ana Ruiz.*accept within 4 h: overdue/,
  );
  const past = (await api.leads.weeklyAgenda({ from: sundayWeek.from, to: sundayWeek.to }))
    .markdown;
  expect(past).toContain('Ana Ruiz');
  expect(past).not.toMatch(/overdue/);
});
