// npm run db:seed – seed the demo sites into an empty database (migrations applied first).
import { env } from "@/lib/env";
import { createPrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { openDatabase } from "@/lib/db/open-database";
import { seedDemo } from "@/prisma/seed/seed-demo";

const database = await openDatabase();
try {
  await applyMigrations(database.url);
  const prisma = createPrismaClient(database.url, 2);
  const seeded = await seedDemo(prisma, { origin: env.APP_URL ?? `http://localhost:${env.PORT}` });
  console.log(seeded ? "Seeded the demo sites." : "The database already has sites; nothing seeded.");
  await prisma.$disconnect();
} finally {
  await database.close();
}
