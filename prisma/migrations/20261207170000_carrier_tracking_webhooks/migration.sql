-- EasyPost's tracking webhooks move shipments along: each store signs them with its own secret, and
-- each event is recorded once.
ALTER TABLE "Store" ADD COLUMN "easypostWebhookSecret" TEXT;

ALTER TABLE "TrackingEvent" ADD COLUMN "providerEventId" TEXT;

CREATE UNIQUE INDEX "TrackingEvent_providerEventId_key" ON "TrackingEvent"("providerEventId");
