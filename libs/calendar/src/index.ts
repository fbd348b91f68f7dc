/** Calendar dates and Jakarta days, pure: imported by the domain libs and the application alike. */
export * from './calendar-date';
