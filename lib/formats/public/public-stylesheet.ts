// The public pages' one stylesheet, served from /p/style.css (style-src 'self': no inline <style>). Its
// address carries a hash of its text, so it can be cached for a year and still change with a deploy.
// System fonts only: public pages load nothing from elsewhere and no web fonts.
import { hashBody } from "@/lib/formats/body-hash";

export const PUBLIC_STYLESHEET = `
:root { --ink: #111827; --muted: #4b5563; --rule: #d1d5db; --paper: #ffffff; --wash: #f3f4f6; --accent: #1d4ed8; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--wash); color: var(--ink); font: 17px/1.6 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Vazirmatn", Tahoma, sans-serif; }
a { color: var(--accent); text-underline-offset: 2px; }
a:focus-visible, input:focus-visible, button:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.masthead { background: var(--ink); color: #fff; }
.masthead-inner, .page, .site-footer-inner { max-width: 46rem; margin: 0 auto; padding: 0 1.25rem; }
.masthead-inner { display: flex; align-items: center; gap: .75rem; min-height: 3.5rem; }
.masthead a { color: #fff; text-decoration: none; font-weight: 700; letter-spacing: .01em; }
.masthead img { height: 2rem; width: auto; background: #fff; border-radius: 4px; padding: 2px; }
.masthead .section { margin-inline-start: auto; font-size: .8rem; text-transform: uppercase; letter-spacing: .12em; color: #d1d5db; }
.page { background: var(--paper); padding-top: 2rem; padding-bottom: 2.5rem; min-height: 60vh; }
.kicker { margin: 0; font-size: .8rem; font-weight: 700; text-transform: uppercase; letter-spacing: .12em; color: #b91c1c; }
h1 { font-family: Georgia, "Times New Roman", "Noto Serif", serif; font-size: clamp(1.8rem, 4vw, 2.5rem); line-height: 1.15; margin: .35rem 0 .75rem; }
h2 { font-size: 1rem; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); margin: 2rem 0 .6rem; border-top: 1px solid var(--rule); padding-top: 1rem; }
.dateline { color: var(--muted); font-size: .9rem; margin: 0 0 1.25rem; }
.notice { border-inline-start: 4px solid #b45309; background: #fffbeb; color: #78350f; padding: .75rem 1rem; margin: 0 0 1.25rem; }
.notice strong { display: block; }
.verdict { border: 1px solid var(--rule); border-radius: 10px; padding: 1.25rem; background: #f9fafb; }
.verdict .label { display: block; font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .1em; color: var(--muted); }
.verdict .statement { font-family: Georgia, "Times New Roman", serif; font-size: 1.35rem; line-height: 1.35; margin: .25rem 0 .5rem; }
.verdict .attribution { margin: 0 0 1rem; color: var(--muted); font-size: .95rem; }
.badge { display: inline-block; border-radius: 999px; padding: .3rem .9rem; font-weight: 800; font-size: 1.05rem; border: 2px solid rgba(0,0,0,.15); }
.badge-small { font-size: .85rem; padding: .15rem .6rem; }
.summary { font-size: 1.1rem; }
.quote { margin: 0; border-inline-start: 3px solid var(--rule); padding: .25rem 1rem; color: #374151; }
.quote mark { background: #fde68a; color: var(--ink); padding: 0 .1em; }
.source-line { font-size: .9rem; color: var(--muted); margin: .5rem 0 0; }
.evidence, .corrections, .listing { list-style: none; padding: 0; margin: 0; }
.evidence li { padding: .6rem 0; border-bottom: 1px solid #e5e7eb; }
.stance { display: inline-block; min-width: 6.5rem; font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .06em; border-radius: 4px; padding: .1rem .4rem; margin-inline-end: .5rem; text-align: center; }
.stance-SUPPORTS { background: #dcfce7; color: #14532d; }
.stance-CONTRADICTS { background: #fee2e2; color: #7f1d1d; }
.stance-CONTEXT { background: #e0e7ff; color: #312e81; }
.corrections li { padding: .35rem 0; }
.site-footer { color: var(--muted); font-size: .9rem; padding: 1.5rem 0 2.5rem; }
.site-footer a { color: var(--muted); }
.search { display: flex; gap: .5rem; margin: 0 0 1.5rem; flex-wrap: wrap; }
.search label { width: 100%; font-weight: 600; }
.search input { flex: 1; min-width: 12rem; font: inherit; padding: .45rem .7rem; border: 1px solid #6b7280; border-radius: 6px; }
.search button { font: inherit; font-weight: 600; padding: .45rem 1rem; border-radius: 6px; border: 1px solid var(--ink); background: var(--ink); color: #fff; cursor: pointer; }
.listing li { padding: 1rem 0; border-bottom: 1px solid #e5e7eb; }
.listing h2 { all: unset; display: block; font-family: Georgia, "Times New Roman", serif; font-weight: 700; font-size: 1.3rem; line-height: 1.3; margin: .35rem 0; }
.listing h2 a { color: var(--ink); text-decoration: none; }
.listing h2 a:hover { text-decoration: underline; }
.listing .claim { margin: 0; color: #374151; }
.listing .meta { font-size: .85rem; color: var(--muted); margin: .25rem 0 0; }
.paging { display: flex; justify-content: space-between; margin-top: 1.5rem; }
.embed { margin: 0; padding: 4px; background: transparent; }
.embed-card { border: 1px solid var(--rule); border-radius: 10px; background: #fff; padding: 1rem 1.1rem; max-width: 34rem; }
.embed-card .publisher { font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .1em; color: var(--muted); margin: 0; }
.embed-card .statement { font-family: Georgia, "Times New Roman", serif; font-size: 1.25rem; line-height: 1.35; margin: .4rem 0 .8rem; }
.embed-card .foot { display: flex; align-items: center; justify-content: space-between; gap: .75rem; flex-wrap: wrap; }
.embed-card a { font-weight: 600; }
.gone { text-align: center; padding: 3rem 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
/* English lines inside a right-to-left fact-check keep their own reading order but line up on the right. */
[dir="rtl"] .dateline, [dir="rtl"] .verdict .label, [dir="rtl"] .meta { text-align: right; }
`.trim();

export const PUBLIC_STYLESHEET_VERSION = hashBody(PUBLIC_STYLESHEET).slice(0, 12);
export const PUBLIC_STYLESHEET_PATH = `/p/style.css?v=${PUBLIC_STYLESHEET_VERSION}`;
