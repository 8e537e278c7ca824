-- Sign-in that no stranger can lock: failures are counted per (account, address) pair and
-- per address; sessions live in the database so they can be listed and ended; two-step
-- sign-in with an authenticator app and recovery codes; demo accounts are marked.

ALTER TABLE "User"
  ADD COLUMN "demoAccount" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "totpSecret" TEXT,
  ADD COLUMN "totpEnabledAt" TIMESTAMPTZ(3),
  ADD COLUMN "totpLastStep" INTEGER,
  ADD COLUMN "recoveryCodes" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];

CREATE TYPE "AttemptKind" AS ENUM ('PASSWORD', 'TOTP', 'OWN_PASSWORD');
ALTER TABLE "LoginAttempt" ADD COLUMN "kind" "AttemptKind" NOT NULL DEFAULT 'PASSWORD';
DROP INDEX "LoginAttempt_email_createdAt_idx";
CREATE INDEX "LoginAttempt_email_ip_createdAt_idx" ON "LoginAttempt"("email", "ip", "createdAt");

CREATE TABLE "UserSession" (
    "id" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "ip" TEXT NOT NULL DEFAULT '',
    "userAgent" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMPTZ(3),
    "endedReason" TEXT,
    CONSTRAINT "UserSession_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "UserSession_userId_endedAt_idx" ON "UserSession"("userId", "endedAt");

ALTER TABLE "SiteSettings"
  ADD COLUMN "twoFactorForApprovers" BOOLEAN NOT NULL DEFAULT true,
  ADD COLUMN "approverMayCorrectAlone" BOOLEAN NOT NULL DEFAULT false;

-- Installations seeded before this migration have the demo accounts with the passwords
-- printed in the README: mark them, so they too sign in from the server's own machine only.
UPDATE "User" SET "demoAccount" = true
WHERE email IN ('quantri@anhoa.gov.vn', 'bbt@anhoa.gov.vn', 'bientap@anhoa.gov.vn', 'ctv@anhoa.gov.vn');
