/** Dates and times as Indonesians write them, in Western Indonesia Time (Asia/Jakarta). */
const ZONE = 'Asia/Jakarta';

function locale(language: string): string {
  return language === 'en' ? 'en-GB' : 'id-ID';
}

// Building an Intl.DateTimeFormat costs far more than using one; an inbox of 1,000 tasks formats 1,000 dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(localeName: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${localeName} ${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(localeName, options);
    formatters.set(key, found);
  }
  return found;
}

/** "Rabu, 9 Desember 2026 23.59 WIB" (en: "Wednesday, 9 December 2026 23:59 WIB"). */
export function formatInstant(iso: string, language: string): string {
  const date = new Date(iso);
  const day = formatter(locale(language), {
    timeZone: ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
  const parts = formatter('en-GB', {
    timeZone: ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const hour = parts.find((p) => p.type === 'hour')?.value ?? '00';
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00';
  return `${day} ${hour}${language === 'en' ? ':' : '.'}${minute} WIB`;
}

/** A calendar date "2026-12-09" as "9 Desember 2026". */
export function formatDate(date: string, language: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return formatter(locale(language), {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** Today's date in Jakarta, YYYY-MM-DD. */
export function jakartaToday(now: Date = new Date()): string {
  return formatter('en-CA', { timeZone: ZONE }).format(now);
}

/** How a due instant stands against now: overdue, due today (Jakarta) or later. */
export function dueState(dueAt: string | null, now: Date = new Date()): 'overdue' | 'today' | 'later' | 'none' {
  if (!dueAt) return 'none';
  const due = new Date(dueAt);
  if (due.getTime() < now.getTime()) return 'overdue';
  return jakartaToday(due) === jakartaToday(now) ? 'today' : 'later';
}
