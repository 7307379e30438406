import os from 'node:os';
import path from 'node:path';

/**
 * Where Baton keeps its data when no folder is given: the same folder Electron's
 * `app.getPath('userData')` gives the app, so the desktop app, the CLI and browser mode all
 * open the same database by default.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (env.BATON_DATA_DIR) return path.resolve(env.BATON_DATA_DIR);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Baton');
  if (platform === 'win32') {
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Baton');
  }
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Baton');
}
