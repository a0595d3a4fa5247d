// Lives inside the shadow root: the page's CSS cannot reach in, and none of
// this leaks out. --c is the chatbot's colour, --t the text readable on it.
export const CSS = `
*{box-sizing:border-box;font:inherit;margin:0}
.g{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111827}
.b,.p{position:fixed;right:20px;z-index:2147483000}
.l .b,.l .p{right:auto;left:20px}
.b{bottom:20px;width:56px;height:56px;border:0;border-radius:50%;background:var(--c);color:var(--t);cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25);display:flex;align-items:center;justify-content:center}
svg{width:24px;height:24px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
button:focus-visible,input:focus-visible,a:focus-visible{outline:2px solid var(--c);outline-offset:2px}
.p{bottom:88px;width:370px;height:min(600px,calc(100vh - 108px));background:#fff;border-radius:14px;box-shadow:0 8px 30px rgba(0,0,0,.25);display:flex;flex-direction:column;overflow:hidden}
.p[hidden]{display:none}
.h{background:var(--c);color:var(--t);padding:12px 12px 12px 16px;display:flex;align-items:center;gap:8px;font-weight:600}
.h span{flex:1;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.h button,.s{border:0;background:none;color:inherit;cursor:pointer;padding:4px;display:flex;border-radius:6px}
.m{flex:1;overflow-y:auto;padding:14px;display:flex;flex-direction:column;gap:10px;background:#f9fafb}
.u,.a{max-width:85%;padding:9px 12px;border-radius:12px;white-space:pre-wrap;overflow-wrap:anywhere}
.u{align-self:flex-end;background:var(--c);color:var(--t);border-bottom-right-radius:4px}
.a{align-self:flex-start;background:#fff;border:1px solid #e5e7eb;border-bottom-left-radius:4px}
.a pre{margin:6px 0;padding:8px;background:#f3f4f6;border-radius:6px;overflow-x:auto;white-space:pre;font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,monospace}
.e{align-self:stretch;background:#fef2f2;border:1px solid #fecaca;color:#991b1b;padding:9px 12px;border-radius:10px}
.src{list-style:none;padding:8px 0 0;margin-top:8px;border-top:1px solid #e5e7eb;font-size:13px;display:grid;gap:4px}
.src a{color:var(--c);text-decoration:underline}
.q{display:flex;flex-wrap:wrap;justify-content:flex-end;gap:6px}
.q button{border:1px solid var(--c);border-radius:16px;padding:6px 12px;background:#fff;color:#111827;cursor:pointer;font-size:14px;text-align:left}
.q button:hover{background:var(--c);color:var(--t)}
.r{display:flex;align-items:center;justify-content:flex-end;gap:4px;margin-top:6px}
.r button{border:1px solid #e5e7eb;border-radius:6px;padding:3px;background:#fff;color:#6b7280;cursor:pointer;display:flex}
.r button:hover{color:#111827}
.r button[aria-pressed=true]{background:var(--c);border-color:var(--c);color:var(--t)}
.r svg{width:16px;height:16px}
.r button+button svg{transform:scaleY(-1)}
.r .x{flex:1}
.ty{display:flex;gap:4px;padding:14px 12px}
.ty i{width:7px;height:7px;border-radius:50%;background:#9ca3af;animation:d 1s infinite}
.ty i:nth-child(2){animation-delay:.15s}.ty i:nth-child(3){animation-delay:.3s}
@keyframes d{0%,80%,100%{opacity:.3}40%{opacity:1}}
.f{display:flex;gap:8px;padding:10px;border-top:1px solid #e5e7eb;background:#fff}
.f[hidden]{display:none}
.f input{flex:1;min-width:0}
input{border:1px solid #d1d5db;border-radius:8px;padding:9px 11px;font-size:16px;background:#fff;color:#111827;width:100%}
.s{background:var(--c);color:var(--t);padding:8px 10px}
.s:disabled{opacity:.5;cursor:default}
.ld{align-self:stretch;background:#fff;border:1px solid #e5e7eb;border-radius:12px;padding:12px;display:grid;gap:8px}
.ld label{font-size:13px;font-weight:600;display:grid;gap:3px}
.ld .cb{display:flex;gap:6px;align-items:flex-start;font-weight:400}
.ld .cb input{width:auto;flex:none;margin:2px 0 0;padding:0}
.x{font-size:13px;color:#b91c1c;font-weight:400}
.ld div{display:flex;gap:8px;justify-content:flex-end}
.ld button{border:0;border-radius:8px;padding:8px 14px;cursor:pointer;background:var(--c);color:var(--t);font-weight:600}
.ld button.k{background:#e5e7eb;color:#111827}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
@media (max-width:480px){.p,.l .p{left:0;right:0;bottom:0;width:100%;height:100%;border-radius:0}}
@media (pointer:coarse){.r button{padding:6px}}
@media (prefers-reduced-motion:reduce){.ty i{animation:none}}
`;
