import { NextResponse } from "next/server";
import { afterResponse } from "@/lib/api/after-response";
import { attachCartToCustomer } from "@/lib/cart/attach-cart";
import { ApiError } from "@/lib/api/errors";
import { parseBody } from "@/lib/api/parse";
import { ok } from "@/lib/api/respond";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { getCustomerProfile } from "@/lib/customers/get-customer-profile";
import { loginCustomer } from "@/lib/customers/login-customer";
import { resendEmailVerification, verifyEmail } from "@/lib/customers/email-verification";
import { requestPasswordReset, resetPassword } from "@/lib/customers/password-reset";
import { registerCustomer } from "@/lib/customers/register-customer";
import { requireCustomer } from "@/lib/customers/require-customer";
import { authRequestSchema } from "@/lib/customers/schemas";
import { endSession } from "@/lib/customers/sessions";
import { clientAddress } from "@/lib/security/client-address";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // POST /api/storefront/[siteId]/auth – register, login, logout, me, forgot-password, reset-password, verify-email, resend-verification
  POST: async ({ request, store }) => {
    if (!store.customerAccountsEnabled) throw new ApiError("forbidden", "Customer accounts are disabled for this store");
    const input = await parseBody(authRequestSchema, request);
    const client = { userAgent: request.headers.get("user-agent"), ipAddress: clientAddress(request) };
    switch (input.action) {
      case "register": {
        const result = await registerCustomer(store, input, client);
        if (input.sessionId) await attachCartToCustomer(store.siteId, input.sessionId, result.customer.id);
        return ok(result, { status: 201 });
      }
      case "login": {
        const result = await loginCustomer(store.siteId, input, client);
        if (input.sessionId) await attachCartToCustomer(store.siteId, input.sessionId, result.customer.id);
        return ok(result);
      }
      case "logout":
        await endSession((await requireCustomer(request, store.siteId)).sessionId);
        return NextResponse.json({ success: true });
      case "me":
        return ok(await getCustomerProfile(store.siteId, (await requireCustomer(request, store.siteId)).customerId));
      case "forgot-password":
        // Sent after the answer, so an existing and an unknown email take the same time.
        afterResponse(() => requestPasswordReset(store, input.email));
        return ok({ message: "If an account exists for this email, a reset link is on its way." });
      case "reset-password":
        await resetPassword(store.siteId, input.token, input.password);
        return ok({ message: "Your password has been reset. Please sign in." });
      case "verify-email":
        await verifyEmail(store.siteId, input.token);
        return ok({ message: "Your email is confirmed." });
      case "resend-verification": {
        const { alreadyVerified } = await resendEmailVerification(store, (await requireCustomer(request, store.siteId)).customerId);
        return ok({ message: alreadyVerified ? "Your email is already confirmed." : "A new confirmation link is on its way." });
      }
    }
  },
});
