// Classes shared by the article form's inputs.
export const input = 'min-h-11 w-full rounded border px-3 py-2 text-base';
export const border = (error?: string[]) => (error ? 'border-red-600' : 'border-neutral-400');
