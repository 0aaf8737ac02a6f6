/**
 * The calendar the tests run on. Every test build is built for TEST_BUILD_DAY (`KB_BUILD_DAY`),
 * a day inside the consultation of the guidance document's version 2, and the browser tests set
 * Chromium's clock to noon of that day, so no test moves with the real calendar.
 */
export const TEST_BUILD_DAY = '2026-11-30';
export const DURING_CONSULTATION = new Date(`${TEST_BUILD_DAY}T12:00:00+01:00`);
/** A day after that consultation ended: the copy built for it shows the consultation closed. */
export const AFTER_CONSULTATION_DAY = '2027-01-15';
