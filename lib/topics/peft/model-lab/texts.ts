/**
 * The new text both methods fine-tune toward: a short story written for this lab, nothing like the
 * course's questions. The second paragraph is held out: it shows whether a method learned the new
 * style or only memorised the first paragraph.
 */
export const NEW_TEXT_TRAIN =
  "The lighthouse keeper climbed the stairs at dusk, one hundred and twelve steps, and lit the lamp. Ships passed in the dark and never knew his name. In the morning he wrote the weather in a small book: wind from the west, a grey sea, three gulls on the rail. He had kept the light for thirty years, and every night it was the same stairs, the same lamp, the same long sweep of light across the water. ";

export const NEW_TEXT_HELD_OUT =
  "One winter the supply boat did not come. He counted the oil in the cellar and wrote the number in the book, and every night he lit the lamp a little later. The sea was black and the wind came from the north. ";

/** Where every sample starts, so the texts can be compared. */
export const SAMPLE_OPENING = "The keeper ";
