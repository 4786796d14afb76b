import { defineSources } from './schema.ts'

/** The sources registry: every figure cites one of these ids, and the Sources slide is generated from it. */
export const sources = defineSources({
  'deepseek-v3-paper': {
    title: 'DeepSeek-V3 Technical Report (arXiv:2412.19437)',
    publisher: 'DeepSeek-AI',
    date: '2024-12-26',
    url: 'https://arxiv.org/abs/2412.19437',
    confidence: 'high',
  },
  'llama31-model-card': {
    title: 'Llama 3.1 model card (MODEL_CARD.md)',
    publisher: 'Meta',
    date: '2024-07-23',
    url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md',
    confidence: 'high',
  },
  'bloomberg-nvidia-record-loss': {
    title: 'Nvidia’s $589 Billion DeepSeek Rout Is Largest in Market History',
    publisher: 'Bloomberg',
    date: '2025-01-27',
    url: 'https://www.bloomberg.com/news/articles/2025-01-27/nvidia-s-589-billion-deepseek-rout-is-largest-in-market-history',
    confidence: 'high',
  },
  'reuters-high-flyer-profile': {
    title: 'High-Flyer, the AI quant fund behind China\'s DeepSeek',
    publisher: 'Reuters',
    date: '2025-01-29',
    url: 'https://www.reuters.com/technology/artificial-intelligence/high-flyer-ai-quant-fund-behind-chinas-deepseek-2025-01-29/',
    confidence: 'med',
  },
})

export type SourceId = keyof typeof sources
