import type { ApiClient } from '../../api/client';
import { toast } from '../../ui';

/** Copies the database now and says where the copy is. Errors are the caller's to show. */
export async function backUpNow(api: ApiClient): Promise<string> {
  const { path } = await api.system.backup();
  toast.show({ kind: 'success', title: 'Backup saved', body: path, durationMs: 8000 });
  return path;
}
