"use server";

import { redirect } from "next/navigation";
import { createReview } from "@/lib/reviews/create-review";
import { createReviewSchema } from "@/lib/reviews/schemas";
import { formResult, optionalText, parseForm, type FormState } from "../../_lib/form-state";
import { actingMember } from "../../_lib/member";

const labels = { rating: "Rating", title: "Title", body: "Review" };

/** Reviews a product the customer bought; the domain checks the purchase and the one-review rule. */
export async function writeReviewAction(siteId: number, productSlug: string, _state: FormState, formData: FormData): Promise<FormState> {
  const { shop, customerId } = await actingMember(siteId, "/account/reviews");
  const rating = optionalText(formData, "rating");
  const result = await formResult(async () => {
    const input = parseForm(createReviewSchema, {
      rating: rating && /^\d$/.test(rating) ? Number(rating) : null,
      title: optionalText(formData, "title") ?? "",
      body: optionalText(formData, "body") ?? "",
    });
    await createReview(shop.siteId, customerId, productSlug, input);
    return "Thank you for your review.";
  }, labels);
  // The product moves from "ready for review" to the customer's reviews: the page itself shows it.
  if (result?.ok) redirect(shop.href("/account/reviews?notice=reviewed"));
  return result;
}
