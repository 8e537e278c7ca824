// Reading a submitted form in a server action: every value as the string it is (missing
// or a file: ""), or a whole number (NaN when it is not one). Checking is the data layer's.

export function formString(form: FormData, key: string): string {
  const value = form.get(key);
  return typeof value === 'string' ? value : '';
}

export function formInt(form: FormData, key: string): number {
  const text = formString(form, key);
  return /^\d{1,9}$/.test(text) ? Number(text) : NaN;
}
