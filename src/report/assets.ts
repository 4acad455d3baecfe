/** The report's inline style and script: self-contained pages, no network, no external assets. */
export const CSS = `
:root { --ink:#1d1d1f; --dim:#6e6e73; --line:#d2d2d7; --bg:#fbfbfd; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
body { margin:0; color:var(--ink); background:var(--bg); }
header { padding:12px 20px; border-bottom:1px solid var(--line); background:#fff; }
header h1 { font-size:18px; margin:0 0 4px; } header p { margin:2px 0; color:var(--dim); font-size:13px; }
main { display:grid; grid-template-columns:minmax(0,3fr) minmax(320px,2fr); gap:20px; padding:16px 20px; }
#text { white-space:pre-wrap; line-height:1.9; font-size:15px; background:#fff; border:1px solid var(--line); border-radius:8px; padding:16px 20px; }
aside { font-size:13px; min-width:0; } aside section { margin-bottom:14px; overflow-x:auto; }
h2 { font-size:14px; margin:10px 0 6px; }
table { border-collapse:collapse; width:100%; background:#fff; }
td, th { border:1px solid var(--line); padding:3px 6px; text-align:left; vertical-align:top; overflow-wrap:anywhere; }
th { background:#f2f2f5; } tr[data-id] { cursor:pointer; } tr.sel { background:#fff3bf; }
mark.m { background:none; color:inherit; cursor:pointer; border-radius:3px; padding:0 1px; }
mark.k-entity { background:#e3ecff; box-shadow:inset 0 -2px 0 #7aa2ff; }
mark.k-entity.t-PERSON { background:#ffe3f1; box-shadow:inset 0 -2px 0 #ff7ab8; }
mark.k-entity.t-ORG { background:#e6f7e9; box-shadow:inset 0 -2px 0 #4cbb61; }
mark.k-entity.t-GPE { background:#e3ecff; box-shadow:inset 0 -2px 0 #7aa2ff; }
mark.k-entity.t-LOC, mark.k-entity.t-FAC { background:#e8f8f8; box-shadow:inset 0 -2px 0 #3cb7b7; }
mark.k-entity.t-NORP { background:#f3e8ff; box-shadow:inset 0 -2px 0 #a66bff; }
mark.k-entity.t-EVENT, mark.k-entity.t-MISC { background:#f2f2f2; box-shadow:inset 0 -2px 0 #999; }
mark.k-date { background:#fff4d6; box-shadow:inset 0 -2px 0 #f0a500; }
mark.k-deadline { background:#ffd8d3; outline:2px solid #e5484d; }
mark.k-deadline.part { background:none; outline:none; border-bottom:2px dotted #e5484d; }
mark.k-stance { font-weight:600; background:#ece4ff; outline:1px dashed #6e56cf; }
mark.k-stance.p-support { color:#1a7f37; } mark.k-stance.p-oppose { color:#c62828; }
mark.k-claim { background:#dff3ff; outline:1px solid #0091ff; }
mark.k-claim.part { background:none; outline:none; border-bottom:1px solid #0091ff; }
mark.k-claim.part[data-part=source] { border-bottom:2px double #0091ff; }
mark.m:hover, mark.m:focus { filter:brightness(0.92); outline:2px solid #333; }
mark.m.sel { outline:2px solid #111; background:#ffec99; }
#inspector { position:sticky; top:8px; background:#fff; border:1px solid var(--line); border-radius:8px; padding:8px 10px; margin-bottom:14px; }
#inspector pre { max-height:260px; overflow:auto; font-size:12px; margin:4px 0 0; white-space:pre-wrap; }
.legend span { display:inline-block; margin:0 6px 4px 0; padding:0 4px; border-radius:3px; font-size:12px; }
.empty { color:var(--dim); font-style:italic; }
nav a { margin-right:12px; }
`;

/** Click (or Enter) on a mark or a table row: show the record and its rule, highlight all its marks. */
export const SCRIPT = `
(function () {
  var data = JSON.parse(document.getElementById('records').textContent);
  var out = document.getElementById('inspector-body');
  var title = document.getElementById('inspector-title');
  function select(id, scroll) {
    document.querySelectorAll('.sel').forEach(function (el) { el.classList.remove('sel'); });
    var rec = data[id];
    if (!rec) return;
    document.querySelectorAll('[data-id="' + id + '"]').forEach(function (el) { el.classList.add('sel'); });
    title.textContent = id + ' · rule ' + rec.rule + ' · confidence ' + rec.confidence;
    out.textContent = JSON.stringify(rec, null, 2);
    document.body.setAttribute('data-selected', id);
    if (scroll) { var m = document.querySelector('mark[data-id="' + id + '"]'); if (m) m.scrollIntoView({ block: 'center' }); }
  }
  document.addEventListener('click', function (ev) {
    var el = ev.target.closest('mark[data-id], tr[data-id]');
    if (el) select(el.getAttribute('data-id'), el.tagName === 'TR');
  });
  function fromHash() { if (location.hash.length > 1) select(decodeURIComponent(location.hash.slice(1)), true); }
  fromHash();
  window.addEventListener('hashchange', fromHash);
  document.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter' && ev.target.matches && ev.target.matches('mark[data-id]')) select(ev.target.getAttribute('data-id'), false);
  });
})();
`;
