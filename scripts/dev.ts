// `npm run dev`: like npm start, but with Next's dev server (hot reload) instead of a build.
import path from "node:path";
import { log } from "@/lib/server/log";
import { resolveDatabase } from "./db/database-url";
import { assertPortFree } from "./lib/port";
import { say, serve } from "./lib/serve";

const port = Number(process.env.PORT ?? 3000);

async function main(): Promise<void> {
  await assertPortFree(port);
  const database = await resolveDatabase({ dataDir: path.join(process.cwd(), ".data", "postgres"), dbName: "quizformer", log: say, superviseWith: log });
  await serve({ database, port, nextArgs: ["dev"], onReady: () => say(`dev server at http://localhost:${port}`) });
}

main().catch((error: unknown) => {
  console.error(`[quizformer] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
