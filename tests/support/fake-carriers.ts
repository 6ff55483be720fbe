import { afterAll, afterEach, beforeAll, beforeEach, vi } from "vitest";
import { env } from "@/lib/env";
import { startFakeEasyPost, type FakeEasyPost } from "./fake-easypost";
import { startFakePrintful, type FakePrintful } from "./fake-printful";

/**
 * Fake EasyPost and Printful servers on loopback for this test file, accepting the given keys:
 * the app's clients point at them for the file, start each test with no shipments, and log their
 * failures into `errors` (silenced) rather than the test output. Read the fields inside tests.
 */
export function fakeCarriersForThisFile(keys: { easypost: string[]; printful: string[] }) {
  const carriers = {} as { easypost: FakeEasyPost; printful: FakePrintful; errors: ReturnType<typeof vi.spyOn> };
  // lib/env parses the environment once, at import; the clients read these URLs at call time.
  const realUrls = { easypost: env.EASYPOST_API_URL, printful: env.PRINTFUL_API_URL };
  beforeAll(async () => {
    [carriers.easypost, carriers.printful] = await Promise.all([startFakeEasyPost(keys.easypost), startFakePrintful(keys.printful)]);
    env.EASYPOST_API_URL = carriers.easypost.url;
    env.PRINTFUL_API_URL = carriers.printful.url;
  });
  afterAll(async () => {
    env.EASYPOST_API_URL = realUrls.easypost;
    env.PRINTFUL_API_URL = realUrls.printful;
    await Promise.all([carriers.easypost.close(), carriers.printful.close()]);
  });
  beforeEach(() => {
    carriers.easypost.reset();
    carriers.printful.reset();
    carriers.errors = vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => carriers.errors.mockRestore());
  return carriers;
}
