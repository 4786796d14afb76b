import { reactive, ref } from 'vue'

/**
 * What the deck's components and layouts read from `@slidev/client`, for rendering a slide in Node
 * (scripts/check/stage-render.ts): the slide at its final click step, with its frontmatter and number.
 */
export const stubSlide = reactive({ clicks: 0, no: 1, frontmatter: {} as Record<string, unknown> })

export function useSlideContext() {
  return {
    $clicks: ref(stubSlide.clicks),
    $page: ref(stubSlide.no),
    $frontmatter: stubSlide.frontmatter,
    $renderContext: ref('slide'),
  }
}

export function useNav() {
  return {
    currentSlideNo: ref(stubSlide.no),
    total: ref(0),
  }
}
