const screenshotNoun =
  /\b(?:screen ?shots?|screen ?caps?|screen ?captures?|screen ?grabs?|print ?screen|prt ?sc(?:rn)?)\b/;
const screenshotVerb = /\b(?:take|grab|capture|snap|get|make|shoot|do|need|want)\b/;
const screenshotFirst =
  /^(?:a |another |one more )?(?:screen ?shot|screen ?cap(?:ture)?|screen ?grab|print ?screen)\b/;
const captureTheScreen =
  /\b(?:take(?!\s+me\b)|capture|snap|grab|shoot|get)\b(?:\s+\S+){0,4}?\s+(?:(?:the|my|this|whole|entire|full)\s+)*(?:screen|desktop|display|monitor)s?\b/;
const negatedInside = /\b(?:don'?t|do not|never|without)\b/;

/**
 * Whether a lower-cased request asks for a screenshot ("grab a screenshot", "snap the
 * screen"), and is not a negation of one.
 *
 * @example
 * asksForScreenshot('capture my screen'); // true
 */
export function asksForScreenshot(request: string): boolean {
  if (negatedInside.test(request)) return false;
  if (captureTheScreen.test(request)) return true;
  return (
    screenshotNoun.test(request) && (screenshotFirst.test(request) || screenshotVerb.test(request))
  );
}
