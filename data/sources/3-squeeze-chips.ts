import { defineSources } from '../schema.ts'

/**
 * Sources for the chip figures of act three (the threshold chart, the swimlane's sale windows, the narrower pipe).
 * Vendor datasheets are living documents: the date is the version the values were read from (fact-check Part 3b).
 */
export const squeezeChipSources = defineSources({
  'nvidia-a100-datasheet': {
    title: 'NVIDIA A100 Tensor Core GPU datasheet (dense INT8 and BF16 throughput, NVLink, PCIe Gen4, memory bandwidth)',
    publisher: 'NVIDIA',
    date: '2021-06',
    url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf',
    confidence: 'high',
    act: 'squeeze',
  },
  'nvidia-ampere-whitepaper': {
    title: 'NVIDIA A100 Tensor Core GPU Architecture (whitepaper: the GA100 die, 826 mm²)',
    publisher: 'NVIDIA',
    date: '2020-05',
    url: 'https://images.nvidia.com/aem-dam/en-zz/Solutions/data-center/nvidia-ampere-architecture-whitepaper.pdf',
    confidence: 'high',
    act: 'squeeze',
  },
  'nvidia-h100-datasheet': {
    title: 'NVIDIA H100 Tensor Core GPU datasheet (FP8 throughput with and without sparsity, NVLink, PCIe Gen5, memory bandwidth)',
    publisher: 'NVIDIA',
    date: '2023-09',
    url: 'https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet',
    confidence: 'high',
    act: 'squeeze',
  },
  'nvidia-hopper-whitepaper': {
    title: 'NVIDIA H100 Tensor Core GPU Architecture (whitepaper: the GH100 die, 814 mm²)',
    publisher: 'NVIDIA',
    date: '2022-03',
    url: 'https://resources.nvidia.com/en-us-tensor-core/gtc22-whitepaper-hopper',
    confidence: 'high',
    act: 'squeeze',
  },
  'nvidia-h200-datasheet': {
    title: 'NVIDIA H200 Tensor Core GPU datasheet (141 GB HBM3e, 4.8 TB/s)',
    publisher: 'NVIDIA',
    date: '2023-11',
    url: 'https://nvdam.widen.net/s/nb5zzzsjdf/hpc-datasheet-sc23-h200-datasheet-3002446',
    confidence: 'high',
    act: 'squeeze',
  },
  'nvidia-hgx-b200': {
    title: 'NVIDIA HGX platform: HGX B200 specifications (eight GPUs: FP8 throughput, NVLink, total memory bandwidth)',
    publisher: 'NVIDIA',
    date: '2024-03',
    url: 'https://www.nvidia.com/en-us/data-center/hgx/',
    confidence: 'high',
    act: 'squeeze',
  },
  'tweaktown-h20-specs': {
    title: 'NVIDIA’s tweaked H20 AI GPU enters mass production in Q2 2024, destined for China (296 TFLOPS, 96 GB HBM3 at 4.0 TB/s, 900 GB/s NVLink)',
    publisher: 'TweakTown',
    date: '2024-01',
    url: 'https://www.tweaktown.com/news/95224/nvidias-tweaked-h20-ai-gpu-enters-mass-production-in-q2-2024-destined-for-china/index.html',
    confidence: 'med',
    act: 'squeeze',
  },
  'reuters-h20-preorders': {
    title: 'Nvidia starts taking pre-orders for China-specific AI chip H20 (Reuters, reprinted by Dunya News)',
    publisher: 'Reuters via Dunya News',
    short: 'Reuters',
    date: '2024-02',
    url: 'https://dunyanews.tv/amp/english/788751.php',
    confidence: 'med',
    act: 'squeeze',
  },
  'semianalysis-cloudmatrix': {
    title: 'Huawei AI CloudMatrix 384: China’s answer to Nvidia GB200 NVL72 (Ascend 910C: about 780 dense BF16 TFLOPS, 128 GB at 3.2 TB/s)',
    publisher: 'SemiAnalysis',
    date: '2025-04-16',
    url: 'https://semianalysis.com/2025/04/16/huawei-ai-cloudmatrix-384-chinas-answer-to-nvidia-gb200-nvl72/',
    confidence: 'med',
    act: 'squeeze',
  },
})
