import { cellText, escapeXml, MAIN_NS, XML_DECLARATION } from './xlsx-xml.ts';

/** The shared-strings part: each distinct text once, in first-use order; cells refer to it by index. */
export class SharedStrings {
  /** Keyed by the value as given, so a repeated value skips cellText; two values may share a text. */
  readonly #byValue = new Map<string, number>();
  readonly #byText = new Map<string, number>();

  indexOf(value: string): number {
    let index = this.#byValue.get(value);
    if (index === undefined) {
      const text = cellText(value);
      index = this.#byText.get(text) ?? this.#byText.size;
      this.#byText.set(text, index);
      this.#byValue.set(value, index);
    }
    return index;
  }

  /** Without `count` (optional): a rendered cell may appear on several sheets, so this table cannot know it. */
  /** The part as pieces: a million distinct texts make one string too long to build. */
  *xml(): Generator<string> {
    yield `${XML_DECLARATION}<sst xmlns="${MAIN_NS}" uniqueCount="${this.#byText.size}">`;
    for (const text of this.#byText.keys()) {
      // Without xml:space a reader may drop leading and trailing blanks.
      yield /^\s|\s$/.test(text) ? `<si><t xml:space="preserve">${escapeXml(text)}</t></si>` : `<si><t>${escapeXml(text)}</t></si>`;
    }
    yield '</sst>';
  }
}
