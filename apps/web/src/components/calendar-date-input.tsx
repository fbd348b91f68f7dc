import { DateInput, type DateInputProps } from '@mantine/dates';

/** A required calendar date, typed or picked, written as the API takes it (YYYY-MM-DD). */
export function CalendarDateInput(props: Omit<DateInputProps, 'required' | 'valueFormat'>) {
  return <DateInput required valueFormat="YYYY-MM-DD" {...props} />;
}
