-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "loyaltyPointsReturned" INTEGER NOT NULL DEFAULT 0;

-- Prisma's schema cannot express this. Refunds and a cancellation give the redeemed points back
-- under the order's row lock and by a conditional UPDATE of this column; the CHECK is the last
-- guard that however they race, an order never gives back more points than it took.
ALTER TABLE "Order" ADD CONSTRAINT "Order_loyalty_points_returned_within_redeemed"
  CHECK ("loyaltyPointsReturned" >= 0 AND "loyaltyPointsReturned" <= "loyaltyPointsRedeemed");
