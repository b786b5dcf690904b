/*
 * <gongguan-chart>: draws the ECharts option that the Java component cn.gongguan.uikit.chart.Chart builds and sends
 * as its `option` property. Only what cannot travel as JSON lives here: the tooltip texts (unit, "no figure"), the
 * heat map's cell labels, the page's font, and the click that drills down.
 */
import * as echarts from 'echarts';

type Option = { baseOption?: { series?: Array<{ type?: string; id?: string }> } } & Record<string, unknown>;
type Shown = { seriesId?: string; seriesName?: string; name?: string; value?: unknown; marker?: string };

class GongguanChart extends HTMLElement {
  private chart?: echarts.ECharts;
  private resizeObserver?: ResizeObserver;
  private _option?: Option;
  unit = '';
  noFigure = '';

  private readonly beforePrint = () => this.chart?.resize();
  private readonly afterPrint = () => this.chart?.resize();

  set option(option: Option | undefined) {
    this._option = option;
    this.draw();
  }

  get option(): Option | undefined {
    return this._option;
  }

  connectedCallback() {
    // the chart starts once the element has its size (ECharts cannot lay out in a box of 0 × 0)
    this.resizeObserver = new ResizeObserver(() => (this.chart ? this.chart.resize() : this.start()));
    this.resizeObserver.observe(this);
    // a printed page is laid out at the paper's width: draw again for it, and again for the screen afterwards
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
  }

  private start() {
    if (this.clientWidth === 0 || this.clientHeight === 0) {
      return;
    }
    // SVG: crisp when printed or zoomed, and its text is real text (searchable, selectable, testable)
    this.chart = echarts.init(this, null, { renderer: 'svg' });
    this.chart.on('click', (shown) => {
      if (shown.name) {
        this.dispatchEvent(new CustomEvent('chart-click', { detail: { category: shown.name } }));
      }
    });
    this.draw();
  }

  disconnectedCallback() {
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.chart?.dispose();
    this.chart = undefined;
  }

  private draw() {
    if (!this.chart || !this._option) {
      return;
    }
    const heatmap = this._option.baseOption?.series?.some((s) => s.type === 'heatmap') ?? false;
    const base = {
      ...(this._option.baseOption ?? {}),
      // the app's font stack (CJK fonts first), not ECharts' plain sans-serif
      textStyle: { fontFamily: getComputedStyle(this).fontFamily },
    } as Record<string, unknown>;
    base.tooltip = { ...(base.tooltip as object), ...(heatmap ? { formatter: this.cellTooltip } : { valueFormatter: this.value }) };
    if (heatmap) {
      base.series = (base.series as Array<Record<string, unknown>>).map((s) =>
        s.id === 'figures' ? { ...s, label: { ...(s.label as object), formatter: this.cellLabel } } : s);
    }
    try {
      this.chart.setOption({ ...this._option, baseOption: base }, { notMerge: true });
    } catch (error) {
      // this runs while Vaadin applies the server's changes: a chart that cannot draw must not stop the rest
      console.error('gongguan-chart: cannot draw', error);
    }
  }

  private readonly value = (value: unknown) =>
    value === null || value === undefined || value === '-' ? this.noFigure : `${this.round(value)}${this.unit}`;

  private readonly cellLabel = (shown: Shown) => this.round((shown.value as unknown[])[2]);

  private readonly cellTooltip = (shown: Shown) => {
    const figure = this.figureName(shown);
    const value = shown.seriesId === 'noFigure' ? this.noFigure : this.value((shown.value as unknown[])[2]);
    return `${escape(shown.name ?? '')}<br>${shown.marker ?? ''}${escape(figure)}: ${escape(value)}`;
  };

  private figureName(shown: Shown): string {
    const xAxis = (this._option?.baseOption as { xAxis?: { data?: string[] } })?.xAxis;
    return xAxis?.data?.[(shown.value as number[])[0]] ?? '';
  }

  private round(value: unknown): string {
    return typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(1) : String(value);
  }
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

customElements.define('gongguan-chart', GongguanChart);
