import * as adminExportGift from "../admin/export/gift/route";
import * as adminExportJson from "../admin/export/json/route";
import * as adminExportMoodleXml from "../admin/export/moodle-xml/route";
import * as adminImport from "../admin/import/route";
import * as answers from "../attempts/[attemptId]/answers/route";
import * as decksExport from "../decks/export/route";
import * as decksImport from "../decks/import/route";
import * as health from "../health/route";
import * as reviews from "../reviews/route";
import * as teamProgress from "../teams/[teamId]/progress.csv/route";
import * as quizResults from "../teams/[teamId]/quizzes/[quizId]/results.csv/route";
import type { ApiRoute } from "@/lib/server/openapi/build-openapi";

/**
 * The JSON API's routes, for its description. A test compares this list with the route files
 * under app/api: a new route that isn't here (or one that moved) fails it.
 */
export const API_ROUTES: ApiRoute[] = [
  { path: "/api/health", handlers: health },
  { path: "/api/reviews", handlers: reviews },
  { path: "/api/attempts/[attemptId]/answers", handlers: answers },
  { path: "/api/decks/export", handlers: decksExport },
  { path: "/api/decks/import", handlers: decksImport },
  { path: "/api/teams/[teamId]/progress.csv", handlers: teamProgress },
  { path: "/api/teams/[teamId]/quizzes/[quizId]/results.csv", handlers: quizResults },
  { path: "/api/admin/export/json", handlers: adminExportJson },
  { path: "/api/admin/export/gift", handlers: adminExportGift },
  { path: "/api/admin/export/moodle-xml", handlers: adminExportMoodleXml },
  { path: "/api/admin/import", handlers: adminImport },
];
