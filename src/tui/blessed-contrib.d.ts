// blessed-contrib's index loads every widget it has (maps, markdown, images:
// 180 ms at start-up); the dashboard loads only the line chart (35 ms), by
// its path, which the package's own types do not describe.
declare module 'blessed-contrib/lib/widget/charts/line.js' {
  import type {Widgets} from 'blessed-contrib'

  /** A blessed box that plots its series in braille dots; setData only once it is on a screen. */
  const line: (options: Widgets.LineOptions) => Widgets.LineElement
  export default line
}
