import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";

// Runs before each test file's imports, so lib/env sees the run's own database, and files the
// app writes (the e-mail outbox) land in a directory of the test file's own.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATA_DIR = mkdtempSync(join(tmpdir(), "storefront-test-data-"));
delete process.env.SMTP_URL;
