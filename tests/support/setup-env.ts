import { inject } from "vitest";

// Runs before each test file's imports, so lib/env sees the run's own database.
process.env.DATABASE_URL = inject("databaseUrl");
