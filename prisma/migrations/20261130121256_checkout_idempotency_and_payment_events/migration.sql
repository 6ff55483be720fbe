-- DropIndex
DROP INDEX "Order_siteId_idempotencyKey_key";

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "idempotencyFingerprint" TEXT;

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "providerEventId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Order_siteId_cartSessionId_idempotencyKey_key" ON "Order"("siteId", "cartSessionId", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_providerEventId_key" ON "Payment"("providerEventId");
