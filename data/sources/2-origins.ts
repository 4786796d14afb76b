import { defineSources } from '../schema.ts'

/** Sources first relied on in act: From hedge fund to AI lab. */
export const originsSources = defineSources({
  'reuters-high-flyer-profile': {
    title: 'High-Flyer, the AI quant fund behind China’s DeepSeek',
    publisher: 'Reuters',
    date: '2025-01-29',
    url: 'https://www.reuters.com/technology/artificial-intelligence/high-flyer-ai-quant-fund-behind-chinas-deepseek-2025-01-29/',
    confidence: 'med',
    act: 'origins',
  },
  'fire-flyer-paper': {
    title: 'Fire-Flyer AI-HPC: A Cost-Effective Software-Hardware Co-Design for Deep Learning (arXiv:2408.14158)',
    publisher: 'DeepSeek-AI',
    date: '2024-08-26',
    url: 'https://arxiv.org/abs/2408.14158',
    confidence: 'high',
    act: 'origins',
  },
  'waves-interview-2024': {
    title: 'DeepSeek CEO interview: English translation of Liang Wenfeng’s July 2024 interview with Waves (暗涌, 36Kr)',
    publisher: 'ChinaTalk',
    date: '2024-11',
    url: 'https://www.chinatalk.media/p/deepseek-ceo-interview-with-chinas',
    confidence: 'med',
    act: 'origins',
  },
  'deepseekmoe-paper': {
    title: 'DeepSeekMoE: Towards Ultimate Expert Specialization in Mixture-of-Experts Language Models (arXiv:2401.06066)',
    publisher: 'DeepSeek-AI, Peking University, Tsinghua University, Nanjing University',
    short: 'DeepSeek-AI et al.',
    date: '2024-01-11',
    url: 'https://arxiv.org/abs/2401.06066',
    confidence: 'high',
    act: 'origins',
  },
  'reuters-deepseek-funding': {
    title: 'DeepSeek is nearing a $7.4 billion funding round (reporting Reuters)',
    publisher: 'Startup Fortune',
    date: '2026-06-03',
    url: 'https://startupfortune.com/deepseek-is-nearing-a-74-billion-funding-round/',
    confidence: 'med',
    act: 'origins',
  },
  '36kr-deepseek-funding-close': {
    title: 'DeepSeek "is getting bigger": raised 50 billion yuan in financing, purchasing domestic computing power, recruiting talents',
    publisher: '36Kr',
    date: '2026-07',
    url: 'https://eu.36kr.com/en/p/3877226091180296',
    confidence: 'med',
    act: 'origins',
  },
})
