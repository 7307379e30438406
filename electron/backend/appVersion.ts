import fs from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

/** Baton's version from package.json, found from wherever this code was bundled to. */
export function appVersion(): string {
  if (cached) return cached;
  if (process.env.npm_package_name === 'baton' && process.env.npm_package_version) {
    return (cached = process.env.npm_package_version);
  }
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'baton' && pkg.version) return (cached = pkg.version);
    }
    if (path.dirname(dir) === dir) return (cached = '0.0.0');
  }
}
