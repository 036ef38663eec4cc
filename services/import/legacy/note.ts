// What a decoder hands back: the text in NFC and the places it could not
// decide from the bytes alone, for the editor to check.

export type LegacyNoteReason =
  /** TCVN3 capitals with a tone (.VnTimeH) decided from the surrounding capitals. */
  | 'tcvn3-capitals'
  /** A TCVN3 toned vowel opening a sentence, taken as a capital. */
  | 'tcvn3-sentence-capital'
  /** A word that is still not Vietnamese after conversion: a stray symbol, another encoding, a typo. */
  | 'undecodable';

export interface LegacyNote {
  /** Where the word starts in the text given to the decoder, and its length there. */
  offset: number;
  length: number;
  /** The word as it was converted. */
  text: string;
  reason: LegacyNoteReason;
}

export interface DecodeResult {
  text: string;
  notes: LegacyNote[];
}
