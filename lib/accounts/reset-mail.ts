/** The mail that carries a reset link, in plain text (no tracking, nothing to render). */
export function resetMail(input: { name: string; link: string; expiresAt: Date }): { subject: string; text: string } {
  const until = `${input.expiresAt.toISOString().slice(11, 16)} UTC`;
  return {
    subject: "Reset your Quizformer password",
    text: [
      `Hello ${input.name.split(" ")[0] || input.name},`,
      "",
      "Someone (we hope you) asked to reset the password of your Quizformer account. To choose a new one, open:",
      "",
      input.link,
      "",
      `The link works once, until ${until}. Choosing a new password signs your account out everywhere.`,
      "",
      "If you didn't ask, ignore this mail: your password stays as it is.",
    ].join("\n"),
  };
}
