package org.presslens.corpus.format;

/** The dashboard's inline style sheet. */
final class DashboardStyle {
  static final String CSS = """
      body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
      header{background:#24323f;color:#fff;padding:12px 24px}header h1{margin:0 0 6px;font-size:22px}
      .meta{margin:2px 0;color:#dfe6ec}nav a{color:#9fd3ff;margin-right:14px}
      main{padding:8px 24px 40px}h2{border-bottom:2px solid #24323f;padding-bottom:2px}
      table{border-collapse:collapse;background:#fff}th,td{border:1px solid #ddd;padding:4px 6px;vertical-align:top}
      thead th{background:#eef2f5;text-align:left}td.name{font-weight:600}
      .stance{display:inline-flex;height:10px;vertical-align:middle;background:#eee}
      .favor{background:#2ca02c}.against{background:#d62728}.neutral{background:#aaa}
      details summary{cursor:pointer;color:#1f5f99}.examples{margin:4px 0;padding-left:18px;max-width:640px}
      mark{background:#fff1a8}.score{color:#666;font-size:12px}.source{color:#555}
      .multiples{display:flex;flex-wrap:wrap;gap:10px}figure.multiple{margin:0;background:#fff;border:1px solid #ddd;
      padding:4px}figcaption{font-weight:600;font-size:13px}
      svg .zero{stroke:#999;stroke-dasharray:3 3}svg .band{opacity:.18;stroke:none}
      svg .mean{fill:none;stroke-width:2}svg .axis{font-size:9px;fill:#666}svg .end{text-anchor:end}
      .legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:12px}
      .swatch{display:inline-block;width:14px;height:4px;margin-right:4px;vertical-align:middle}
      table.heatmap td.cell{text-align:center;min-width:64px}table.heatmap small{display:block;color:#555}
      .too-small{color:#999;font-style:italic;background:repeating-linear-gradient(45deg,#f4f4f4,#f4f4f4 4px,#fff 4px,
      #fff 8px)}.note{color:#555}ul.bad{font-size:13px}code{font-size:12px}
      """;

  private DashboardStyle() {
  }
}
