-- Stock, code uses and gift balances can never go below zero (nor a code past its uses), whatever
-- path writes them: the conditional UPDATEs of lib/checkout/holds.ts are the first guard, these
-- constraints the last. Prisma's schema cannot express CHECK constraints, so they live only here.

-- Untracked products were once decremented at checkout; their stock number means nothing, so it
-- is reset to zero rather than refusing the constraint.
UPDATE "Product" SET "inventory" = 0 WHERE "inventory" < 0 AND "trackInventory" = false;

ALTER TABLE "Product" ADD CONSTRAINT "Product_inventory_not_negative" CHECK ("inventory" >= 0);
ALTER TABLE "ProductVariant" ADD CONSTRAINT "ProductVariant_inventory_not_negative" CHECK ("inventory" >= 0);
ALTER TABLE "DiscountCode" ADD CONSTRAINT "DiscountCode_usedCount_within_maxUses"
  CHECK ("usedCount" >= 0 AND ("maxUses" IS NULL OR "usedCount" <= "maxUses"));
ALTER TABLE "GiftCertificate" ADD CONSTRAINT "GiftCertificate_remainingAmount_not_negative" CHECK ("remainingAmount" >= 0);
ALTER TABLE "GiftCertificateRedemption" ADD CONSTRAINT "GiftCertificateRedemption_amount_positive" CHECK ("amount" > 0);
