import type { Plugin, ViteDevServer } from 'vite'
import type { RenderInput, StageText } from './stage-render.ts'
import { join } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { createServer } from 'vite'
import { PROJECT_ROOT } from '../lib/deck-info.ts'

/** Build-time modules the components read, as empty stand-ins: words on the stage do not depend on them. */
const VIRTUAL_STUBS: Record<string, string> = {
  // The QR code's caption is the deck's address: one word on the stage.
  'virtual:deck-qr': `export default { url: 'https://deck.invalid/', svg: '' }`,
  'virtual:deck-downloads': 'export default []',
  'virtual:deck-budgets': 'export default { slot: 0, slides: [] }',
}

function virtualStubs(): Plugin {
  return {
    name: 'check-virtual-stubs',
    enforce: 'pre',
    resolveId: id => (id in VIRTUAL_STUBS
      ? `\0${id}`
      : undefined),
    load: id => (id.startsWith('\0') && id.slice(1) in VIRTUAL_STUBS
      ? VIRTUAL_STUBS[id.slice(1)]
      : undefined),
  }
}

export interface StageRenderer {
  renderStageText: (input: RenderInput) => Promise<StageText>
  close: () => Promise<void>
}

/**
 * Renders slides in Node with Vue's server renderer (no browser): the deck's own components and layouts, at each
 * slide's last click step, through a Vite server that compiles the single-file components. About two seconds to start.
 */
export async function openStageRenderer(root = PROJECT_ROOT): Promise<StageRenderer> {
  // Vite sets NODE_ENV to development when it is unset; a build later in the same process (npm run check --slides)
  // would then be a development build. Put it back.
  const nodeEnv = process.env.NODE_ENV
  const server: ViteDevServer = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    plugins: [
      virtualStubs(),
      vue(),
    ],
    server: {
      middlewareMode: true,
      hmr: false,
      ws: false,
      watch: null,
    },
    appType: 'custom',
    resolve: {
      alias: {
        '@slidev/client': join(root, 'scripts/check/slidev-client-stub.ts'),
      },
    },
  })
  const mod = await server.ssrLoadModule(join(root, 'scripts/check/stage-render.ts')) as typeof import('./stage-render.ts')
  if (nodeEnv === undefined)
    delete process.env.NODE_ENV
  else
    process.env.NODE_ENV = nodeEnv
  return {
    renderStageText: mod.renderStageText,
    close: () => server.close(),
  }
}
