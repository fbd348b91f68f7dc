import type { HelperDelegate } from 'handlebars';
import type { Language } from '../notification-template';

export type Labels = Record<string, Record<string, string>>;

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };
const ZONE = 'Asia/Jakarta';

/** Template helpers in the recipient's language: `date`, `datetime` (Jakarta time) and `t` for labels. */
export function templateHelpers(language: Language, labels: Labels): Record<string, HelperDelegate> {
  const locale = LOCALES[language];
  const calendarDate = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const instant = new Intl.DateTimeFormat(locale, { timeZone: ZONE, dateStyle: 'full', timeStyle: 'short' });
  return {
    date: (value: unknown) => {
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value ?? '';
      return calendarDate.format(new Date(`${value}T00:00:00Z`));
    },
    datetime: (value: unknown) => {
      const at = typeof value === 'string' ? new Date(value) : null;
      if (at === null || Number.isNaN(at.getTime())) return value ?? '';
      return `${instant.format(at)} WIB`;
    },
    t: (group: unknown, key: unknown) => {
      const name = String(key ?? '');
      return labels[String(group)]?.[name] ?? name;
    },
  };
}
