-- Designer sessions are stored as the SHA-256 digest (hex) of the cookie value, like every other
-- bearer secret: a database read must not yield a value that opens someone's designs.
UPDATE "ProductDesign" SET "sessionId" = encode(sha256(convert_to("sessionId", 'UTF8')), 'hex') WHERE "sessionId" IS NOT NULL;
UPDATE "LegacyDesign" SET "sessionId" = encode(sha256(convert_to("sessionId", 'UTF8')), 'hex') WHERE "sessionId" IS NOT NULL;
UPDATE "DesignAsset" SET "sessionId" = encode(sha256(convert_to("sessionId", 'UTF8')), 'hex') WHERE "sessionId" IS NOT NULL;
