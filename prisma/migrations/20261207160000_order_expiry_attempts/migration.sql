-- The expiry sweep notes the orders it tried and had to leave pending, and takes untried ones
-- first: a hundred it can never expire no longer stop it from reaching the rest.
ALTER TABLE "Order" ADD COLUMN "expiryAttemptedAt" TIMESTAMPTZ(3);
