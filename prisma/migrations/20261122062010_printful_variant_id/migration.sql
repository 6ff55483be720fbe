-- AlterTable
ALTER TABLE "ProductVariant" ADD COLUMN     "printfulVariantId" TEXT;
