// Date fields as a user meets them: one box with a part per day, month and
// year, in the order of the app's language (dd-mm-jjjj in Dutch, dd/mm/yyyy
// in English). fillDate types the digits the way a user would; every spec
// that enters a date goes through here.
import { expect, type Locator, type Page } from '@playwright/test';

/** The date field labelled `label` (its group of parts) inside `scope`; a label may end in "(optional)". */
export function dateField(scope: Page | Locator, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByRole('group', { name: new RegExp(`^${escaped}( \\([^)]*\\))?$`) });
}

/**
 * Types an ISO date ('2026-01-03') into a date field, part by part in the
 * field's own order; '' empties it (Backspace from the last part).
 * `field` is a date field (dateField()) or a scope with `label`.
 */
export async function fillDate(field: Locator | Page, labelOrIso: string, iso?: string): Promise<void> {
  const group = iso === undefined ? (field as Locator) : dateField(field, labelOrIso);
  const value = iso ?? labelOrIso;
  const parts = group.getByRole('spinbutton');
  const page = group.page();
  if (value === '') {
    await parts.last().click();
    for (let i = 0; i < 14; i++) await page.keyboard.press('Backspace');
    return;
  }
  const [year, month, day] = value.split('-') as [string, string, string];
  const digits: Record<string, string> = { year, month, day };
  // The field's value, as the form will read it (a hidden input beside the parts).
  const stored = group.locator('xpath=..').locator('input[type="hidden"]');
  // A form that has just opened may still move the focus to its first field:
  // like a user, look at what was typed and type it again if it went elsewhere.
  for (let attempt = 1; ; attempt++) {
    await parts.first().click();
    // Read the parts' order once the field is really there: a dialog that has
    // just closed leaves the page hidden from the accessibility tree for a
    // frame, and an order read then is empty (nothing would be typed).
    const order = await parts.evaluateAll((els) => els.map((el) => el.getAttribute('data-type') ?? ''));
    expect(order.length, 'the date field shows its parts').toBeGreaterThan(0);
    await page.keyboard.type(order.map((type) => digits[type] ?? '').join(''));
    try {
      await expect(stored).toHaveValue(value, { timeout: attempt < 3 ? 1500 : 5000 });
      break;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
  await page.keyboard.press('Tab');
}

/** How a date field shows an ISO date in English (dd/mm/yyyy) or Dutch (dd-mm-yyyy). */
export function shownDate(iso: string, language: 'en' | 'nl' = 'en'): string {
  const [year, month, day] = iso.split('-');
  return language === 'nl' ? `${day}-${month}-${year}` : `${day}/${month}/${year}`;
}
