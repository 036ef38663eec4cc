// pdfkit writes a TrueType font program (FontFile2) without /Length1, the
// length of the font file before compression, which the PDF reference
// requires for FontFile2 and which strict preflights (and some RIPs) check.
// The painter adds it without touching pdfkit: while the font is embedded,
// the first stream pdfkit makes is the font file (pdfkit.js, EmbeddedFont.embed:
// `const fontFile = this.document.ref()`), and its length is known when it ends.
// test/integration/pdf-metadata.test.ts reads Length1 back from every sample.

interface Stream {
  data: Record<string, unknown>;
  end(chunk?: Uint8Array): void;
}

interface EmbeddableFont {
  document: { ref(data?: object): Stream };
  embed(): unknown;
}

export function addLength1(font: EmbeddableFont): void {
  const embed = font.embed.bind(font);
  font.embed = () => {
    const doc = font.document;
    const ref = doc.ref;
    // The document's own `ref` is pdfkit's prototype method: removing the stand-in brings it back.
    const restore = () => delete (doc as { ref?: unknown }).ref;
    doc.ref = (data?: object) => {
      // Only the first stream is the font file: later ones (descriptor, widths, ToUnicode) are left alone.
      restore();
      const stream = ref.call(doc, data);
      const end = stream.end.bind(stream);
      stream.end = (chunk?: Uint8Array) => {
        // A CFF program (FontFile3, Subtype set after the stream is made) has no Length1.
        if (chunk && !stream.data.Subtype) stream.data.Length1 = chunk.length;
        end(chunk);
      };
      return stream;
    };
    try {
      return embed();
    } finally {
      restore();
    }
  };
}
