import fs from 'node:fs';
import path from 'node:path';

/** The folder holding Baton's package.json, from wherever this code runs (source or bundle). */
export function appRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string };
      if (pkg.name === 'baton') return dir;
    }
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

/** The browser build of the renderer that `baton serve` hands out. */
export function webBuildDir(): string {
  return path.join(appRoot(), 'out', 'web');
}
