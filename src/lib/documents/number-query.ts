// How a search for a document number is read. People type a number as it is printed
// ("98/2023/NĐ-CP"), without diacritics ("98/2023/ND-CP"), in part ("98/2023"), or by type
// and number ("nghị định 98", "nghị định số 98"). All of these are a run of the words of
// the document's type and number (headWords): " nghi dinh 98 2023 nd cp ".

/** The query's words without "số" before a number ("nghi dinh so 98" → "nghi dinh 98"). */
export function numberQueryWords(tokens: string[]): string[] {
  return tokens.filter((token, i) => !(token === 'so' && /^\d/.test(tokens[i + 1] ?? '')));
}

/** The LIKE pattern that finds the run in headWords: "% 98 2023 %". */
export function numberPattern(tokens: string[]): string {
  return `% ${numberQueryWords(tokens).join(' ')} %`;
}

/** Whether the query names this document by its number: only when it has a number in it. */
export function numberMatches(head: string, tokens: string[]): boolean {
  const words = numberQueryWords(tokens);
  return words.some((word) => /\d/.test(word)) && head.includes(` ${words.join(' ')} `);
}
