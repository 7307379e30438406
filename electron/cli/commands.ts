import { parseArgs } from 'node:util';
import { defaultDataDir } from '../backend/dataDir';
import { startBackend } from '../backend/startBackend';
import { startWebServer } from '../backend/web/webServer';
import { CliError } from './cliError';
import { findCampaignId } from './campaignLookup';
import { exportAgendaCommand } from './exportAgendaCommand';
import { exportCommand } from './exportCommand';
import { exportHealthCommand } from './exportHealthCommand';
import { exportIcalCommand } from './exportIcalCommand';
import { folders } from './foldersCommand';
import { importLeadsCommand } from './importLeadsCommand';
import { campaignDetailText, campaignListJson, campaignListText } from './format';
import { join } from './joinCommand';
import { listLeadsCommand } from './listLeadsCommand';
import { teamPassphrase } from './passphrase';
import { webBuildDir } from './repoPaths';
import { printRun, syncOnce, syncStatus, withBackend } from './syncCommands';
import { syncWatch } from './syncWatch';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const USAGE = `Usage: baton <command> [options]

Commands:
  serve                       start browser mode (same as npm run web) and print its URL
  demo                        create the sample agency workspace
  list campaigns [--json]     campaigns with client, type, stage, launch date and gate state
  show campaign <id|name> [--json]
                              one campaign: handoffs, package fields, checklists, trail
  folders --campaign <id|name> --folder DIR [--check]
                              make the campaign's folder tree in DIR (01_strategy/, 02_creative/,
                              …; only missing folders, never a file touched) and list the files
                              that break the naming convention with a suggested name; --check
                              only looks, and exits 1 when a file breaks the convention
  export-pdf --campaign <id|name> [--handoff <from>-<to>] --out FILE
                              the campaign's handoff packages as a PDF (or one handoff's, e.g.
                              --handoff creative-production); written atomically, an unknown
                              campaign or handoff lists near matches and writes nothing
  export-md  (same options)   the same content as Markdown
  export-ical --out FILE [--client NAME] [--channel C] [--campaign NAME]
                              the calendar's items (all dates) matching the filters as an .ics
                              file; written atomically, an unknown client or campaign lists near
                              matches and writes nothing
  export-health --out FILE [--weeks N]
                              the Health report for the team meeting as a PDF (Markdown when
                              FILE ends in .md), with N weeks of trend (default 12)
  export-agenda --out FILE [--week YYYY-MM-DD] [--format md|pdf]
                              the weekly sales ↔ marketing sync agenda of the week (Monday to
                              Sunday) holding that day, this week by default, as a PDF (Markdown
                              with --format md or a FILE ending in .md)
  import-leads --csv FILE [--mapping FILE]
                              leads from a CSV (comma or semicolon, quotes, BOM; columns guessed
                              from the header or mapped by a JSON file {"email": "E-Mail", …});
                              good rows in one go, prints duplicates and bad rows by line
  list leads [--json]         every lead with company, email, status and score
  backup                      copy the database into <data-dir>/backups (keeps the last 10)
  check                       check the database's integrity and change log
  sync [--folder F] [--once | --watch [--interval S]]
                              sync with the shared folder once (exit 1 if a file could not be
                              applied), or --watch: keep syncing, one line per run, until Ctrl+C.
                              --folder sets sync up on a laptop where it is not (sharing this
                              workspace, or joining the one there); elsewhere it must be the
                              folder this laptop syncs with
  sync-status [--folder F] [--json]
                              shared folder, last sync, devices seen, pending and parked changes, problems
  join --folder F --me NAME [--device-name N] [--passphrase-file P]
                              a new laptop: take the workspace in folder F and act as person NAME
                              of its team (an unknown NAME lists near matches and writes nothing);
                              an encrypted team folder needs its passphrase
  sync-setup --folder F [--device-name N] [--join] [--passphrase-file P]
                              share this workspace in folder F (or --join the one there), then
                              sync; on a laptop syncing elsewhere, moves it to folder F. With a
                              team passphrase (file P, or env BATON_SYNC_PASSPHRASE) a new team
                              folder is encrypted; joining an encrypted one needs it. Never on
                              the command line: other users see arguments in ps

Options:
  --data-dir DIR   where Baton keeps its database (default: ${defaultDataDir()})
  --port N         port for serve (default: any free port)
  --folder F       the shared folder (Dropbox, Drive, OneDrive, a NAS)
  --device-name N  this laptop's name as teammates see it (default: its current name)
  --join           sync-setup joins the workspace already in the folder
  --passphrase-file P
                   sync-setup, join, sync --folder: read the team passphrase from file P (one
                   trailing newline ignored; or env BATON_SYNC_PASSPHRASE)
  --me NAME        join: the person of the team this laptop acts as (name or id)
  --campaign C     folders: the campaign (id or name)
  --handoff H      export-pdf/-md: one handoff, <from>-<to> stage names (or its id)
  --out FILE       export-pdf/-md/-ical/-health/-agenda: the file to write
  --weeks N        export-health: weeks of trend, 1 to 52 (default 12)
  --week DAY       export-agenda: a day (YYYY-MM-DD) of the week to export (default: today)
  --format F       export-agenda: md or pdf (default: from FILE's extension, else pdf)
  --csv FILE       import-leads: the CSV file to read
  --mapping FILE   import-leads: JSON of lead field → column header
  --client NAME    export-ical: only this client's items
  --channel C      export-ical: only this channel (email, social, paid, blog, event, other)
  --check          folders: make nothing, exit 1 when a file breaks the naming convention
  --once           sync: one run, then exit (the default)
  --watch          sync: keep running until Ctrl+C or SIGTERM
  --interval S     sync --watch: look at the folder every S seconds besides its events (default 30)
  --json           machine-readable output
  -h, --help       this help`;

