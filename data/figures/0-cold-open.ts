import type { SourceId } from '../sources.ts'
import { defineFigures } from '../schema.ts'

/** The cold open's figures. */
export const coldOpenFigures = defineFigures<SourceId>()({
  nvidiaOneDayDrop: {
    label: 'Nvidia’s share price on 27 Jan 2025',
    stage: 'Nvidia’s shares, one day',
    value: -17,
    unit: '%',
    source: 'bloomberg-nvidia-record-loss',
    certainty: 'primary',
  },
  nvidiaValueErased: {
    label: 'Nvidia market value erased in one day',
    stage: 'market value erased',
    value: 589e9,
    unit: 'USD',
    source: 'bloomberg-nvidia-record-loss',
    certainty: 'primary',
    caveat: 'The largest one-day loss for any company in U.S. stock-market history.',
  },
  appStoreRank: {
    label: 'DeepSeek in the U.S. App Store, Sunday 26 Jan 2025',
    stage: 'U.S. App Store, 26 Jan',
    value: 1,
    unit: 'rank',
    source: 'techcrunch-app-store',
    certainty: 'primary',
    caveat: 'Up from No. 31 a few days earlier; the app had launched on 10 Jan.',
  },
})
