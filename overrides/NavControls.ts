import NavControls from '@slidev/client/internals/NavControls.vue'
import { afterFirstSlide } from './after-first-slide.ts'

/** Slidev's navigation bar, rendered once the first slide is up (vite.config.ts, slidevOverrides). */
export default afterFirstSlide(NavControls, 'DeferredNavControls')
