import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { asStorageError } from "./storage-error";
import { preparedStatementNames, preparedStatementsEnabled } from "./prepared-statements";

// One client per process. Kept on globalThis so dev-mode hot reloads don't open a new pool each time.
const globalForPrisma = globalThis as unknown as { quizformerPrisma?: PrismaClient };

/**
 * The Prisma client. Created on first use (not at import) so that `next build`
 * never needs a database. Only files under lib/server/data may call this.
 */
export function getDb(): PrismaClient {
  if (!globalForPrisma.quizformerPrisma) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) {
      throw new Error("DATABASE_URL is not set. Start Quizformer with `npm start`, which provides a database.");
    }
    const adapter = new PrismaPg(
      { connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) },
      preparedStatementsEnabled() ? { statementNameGenerator: preparedStatementNames() } : {},
    );
    const client = new PrismaClient({ adapter }).$extends({
      query: {
        async $allOperations({ args, query }) {
          try {
            return await query(args);
          } catch (error) {
            throw asStorageError(error);
          }
        },
      },
    });
    // A query extension changes no method's type, so the client keeps PrismaClient's shape.
    globalForPrisma.quizformerPrisma = client as unknown as PrismaClient;
  }
  return globalForPrisma.quizformerPrisma;
}

export type Db = PrismaClient;
