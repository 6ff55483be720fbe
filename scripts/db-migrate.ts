// npm run db:migrate – apply pending migrations to DATABASE_URL, or to the embedded database.
import { applyMigrations } from "@/lib/db/migrations";
import { openDatabase } from "@/lib/db/open-database";

const database = await openDatabase();
try {
  const applied = await applyMigrations(database.url);
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
} finally {
  await database.close();
}
