/**
 * The mail that carries a reset link, in plain text (no tracking, nothing to render). It carries
 * nothing anyone could have typed: an account's name is chosen at sign-up by whoever signs up,
 * and would otherwise put their words in mail sent from this site to that address.
 */
export function resetMail(input: { link: string; expiresAt: Date }): { subject: string; text: string } {
  const until = `${input.expiresAt.toISOString().slice(11, 16)} UTC`;
  return {
    subject: "Reset your Quizformer password",
    text: [
      "Hello,",
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