const OPTIONS = {
  'data-dir': { type: 'string' },
  port: { type: 'string' },
  folder: { type: 'string' },
  'device-name': { type: 'string' },
  join: { type: 'boolean', default: false },
  'passphrase-file': { type: 'string' },
  me: { type: 'string' },
  campaign: { type: 'string' },
  client: { type: 'string' },
  channel: { type: 'string' },
  handoff: { type: 'string' },
  out: { type: 'string' },
  csv: { type: 'string' },
  mapping: { type: 'string' },
  check: { type: 'boolean', default: false },
  once: { type: 'boolean', default: false },
  watch: { type: 'boolean', default: false },
  interval: { type: 'string' },
  weeks: { type: 'string' },
  week: { type: 'string' },
  format: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/**
 * Runs one CLI command. Returns the process exit code for one-shot commands; `serve` resolves
 * only when the server stops.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new CliError(`${(err as Error).message}. Run baton --help for usage.`, 2);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command || command === 'help') {
    io.out(USAGE);
    return command || values.help ? 0 : 2;
  }
  const dataDir = values['data-dir'] ?? defaultDataDir();
  const json = values.json;

  switch (command) {
    case 'serve':
    case 'web':
      return serve(dataDir, values.port, io);
    case 'demo':
      return withBackend(dataDir, async (b) => {
        const ws = await b.client.workspace.loadDemo();
        const n = (await b.client.campaigns.list()).length;
        io.out(`Created "${ws.workspace.name}" with ${n} campaigns in ${dataDir}`);
        return 0;
      });
    case 'list': {
      if (rest[0] === 'leads') return withBackend(dataDir, (b) => listLeadsCommand(b, json, io));
      if (rest[0] !== 'campaigns') {
        throw new CliError('Usage: baton list campaigns|leads [--json]', 2);
      }
      return withBackend(dataDir, async (b) => {
        const list = await b.client.campaigns.list();
        io.out(json ? JSON.stringify(campaignListJson(list), null, 2) : campaignListText(list));
        return 0;
      });
    }
    case 'show': {
      const query = rest.slice(1).join(' ');
      if (rest[0] !== 'campaign' || !query) {
        throw new CliError('Usage: baton show campaign <id|name> [--json]', 2);
      }
      return withBackend(dataDir, async (b) => {
        const detail = await b.client.campaigns.get({ id: await findCampaignId(b, query) });
        const people = await b.client.people.list();
        io.out(json ? JSON.stringify(detail, null, 2) : campaignDetailText(detail, people));
        return 0;
      });
    }
    case 'folders':
      return folders(
        { dataDir, campaign: values.campaign, folder: values.folder, check: values.check, json },
        io,
      );
    case 'export-pdf':
    case 'export-md':
      return exportCommand(
        {
          dataDir,
          format: command === 'export-pdf' ? 'pdf' : 'md',
          campaign: values.campaign,
          handoff: values.handoff,
          out: values.out,
        },
        io,
      );
    case 'export-ical':
      return exportIcalCommand(
        {
          dataDir,
          out: values.out,
          client: values.client,
          channel: values.channel,
          campaign: values.campaign,
        },
        io,
      );
    case 'export-health':
      return exportHealthCommand({ dataDir, out: values.out, weeks: values.weeks }, io);
    case 'export-agenda':
      return exportAgendaCommand(
        { dataDir, out: values.out, week: values.week, format: values.format },
        io,
      );
    case 'import-leads':
      return importLeadsCommand({ dataDir, csv: values.csv, mapping: values.mapping, json }, io);
    case 'backup':
      return withBackend(dataDir, async (b) => {
        const { path } = await b.client.system.backup();
        io.out(`Backup written to ${path}`);
        return 0;
      });
    case 'check':
      return withBackend(dataDir, async (b) => {
        const result = await b.client.system.check();
        if (json) io.out(JSON.stringify(result, null, 2));
        else if (result.ok) io.out(`Database OK: ${dataDir}`);
        else for (const p of result.problems) io.err(p);
        return result.ok ? 0 : 1;
      });
    case 'sync': {
      if (values.once && values.watch) {
        throw new CliError('--once and --watch exclude each other: choose one', 2);
      }
      const args = {
        dataDir,
        folder: values.folder,
        deviceName: values['device-name'],
        json,
        passphrase: teamPassphrase(values['passphrase-file']),
      };
      return values.watch
        ? syncWatch({ ...args, intervalText: values.interval }, io)
        : syncOnce(args, io);
    }
    case 'sync-status':
      return syncStatus(
        { dataDir, folder: values.folder, deviceName: undefined, json, passphrase: undefined },
        io,
      );
    case 'join': {
      const { folder, me } = values;
      if (!folder || !me) {
        throw new CliError(
          'Usage: baton join --folder F --me NAME [--device-name N] [--passphrase-file P]',
          2,
        );
      }
      const passphrase = teamPassphrase(values['passphrase-file']);
      return join({ dataDir, folder, me, deviceName: values['device-name'], passphrase }, io);
    }
    case 'sync-setup': {
      const folder = values.folder;
      if (!folder) {
        throw new CliError(
          'Usage: baton sync-setup --folder F [--device-name N] [--join] [--passphrase-file P]',
          2,
        );
      }
      const passphrase = teamPassphrase(values['passphrase-file']);
      return withBackend(dataDir, async (b) => {
        const deviceName = values['device-name'] ?? (await b.client.sync.status()).deviceName;
        const mode = values.join ? 'join' : 'create';
        const status = await b.client.sync.setup({
          folder,
          deviceName,
          mode,
          ...(passphrase === undefined ? {} : { passphrase }),
        });
        io.out(
          `${mode === 'join' ? 'Joined' : 'Shared this workspace in'} ${status.folder} as "${status.deviceName}"`,
        );
        return status.lastRun ? printRun(status.lastRun, status.folder!, io) : 0;
      });
    }
    default:
      throw new CliError(`Unknown command "${command}". Run baton --help for usage.`, 2);
  }
}

async function serve(dataDir: string, portText: string | undefined, io: CliIo): Promise<number> {
  const port = portText === undefined ? 0 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new CliError(`--port must be a number from 0 to 65535, not "${portText}"`, 2);
  }
  // Like the app, browser mode syncs by itself when sync is set up.
  const backend = startBackend({ dataDir, sync: { triggers: true } });
  let server;
  try {
    server = await startWebServer({ backend, staticDir: webBuildDir(), port });
  } catch (err) {
    backend.close();
    throw new CliError(`Could not start browser mode: ${(err as Error).message}`);
  }
  if (backend.readOnlyReason) io.err(backend.readOnlyReason);
  io.out(`Baton is running at ${server.url}`);
  const running = server;
  return new Promise<number>((resolve) => {
    const stop = () => {
      void running.close().then(() => {
        backend.close();
        resolve(0);
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
