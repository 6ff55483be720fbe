import pg from "pg";

/**
 * A connection of its own to the run's database that counts the other sessions holding a
 * transaction open while idle ('idle in transaction'): an app awaiting something else, such as a
 * network call, in the middle of a transaction.
 */
export async function watchOpenTransactions(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  return {
    async idleInTransaction(): Promise<number> {
      const { rows } = await client.query<{ sessions: number }>(
        `SELECT count(*)::int AS sessions FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'`,
      );
      return rows[0].sessions;
    },
    close: () => client.end(),
  };
}
