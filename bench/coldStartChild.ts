/**
 * Run in a fresh process by bench/coldStart.ts: loads the backend, opens the database and
 * answers the board's first query, then prints the timings as JSON.
 */
async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: coldStartChild.ts <dataDir>');
  const t0 = performance.now();
  const { startBackend } = await import('../electron/backend/startBackend');
  const t1 = performance.now();
  const backend = startBackend({ dataDir });
  const t2 = performance.now();
  const cards = await backend.client.campaigns.list();
  const t3 = performance.now();
  backend.close();
  process.stdout.write(
    `${JSON.stringify({
      importMs: t1 - t0,
      openMs: t2 - t1,
      listMs: t3 - t2,
      processMs: t3,
      cards: cards.length,
    })}\n`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
