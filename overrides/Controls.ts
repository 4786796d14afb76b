import Controls from '@slidev/client/internals/Controls.vue'
import { afterFirstSlide } from './after-first-slide.ts'

/** Slidev's dialogs (go to, overview, info, context menu), rendered once the first slide is up (vite.config.ts). */
export default afterFirstSlide(Controls, 'DeferredControls')
