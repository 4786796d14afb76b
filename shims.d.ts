declare module 'fontverter' {
  const fontverter: {
    convert: (font: Uint8Array, format: 'truetype' | 'woff' | 'woff2' | 'sfnt') => Promise<Uint8Array>
  }
  export default fontverter
}

// Imported by @slidev/client's own source, which vue-tsc checks because the package ships raw .ts.
declare module 'file-saver'
