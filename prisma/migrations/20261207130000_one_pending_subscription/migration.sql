-- A customer has at most one subscription to a plan waiting for its first payment, so a doubled
-- start cannot make two (lib/subscriptions/start-subscription.ts answers the pending one).
-- Prisma's schema cannot express a partial index, so it lives only here.

-- Starts doubled before this index: the newest of each stays pending, the others are closed.
UPDATE "Subscription" s
SET "status" = 'canceled', "canceledAt" = now(), "cancelReason" = 'Started twice', "updatedAt" = now()
WHERE s."status" = 'incomplete'
  AND EXISTS (SELECT 1 FROM "Subscription" newer
              WHERE newer."customerId" = s."customerId" AND newer."planId" = s."planId"
                AND newer."status" = 'incomplete' AND newer."id" > s."id");

CREATE UNIQUE INDEX "Subscription_customerId_planId_incomplete_key" ON "Subscription"("customerId", "planId") WHERE "status" = 'incomplete';
