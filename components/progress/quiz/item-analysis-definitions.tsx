import { DISCRIMINATION_MIN, DISCRIMINATION_MIN_COUNT, FACILITY_MAX, FACILITY_MIN, REVIEW_MIN_ANSWERS } from "@/lib/progress/item-analysis";

/** What the numbers mean, stated where they are shown. */
export function ItemAnalysisDefinitions() {
  return (
    <dl className="grid gap-3 text-sm text-slate-600 sm:grid-cols-3">
      <div>
        <dt className="font-medium text-slate-900">Facility</dt>
        <dd>The share of members&apos; first attempts that answered the question correctly (0 to 1).</dd>
      </div>
      <div>
        <dt className="font-medium text-slate-900">Discrimination</dt>
        <dd>
          Pearson correlation between the question (right = 1, wrong = 0) and the rest of the test (the number correct on the other questions), over first
          attempts. &ldquo;—&rdquo; when it is undefined: everyone scored the same, or fewer than {DISCRIMINATION_MIN_COUNT} answers.
        </dd>
      </div>
      <div>
        <dt className="font-medium text-slate-900">Needs review</dt>
        <dd>
          Facility below {FACILITY_MIN} or above {FACILITY_MAX}, or discrimination below {DISCRIMINATION_MIN}, once at least {REVIEW_MIN_ANSWERS} first
          attempts answered the question (fewer say nothing yet). Only each member&apos;s first finished attempt counts: later attempts reward remembering
          the questions.
        </dd>
      </div>
    </dl>
  );
}
