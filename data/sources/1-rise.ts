import { defineSources } from '../schema.ts'

/** Sources first relied on in act: The rise. */
export const riseSources = defineSources({
  'deepseek-r1-paper': {
    title: 'DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning (arXiv:2501.12948)',
    publisher: 'DeepSeek-AI',
    date: '2025-01-22',
    url: 'https://arxiv.org/abs/2501.12948',
    confidence: 'high',
    act: 'rise',
  },
  'deepseek-r1-repo': {
    title: 'DeepSeek-R1 repository: release, model weights and MIT licence',
    publisher: 'DeepSeek-AI on GitHub',
    short: 'DeepSeek GitHub',
    date: '2025-01-20',
    url: 'https://github.com/deepseek-ai/DeepSeek-R1',
    confidence: 'high',
    act: 'rise',
  },
  'deepseek-coder-repo': {
    title: 'DeepSeek Coder repository: first release of the code models',
    publisher: 'DeepSeek-AI on GitHub',
    short: 'DeepSeek GitHub',
    date: '2023-11-02',
    url: 'https://github.com/deepseek-ai/DeepSeek-Coder',
    confidence: 'high',
    act: 'rise',
  },
  'deepseek-llm-repo': {
    title: 'DeepSeek LLM repository: the 7B and 67B base and chat models',
    publisher: 'DeepSeek-AI on GitHub',
    short: 'DeepSeek GitHub',
    date: '2023-11-29',
    url: 'https://github.com/deepseek-ai/DeepSeek-LLM',
    confidence: 'high',
    act: 'rise',
  },
  'deepseekmath-paper': {
    title: 'DeepSeekMath: Pushing the Limits of Mathematical Reasoning in Open Language Models (arXiv:2402.03300)',
    publisher: 'DeepSeek-AI, Tsinghua University, Peking University',
    short: 'DeepSeek-AI et al.',
    date: '2024-02-05',
    url: 'https://arxiv.org/abs/2402.03300',
    confidence: 'high',
    act: 'rise',
  },
})
