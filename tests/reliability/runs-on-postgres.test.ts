import { inject, it, expect } from "vitest";
it("runs on a real PostgreSQL server", () => expect(inject("databaseKind")).toBe("postgres"));
