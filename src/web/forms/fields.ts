// Reading posted form fields: a text box as trimmed text (absent or not a string reads as ''), a group of
// checkboxes as a list (one ticked box posts a string, several an array, none nothing).

export const textOf = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

export const listOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(textOf).filter(Boolean);

/** A yes-or-no answer as its radios hold it, to fill a form in from an entry: '' when it was not given. */
export const yesNoOf = (value: boolean | undefined): '' | 'yes' | 'no' =>
  value === undefined ? '' : value ? 'yes' : 'no';
