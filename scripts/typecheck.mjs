// `npm run typecheck`: the two TypeScript projects (Node, renderer) checked at the same time,
// one per core. The e2e specs are part of the Node project: as a project of their own they
// re-checked the whole backend through the harness (~20 s on a clean clone). Each keeps an
// incremental build-info file under node_modules/.cache, so a second run re-checks only what
// changed since (a clean clone, as in CI, checks everything once).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const projects = ['tsconfig.node.json', 'tsconfig.web.json'];
const cache = 'node_modules/.cache/tsc';

const runs = projects.map(
  (project) =>
    new Promise((resolve) => {
      const buildInfo = `${cache}/${project.replace(/\.json$/, '')}.tsbuildinfo`;
      const args = [
        tsc,
        '--noEmit',
        '-p',
        project,
        '--incremental',
        '--tsBuildInfoFile',
        buildInfo,
      ];
      const child = spawn(process.execPath, args, {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('close', (code) => resolve({ project, code, output }));
    }),
);

let failed = false;
for (const { project, code, output } of await Promise.all(runs)) {
  if (code === 0) continue;
  failed = true;
  process.stdout.write(`tsc -p ${project} failed:\n${output}\n`);
}
process.exit(failed ? 1 : 0);
