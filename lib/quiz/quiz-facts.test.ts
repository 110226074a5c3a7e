import { describe, expect, it } from "vitest";
import { describeAttemptLimit, describeQuestions, describeTimeLimit, questionCount } from "./quiz-facts";

describe("quiz facts", () => {
  it("count a fixed template as one question and a draw as many as it draws", () => {
    expect(questionCount([{ templateKey: "kv-cache", drawCount: 1 }, { templateKey: null, drawCount: 3 }, { templateKey: "rope-theta", drawCount: 1 }])).toBe(5);
    expect(questionCount([])).toBe(0);
  });

  it("speak of questions and attempts the same way to admins and students", () => {
    expect(describeQuestions(1)).toBe("1 question");
    expect(describeQuestions(5)).toBe("5 questions");
    expect(describeAttemptLimit(2, 0)).toBe("0 of 2 attempts used");
    expect(describeAttemptLimit(1, 1)).toBe("1 of 1 attempt used");
    expect(describeAttemptLimit(2)).toBe("2 attempts each");
    expect(describeAttemptLimit(null)).toBe("Unlimited attempts");
    expect(describeTimeLimit(600)).toBe("10 min limit");
    expect(describeTimeLimit(null)).toBeNull();
  });
});
