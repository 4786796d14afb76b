import { defineSources } from '../schema.ts'

/** Sources first relied on in act: Cold open. */
export const coldOpenSources = defineSources({
  'bloomberg-nvidia-record-loss': {
    title: 'Nvidia’s $589 Billion DeepSeek Rout Is Largest in Market History',
    publisher: 'Bloomberg',
    date: '2025-01-27',
    url: 'https://www.bloomberg.com/news/articles/2025-01-27/nvidia-s-589-billion-deepseek-rout-is-largest-in-market-history',
    confidence: 'high',
    act: 'cold-open',
  },
  'techcrunch-app-store': {
    title: 'DeepSeek displaces ChatGPT as the App Store’s top app',
    publisher: 'TechCrunch',
    date: '2025-01-27',
    url: 'https://techcrunch.com/2025/01/27/deepseek-displaces-chatgpt-as-the-app-stores-top-app/',
    confidence: 'high',
    act: 'cold-open',
  },
})
