import { defineCompute } from "./define";
import { fmt } from "./format";
import { real } from "./input-specs";

/**
 * A fixed number: the answer of a question whose value doesn't depend on
 * parameters, e.g. a numeric question imported from Moodle GIFT. Every
 * function names a topic; a constant has none, so it is filed under the first.
 */
export const CONSTANT_VALUE = defineCompute({
  name: "const.value",
  title: "Fixed number",
  topic: "sliding-window-attention",
  description: "Returns the given number unchanged: for questions with one fixed numeric answer.",
  inputs: { value: real("The answer", "number") },
  outputUnit: "",
  outputLabel: "number",
  // The question's own source (on the template) says where the number comes from.
  source: "Given by the question's author",
  run: ({ value }) => ({ value, unit: "", steps: () => [`The answer is given: ${fmt(value)}.`] }),
});
