-- CreateEnum
CREATE TYPE "MembershipSource" AS ENUM ('MANUAL', 'SSO');

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "source" "MembershipSource" NOT NULL DEFAULT 'MANUAL';

-- CreateTable
CREATE TABLE "SsoIdentity" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSignInAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SsoIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SsoLinkRequest" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "proofHash" TEXT,
    "userId" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SsoLinkRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SsoIdentity_userId_idx" ON "SsoIdentity"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "SsoIdentity_issuer_subject_key" ON "SsoIdentity"("issuer", "subject");

-- CreateIndex
CREATE UNIQUE INDEX "SsoLinkRequest_tokenHash_key" ON "SsoLinkRequest"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "SsoLinkRequest_proofHash_key" ON "SsoLinkRequest"("proofHash");

-- CreateIndex
CREATE INDEX "SsoLinkRequest_expiresAt_idx" ON "SsoLinkRequest"("expiresAt");

-- AddForeignKey
ALTER TABLE "SsoIdentity" ADD CONSTRAINT "SsoIdentity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SsoLinkRequest" ADD CONSTRAINT "SsoLinkRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
