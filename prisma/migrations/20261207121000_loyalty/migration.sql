-- CreateEnum
CREATE TYPE "LoyaltyActivityType" AS ENUM ('earned', 'redeemed', 'revoked', 'restored');

-- AlterTable
ALTER TABLE "Store" ADD COLUMN     "loyaltyPointValueCents" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "loyaltyTiers" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "loyaltyDiscountTotal" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "loyaltyPointsRedeemed" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "loyaltyPointsRevoked" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "LoyaltyAccount" (
    "id" SERIAL NOT NULL,
    "siteId" INTEGER NOT NULL,
    "customerId" INTEGER NOT NULL,
    "balance" INTEGER NOT NULL DEFAULT 0,
    "lifetimeEarned" INTEGER NOT NULL DEFAULT 0,
    "redeemed" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LoyaltyAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoyaltyActivity" (
    "id" SERIAL NOT NULL,
    "accountId" INTEGER NOT NULL,
    "type" "LoyaltyActivityType" NOT NULL,
    "points" INTEGER NOT NULL,
    "orderId" INTEGER,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoyaltyActivity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LoyaltyAccount_siteId_customerId_key" ON "LoyaltyAccount"("siteId", "customerId");

-- CreateIndex
CREATE INDEX "LoyaltyActivity_accountId_createdAt_idx" ON "LoyaltyActivity"("accountId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "LoyaltyActivity_orderId_idx" ON "LoyaltyActivity"("orderId");

-- AddForeignKey
ALTER TABLE "LoyaltyAccount" ADD CONSTRAINT "LoyaltyAccount_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoyaltyAccount" ADD CONSTRAINT "LoyaltyAccount_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoyaltyActivity" ADD CONSTRAINT "LoyaltyActivity_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "LoyaltyAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoyaltyActivity" ADD CONSTRAINT "LoyaltyActivity_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Prisma's schema cannot express these, so they live only here. The conditional UPDATEs of
-- lib/loyalty are the first guard against an overdrawn balance, this CHECK the last.
ALTER TABLE "LoyaltyAccount" ADD CONSTRAINT "LoyaltyAccount_points_not_negative"
  CHECK ("balance" >= 0 AND "lifetimeEarned" >= 0 AND "redeemed" >= 0);
ALTER TABLE "Store" ADD CONSTRAINT "Store_loyalty_rates_not_negative"
  CHECK ("loyaltyPointsPerDollar" >= 0 AND "loyaltyPointValueCents" >= 0);
ALTER TABLE "Order" ADD CONSTRAINT "Order_loyalty_not_negative"
  CHECK ("loyaltyPointsRedeemed" >= 0 AND "loyaltyDiscountTotal" >= 0 AND "loyaltyPointsRevoked" >= 0);

-- An order earns points once, however often its payment is reported.
CREATE UNIQUE INDEX "LoyaltyActivity_orderId_earned_key" ON "LoyaltyActivity"("orderId") WHERE "type" = 'earned';
