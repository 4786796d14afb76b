import { defineSources } from '../schema.ts'

/** Sources first relied on in act: Efficiency engineering. */
export const efficiencySources = defineSources({
  'deepseek-v3-paper': {
    title: 'DeepSeek-V3 Technical Report (arXiv:2412.19437)',
    publisher: 'DeepSeek-AI',
    date: '2024-12-27',
    url: 'https://arxiv.org/abs/2412.19437',
    confidence: 'high',
    act: 'efficiency',
  },
  'deepseek-v2-paper': {
    title: 'DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model (arXiv:2405.04434)',
    publisher: 'DeepSeek-AI',
    date: '2024-05-07',
    url: 'https://arxiv.org/abs/2405.04434',
    confidence: 'high',
    act: 'efficiency',
  },
  'llama31-model-card': {
    title: 'Llama 3.1 model card (MODEL_CARD.md)',
    publisher: 'Meta',
    date: '2024-07-23',
    url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md',
    confidence: 'high',
    act: 'efficiency',
  },
  'llama-models-sku-list': {
    title: 'llama-models: architecture arguments of the Llama 3.1 405B model (sku_list.py)',
    publisher: 'Meta on GitHub',
    date: '2024-07-23',
    url: 'https://github.com/meta-llama/llama-models/blob/d13eea5ec039baa48b5f0fa3641692a45b639da7/models/llama3_1/api/sku_list.py',
    confidence: 'high',
    act: 'efficiency',
  },
  'nature-news-r1-cost': {
    title: 'Secrets of DeepSeek AI model revealed in landmark paper',
    publisher: 'Nature News',
    date: '2025-09-17',
    url: 'https://www.nature.com/articles/d41586-025-03015-6',
    confidence: 'med',
    act: 'efficiency',
  },
})
