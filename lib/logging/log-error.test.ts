import { describe, expect, it } from "vitest";
import { describeError, redactSecrets } from "./log-error";

describe("redactSecrets", () => {
  it("removes hashes and the values of secret-named fields, keeping the rest", () => {
    const text = `Invalid \`prisma.customer.create()\` invocation: { data: { email: "a@example.com", passwordHash: "scrypt$131072$8$1$c2FsdA==$aGFzaA==", resetToken: 'abc', apiKey=sk_live_1 } }`;
    expect(redactSecrets(text)).toBe(
      `Invalid \`prisma.customer.create()\` invocation: { data: { email: "a@example.com", passwordHash: [redacted], resetToken: [redacted], apiKey=[redacted] } }`,
    );
    expect(redactSecrets('{"password":"hunter22","newPassword":"x y z","authorization":"Bearer t"}')).toBe(
      '{"password":[redacted],"newPassword":[redacted],"authorization":[redacted]}',
    );
    expect(redactSecrets("stored scrypt$1$2$3$salt$hash here")).toBe("stored [redacted] here");
  });

  it("describes errors by their redacted stack and other values as redacted JSON", () => {
    const described = describeError(new Error('bad { password: "hunter22" }'));
    expect(described).toMatch(/^Error: bad \{ password: \[redacted\] \}\n\s+at /);
    expect(describeError({ token: "t0k3n", orderId: 5 })).toBe('{"token":[redacted],"orderId":5}');
  });
});
