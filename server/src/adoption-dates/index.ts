/**
 * The packed adoption dates (citations/adoptionDates.data.ts, 13 KB), a room of their own beside the
 * bundles (dist/adoption-dates.js, see build.mjs): read on the first date looked up, so that the server's
 * bundle stays within its size budget and a draft that cites no dated resolution never loads them.
 */
export { PACKED_ADOPTION_DATES } from '../citations/adoptionDates.data';
