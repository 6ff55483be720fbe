-- DropIndex
DROP INDEX "Product_siteId_status_createdAt_idx";

-- DropIndex
DROP INDEX "Product_siteId_status_price_idx";

-- DropIndex
DROP INDEX "Product_siteId_status_featured_idx";

-- DropIndex
DROP INDEX "Product_categoryId_status_idx";

-- CreateIndex
CREATE INDEX "Product_siteId_status_createdAt_id_idx" ON "Product"("siteId", "status", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Product_siteId_status_price_id_idx" ON "Product"("siteId", "status", "price", "id");

-- CreateIndex
CREATE INDEX "Product_siteId_status_featured_createdAt_id_idx" ON "Product"("siteId", "status", "featured" DESC, "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Product_categoryId_siteId_status_createdAt_id_idx" ON "Product"("categoryId", "siteId", "status", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Product_categoryId_siteId_status_price_id_idx" ON "Product"("categoryId", "siteId", "status", "price", "id");

-- CreateIndex
CREATE INDEX "Product_categoryId_siteId_status_featured_createdAt_id_idx" ON "Product"("categoryId", "siteId", "status", "featured" DESC, "createdAt" DESC, "id" DESC);
