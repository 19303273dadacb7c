package org.presslens.report.html;

/** The shell's inline stylesheet (renderers add theirs): system fonts only, nothing loaded from anywhere. */
final class Styles {

  private Styles() {
  }

  static final String CSS = """
      :root { --ink:#1f2937; --muted:#6b7280; --rule:#e5e7eb; --bg:#ffffff; --panel:#f9fafb; --accent:#1d4ed8; }
      * { box-sizing: border-box; }
      body { margin:0; background:var(--bg); color:var(--ink);
             font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
      main { max-width: 1040px; margin: 0 auto; padding: 24px 28px 48px; }
      header.page { border-bottom: 3px solid var(--ink); padding-bottom: 12px; margin-bottom: 8px; }
      .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: var(--muted); margin: 0; }
      h1 { font: 700 30px/1.2 Georgia, "Times New Roman", serif; margin: 6px 0 8px; }
      h2 { font-size: 18px; margin: 34px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--rule); }
      h3.heading { font: 700 19px/1.3 Georgia, "Times New Roman", serif; margin: 22px 0 6px; }
      .byline { font-size: 15px; margin: 0; }
      .muted, .meta dt { color: var(--muted); }
      dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 12px 0 0; font-size: 14px; }
      dl.meta dt { font-weight: 600; }
      dl.meta dd { margin: 0; overflow-wrap: anywhere; }
      .summary { display: flex; flex-wrap: wrap; gap: 10px; margin: 14px 0 0; }
      .card { background: var(--panel); border: 1px solid var(--rule); border-radius: 6px; padding: 8px 12px; min-width: 120px; }
      .card b { display: block; font-size: 20px; }
      .card span { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
      .legend { display: flex; flex-wrap: wrap; gap: 8px 14px; font-size: 13px; color: var(--muted); margin: 6px 0 12px; }
      .legend .swatch { display: inline-block; width: 14px; height: 14px; vertical-align: -2px; border-radius: 3px;
                        margin-right: 4px; }
      .text { font: 17px/1.65 Georgia, "Times New Roman", serif; max-width: 46em; }
      .text p { margin: 0 0 14px; }
      .text .s { border-radius: 3px; padding: 1px 0; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
      .text .s:target { outline: 3px solid #f59e0b; outline-offset: 2px; }
      table { border-collapse: collapse; width: 100%; font-size: 14px; }
      th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
      th { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
      td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      td.nowrap { white-space: nowrap; } td.target { min-width: 11em; }
      tr:target { background: #fef3c7; }
      .bar { display: inline-block; width: 70px; height: 8px; background: #e5e7eb; border-radius: 4px; margin-right: 6px;
             vertical-align: 1px; overflow: hidden; }
      .bar > span { display: block; height: 100%; background: #1d4ed8; }
      .chip { display: inline-block; padding: 0 7px; border-radius: 10px; font-size: 12px; font-weight: 600;
              background: #e5e7eb; color: #374151; white-space: nowrap; }
      .tone-strong-negative { background: #fecaca; color: #7f1d1d; }
      .tone-negative { background: #fee2e2; color: #991b1b; }
      .tone-positive { background: #dcfce7; color: #166534; }
      .tone-strong-positive { background: #bbf7d0; color: #14532d; }
      .tone-mixed { background: #fef3c7; color: #92400e; }
      .text mark { color: inherit; border-radius: 3px; padding: 0 2px; background: #fef9c3; cursor: help; }
      .tag { font: 600 10px/1 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #fff;
             background: #7c3aed; border-radius: 7px; padding: 1px 5px; margin-left: 3px; cursor: help;
             vertical-align: 4px; text-transform: uppercase; letter-spacing: .04em; }
      table.fields th { width: 12em; }
      table.fields table, table.rows table { font-size: 13px; }
      a { color: var(--accent); }
      pre { background: var(--panel); border: 1px solid var(--rule); padding: 10px; overflow: auto; font-size: 12px;
            max-height: 420px; }
      details summary { cursor: pointer; font-weight: 600; }
      footer { margin-top: 40px; font-size: 12px; color: var(--muted); border-top: 1px solid var(--rule); padding-top: 8px; }
      .two { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
      @media (max-width: 760px) { .two { grid-template-columns: 1fr; } }
      """;
}
