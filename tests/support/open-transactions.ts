import pg from "pg";

/**
 * Tags this test file's database connections with an application name of its own, so a watcher
 * tells them apart from other files' sessions on the shared run database. Call before the app's
 * first query (db() connects on first use).
 */
export function tagAppConnections(env: { DATABASE_URL?: string }, applicationName: string) {
  const url = new URL(env.DATABASE_URL!);
  url.searchParams.set("application_name", applicationName);
  env.DATABASE_URL = url.toString();
}

/**
 * A connection of its own to the run's database that counts the app's sessions (by application
 * name) holding a transaction open while idle ('idle in transaction'): an app awaiting something
 * else, such as a network call, in the middle of a transaction.
 */
export async function watchOpenTransactions(databaseUrl: string, applicationName: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  return {
    async idleInTransaction(): Promise<number> {
      const { rows } = await client.query<{ sessions: number }>(
        `SELECT count(*)::int AS sessions FROM pg_stat_activity
         WHERE datname = current_database() AND application_name = $1 AND state LIKE 'idle in transaction%'`,
        [applicationName],
      );
      return rows[0].sessions;
    },
    close: () => client.end(),
  };
}
