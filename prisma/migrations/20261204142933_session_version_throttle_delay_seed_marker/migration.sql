-- AlterTable
ALTER TABLE "rate_limits" ADD COLUMN     "notBefore" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "instance_state" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "instance_state_pkey" PRIMARY KEY ("key")
);
