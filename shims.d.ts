declare module 'fontverter' {
  const fontverter: {
    convert: (font: Uint8Array, format: 'truetype' | 'woff' | 'woff2' | 'sfnt') => Promise<Uint8Array>
  }
  export default fontverter
}
