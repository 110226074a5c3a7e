import { expect, test } from "./fixtures";
import { signUp, uniqueEmail } from "./helpers";

test("a student writes their own deck (basic and cloze, with a live preview), studies it, takes it to Anki and back, edits and deletes; nobody else can open it", async ({ page, browser, axe }) => {
  test.setTimeout(120_000);
  await signUp(page, { name: "Nia Notes", email: uniqueEmail("nia"), password: "own deck password 1" });
  await page.goto("/flashcards");
  await page.getByLabel("Deck name").fill("Papers I read");
  await page.getByRole("button", { name: "Create deck" }).click();
  await expect(page.getByRole("heading", { name: "Papers I read", level: 1 })).toBeVisible();
  const deckUrl = page.url();

  // A basic card: Markdown and math render in the preview as they are typed.
  await page.getByLabel("Front").fill("What does the rank $r$ of a LoRA adapter bound?");
  await page.getByLabel("Back").fill("The rank of the update $\\Delta W = BA$.");
  const preview = page.getByRole("region", { name: "Live preview" });
  await expect(preview.locator(".katex").first()).toBeVisible();
  await axe.checkpoint(page, "own deck with a card being written");
  await page.getByRole("button", { name: "Add card" }).click();
  await expect(page.getByText("Added: 1 new card.")).toBeVisible();
  // The form is ready for the next card.
  await expect(page.getByLabel("Front")).toHaveValue("");

  // A cloze card: each deletion number is a card.
  await page.getByLabel("Cloze: hidden parts of a text, one card each").check();
  await page.getByLabel("Text", { exact: true }).fill("{{c1::RoPE}} rotates {{c2::pairs of dimensions}} by angles that grow with position.");
  await expect(preview.getByText("2 cards: on each, one deletion number is hidden")).toBeVisible();
  await page.getByRole("button", { name: "Add card" }).click();
  await expect(page.getByText("Added: 2 new cards.")).toBeVisible();
  const notes = page.getByRole("list", { name: "2 notes" });
  await expect(notes.getByRole("listitem")).toHaveCount(2);

  // Studied with the same scheduler, from the flashcards page.
  await page.getByRole("link", { name: "Study now" }).click();
  const card = page.getByRole("region", { name: "Card" });
  await expect(card).toBeVisible();
  await expect(card).toContainText("What does the rank");
  await expect(page.getByRole("button", { name: "Show answer (Space)" })).toBeEnabled();
  await page.keyboard.press("Space");
  await expect(card.getByRole("status")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Good/ })).toBeEnabled();
  await page.keyboard.press("3");
  await expect(page.getByText("1 reviewed")).toBeVisible();
  await expect(page.getByRole("link", { name: "Papers I read" })).toBeVisible();

  // The card browser finds it by text and deck; its page shows the review and the recall chance now.
  await page.getByRole("main").getByRole("link", { name: "Card browser" }).click();
  await page.getByLabel("Text").fill("rank");
  await page.getByLabel("Deck").selectOption({ label: "Papers I read" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("1 card", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: /What does the rank/ }).click();
  await expect(page.getByRole("heading", { name: "Review history" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Good" })).toBeVisible();
  await expect(page.getByText(/^\d+(\.\d)? %$/)).toBeVisible();
  await axe.checkpoint(page, "card page");

  // Custom study: the deck in random order, as practice that leaves the schedule alone.
  await page.goto("/flashcards/custom");
  await page.getByLabel("One deck's cards in random order").check();
  await page.getByLabel("Deck (review ahead, random order)").selectOption({ label: "Papers I read" });
  await page.getByRole("button", { name: "Start custom study" }).click();
  const session = page.getByRole("region", { name: "Custom session" });
  await expect(session.getByText(/^Card 1 of 3 · practice/)).toBeVisible();
  for (let i = 0; i < 3; i++) {
    await session.getByRole("button", { name: "Show answer (Space)" }).click();
    await session.getByRole("button", { name: /^Again/ }).click();
  }
  await expect(page.getByText("Practice only: your schedule didn't change.")).toBeVisible();
  await axe.checkpoint(page, "custom study done");

  // Anki round trip: the deck goes out as an .apkg with its history, and comes back in as a new deck.
  await page.goto(deckUrl);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download .apkg" }).click()]);
  expect(download.suggestedFilename()).toBe("papers-i-read.apkg");
  const packagePath = test.info().outputPath("papers-i-read.apkg");
  await download.saveAs(packagePath);
  await page.goto("/flashcards");
  await page.getByRole("link", { name: "Anki packages" }).click();
  await page.getByLabel("Anki package").setInputFiles(packagePath);
  await page.getByLabel("Into").selectOption({ label: "A new deck" });
  await page.getByLabel("New deck’s name (optional)").fill("Papers from Anki");
  await page.getByRole("button", { name: "Import package" }).click();
  const imported = page.getByRole("heading", { name: "Imported into “Papers from Anki”" });
  await expect(imported).toBeFocused();
  await expect(page.getByText("2 notes, 3 cards and 1 past review came in.")).toBeVisible();
  await axe.checkpoint(page, "Anki package imported");
  await page.getByRole("link", { name: "Open “Papers from Anki”" }).click();
  await expect(page.getByRole("list", { name: "2 notes" })).toBeVisible();
  // The review made here came back with the card: its page lists it.
  await page.goto("/flashcards/browse");
  await page.getByLabel("Text").fill("rank");
  await page.getByLabel("Deck").selectOption({ label: "Papers from Anki" });
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: /What does the rank/ }).click();
  await expect(page.getByRole("cell", { name: "Good" })).toBeVisible();

  // Edit the basic card.
  await page.goto(deckUrl);
  await notes.getByRole("listitem").filter({ hasText: "What does the rank" }).getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("heading", { name: "Edit card" })).toBeVisible();
  await page.getByLabel("Back").fill("The rank of $\\Delta W = BA$: at most $r$.");
  await page.getByRole("button", { name: "Save card" }).click();
  await expect(page).toHaveURL(deckUrl);

  // Deleting asks first and says what goes with it.
  await notes.getByRole("listitem").filter({ hasText: "rotates pairs" }).getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this card?" });
  await expect(dialog).toContainText("Its 2 cards and their review history go for good");
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("list", { name: "1 note" })).toBeVisible();

  // Private: another signed-in person gets a 404 for the deck.
  const other = await (await browser.newContext()).newPage();
  await signUp(other, { name: "Oli Other", email: uniqueEmail("oli"), password: "other password 12" });
  const response = await other.goto(deckUrl);
  expect(response?.status()).toBe(404);
  await other.context().close();

  // The deck's own options, over the account's.
  await page.getByRole("link", { name: "Deck options" }).click();
  await expect(page.getByRole("heading", { name: "Options: Papers I read" })).toBeVisible();
  await page.getByLabel("New cards per day").fill("5");
  await page.getByLabel("Learning steps").fill("10m 1h");
  await page.getByRole("button", { name: "Save deck options" }).click();
  await expect(page.getByText("Deck options saved.")).toBeVisible();
  await axe.checkpoint(page, "deck options");
  await page.getByRole("link", { name: "Papers I read" }).click();

  // Deleting the deck says how much history goes.
  await page.getByRole("button", { name: "Delete deck" }).click();
  const deckDialog = page.getByRole("dialog", { name: "Delete “Papers I read”?" });
  await expect(deckDialog).toContainText("1 card and 1 review");
  await deckDialog.getByRole("button", { name: "Delete deck" }).click();
  await expect(page).toHaveURL(/\/flashcards\?deleted=deck$/);
  await expect(page.getByText("The deck was deleted.")).toBeVisible();
});
