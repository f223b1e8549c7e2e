import { field, html, list, type Html } from './html.js';
import { say, type Lang } from './i18n.js';

const style = `body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left}
th{background:#f3f3f3}nav{display:flex;gap:1rem;align-items:center;border-bottom:1px solid #ddd;padding-bottom:.5rem}
.clean{color:#060;font-weight:bold}.finding{color:#a00}.muted{color:#666}input[type=search]{width:60%}`;

/** A page: the navigation (search, verification, language, sign out) and its content. */
export const page = (lang: Lang, title: string, content: Html, signedIn = true): string => {
  const other = lang === 'vi' ? 'en' : 'vi';
  return `<!doctype html>${
    html`<html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <title>${title}</title>
        <style>
          ${style}
        </style>
      </head>
      <body>
        <nav>
          <strong>${say(lang, 'title')}</strong>${
            signedIn
              ? html`<a href="/viewer?lang=${lang}">${say(lang, 'search')}</a
                  ><a href="/viewer/verify?lang=${lang}">${say(lang, 'verify')}</a>
                  <form method="post" action="/viewer/logout?lang=${lang}"><button>${say(lang, 'logout')}</button></form>`
              : html``
          }<a href="?lang=${other}">${other === 'en' ? 'English' : 'Tiếng Việt'}</a>
        </nav>
        <main>${content}</main>
      </body>
    </html>`.html
  }`;
};

export const loginPage = (lang: Lang, failed: boolean): string =>
  page(
    lang,
    say(lang, 'login'),
    html`<h1>${say(lang, 'login')}</h1>
      ${failed ? html`<p class="finding" id="login-error">${say(lang, 'badToken')}</p>` : html``}
      <form method="post" action="/viewer/login?lang=${lang}">
        <label>${say(lang, 'tokenLabel')}<br /><textarea name="token" rows="5" cols="80" required></textarea></label>
        <p class="muted">${say(lang, 'tokenHelp')}</p>
        <button type="submit">${say(lang, 'login')}</button>
      </form>`,
    false,
  );

/** A personal name as the reader may see it. */
export const personName = (lang: Lang, name: unknown, fallback: string): string => {
  const value = field(name, 'value', 'fullName');
  if (typeof value === 'string') return value;
  if (field(name, 'erased') === true) return `${fallback} ${say(lang, 'erased')}`;
  return `${fallback} ${say(lang, 'withheld')}`;
};

export const searchPage = (lang: Lang, q: string, result: unknown): string => {
  const rows = list(field(result, 'rows'));
  return page(
    lang,
    say(lang, 'search'),
    html`<h1>${say(lang, 'search')}</h1>
      <form method="get" action="/viewer">
        <input type="hidden" name="lang" value="${lang}" /><input
          type="search"
          name="q"
          value="${q}"
          placeholder="${say(lang, 'searchHint')}"
          aria-label="${say(lang, 'search')}"
        />
        <button type="submit">${say(lang, 'search')}</button>
      </form>
      ${
        result === undefined
          ? html``
          : rows.length === 0
            ? html`<p>${say(lang, 'none')}</p>`
            : html`<h2>${say(lang, 'results')}</h2>
                <table>
                  <tr>
                    <th>${say(lang, 'product')}</th>
                    <th>${say(lang, 'subject')}</th>
                    <th>${say(lang, 'stars')}</th>
                    <th>${say(lang, 'status')}</th>
                  </tr>
                  ${rows.map(
                    (r) =>
                      html`<tr>
                        <td>
                          <a class="product" href="/viewer/products/${encodeURIComponent(String(field(r, 'productId')))}?lang=${lang}"
                            >${field(r, 'name')}</a
                          >
                        </td>
                        <td>${field(r, 'subject', 'name')}</td>
                        <td>${field(r, 'certificate', 'stars') ?? '—'}</td>
                        <td>${field(r, 'status')}</td>
                      </tr>`,
                  )}
                </table>`
      }`,
  );
};

const kindLabel: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  councilResult: { vi: 'Kết quả hội đồng', en: 'Council result' },
  recognition: { vi: 'Quyết định công nhận', en: 'Recognition' },
  certificate: { vi: 'Cấp giấy chứng nhận', en: 'Certificate issued' },
  refusal: { vi: 'Từ chối công nhận', en: 'Recognition refused' },
  reEvaluationConcluded: { vi: 'Kết thúc đánh giá lại', en: 'Re-evaluation concluded' },
  superseded: { vi: 'Giấy chứng nhận được thay thế', en: 'Certificate superseded' },
  expiry: { vi: 'Hết hiệu lực', en: 'Expired' },
  revocation: { vi: 'Thu hồi', en: 'Revoked' },
  annulment: { vi: 'Huỷ bỏ công nhận', en: 'Recognition annulled' },
};

const entryDetail = (lang: Lang, e: unknown): Html => {
  switch (field(e, 'kind')) {
    case 'councilResult':
      return html`${say(lang, 'mean')} ${field(e, 'mean')}, ${field(e, 'stars')}★ — ${field(e, 'roundId')} (${field(e, 'mode')})
        <a
          class="decision"
          href="/viewer/rounds/${encodeURIComponent(String(field(e, 'roundId')))}/dossiers/${encodeURIComponent(String(field(e, 'dossierId')))}?lang=${lang}"
          >${say(lang, 'open')}</a
        >`;
    case 'recognition':
    case 'refusal':
      return html`${field(e, 'decision', 'number')} (${field(e, 'decision', 'date')}),
      ${personName(lang, field(e, 'decision', 'signer', 'name'), '')} —
      ${field(e, 'decision', 'signer', 'title')}${field(e, 'stars') === undefined ? '' : `, ${String(field(e, 'stars'))}★`}`;
    case 'certificate':
      return html`${field(e, 'certificateId')}: ${field(e, 'stars')}★, ${field(e, 'issuedOn')} → ${field(e, 'expiresOn')}`;
    case 'revocation':
      return html`${field(e, 'certificateId')}: ${list(field(e, 'grounds')).join(', ')} — ${field(e, 'decision', 'number')}`;
    default:
      return html`${field(e, 'certificateId') ?? field(e, 'previous') ?? ''} ${field(e, 'outcome') ?? ''}`;
  }
};

export const productPage = (lang: Lang, product: unknown, trail: unknown): string => {
  const certificates = list(field(product, 'certificates'));
  const entries = list(field(trail, 'entries'));
  return page(
    lang,
    String(field(product, 'name')),
    html`<h1>${field(product, 'name')}</h1>
      <p>
        ${say(lang, 'subject')}: ${field(product, 'subject', 'name')} · ${say(lang, 'sheet')} ${field(product, 'sheet')} ·
        ${say(lang, 'status')}: <span id="status">${field(product, 'status')}</span>
      </p>
      <h2>${say(lang, 'certificates')}</h2>
      <table>
        <tr>
          <th>#</th>
          <th>${say(lang, 'stars')}</th>
          <th>${say(lang, 'status')}</th>
          <th></th>
        </tr>
        ${certificates.map(
          (c) =>
            html`<tr>
              <td>${field(c, 'certificateId')}</td>
              <td>${field(c, 'stars')}★</td>
              <td>${field(c, 'recorded')}</td>
              <td>${field(c, 'issuedOn')} → ${field(c, 'expiresOn')}</td>
            </tr>`,
        )}
      </table>
      <h2>${say(lang, 'timeline')}</h2>
      <table id="timeline">
        ${entries.map(
          (e) =>
            html`<tr>
              <td>${field(e, 'on')}</td>
              <td>${kindLabel[String(field(e, 'kind'))]?.[lang] ?? field(e, 'kind')}</td>
              <td>${entryDetail(lang, e)}</td>
              <td class="muted">${field(e, 'ruleSet')}</td>
            </tr>`,
        )}
      </table>`,
  );
};

/** A council's result on a dossier: the council, each member's sheet, and how the result follows from them. */
export const decisionPage = (lang: Lang, round: unknown, council: unknown, dossierId: string): string => {
  const dossier = list(field(round, 'dossiers')).find((d) => field(d, 'dossierId') === dossierId);
  const result = field(dossier, 'result');
  const attempt = field(result, 'attempt');
  const sheets = list(field(dossier, 'sheets')).filter((s) => field(s, 'attempt') === attempt);
  const members = list(field(council, 'members'));
  const nameOf = (person: unknown): string =>
    personName(
      lang,
      field(
        members.find((m) => field(m, 'person') === person),
        'name',
      ),
      String(person),
    );
  const orgOf = (person: unknown): unknown =>
    field(
      list(field(round, 'members')).find((m) => field(m, 'person') === person),
      'organisation',
    );
  const totals = sheets.map((s) => Number(field(s, 'total')));
  const sum = totals.reduce((a, b) => a + b, 0);
  const recused = list(field(dossier, 'recusals'));
  return page(
    lang,
    say(lang, 'decision'),
    html`<h1>${say(lang, 'decision')}: ${dossierId}</h1>
      <p>
        ${say(lang, 'council')}: ${field(council, 'councilId')} (${field(round, 'level')}) · ${field(round, 'roundId')} ·
        ${field(dossier, 'ruleSet')} · ${say(lang, 'sheet')} ${field(dossier, 'sheet')}
      </p>
      <table id="sheets">
        <tr>
          <th>${say(lang, 'member')}</th>
          <th>${say(lang, 'organisation')}</th>
          <th>${say(lang, 'total')}</th>
          <th>${say(lang, 'parts')}</th>
          <th>${say(lang, 'stars')}</th>
          <th>${say(lang, 'opinion')}</th>
        </tr>
        ${sheets.map(
          (s) =>
            html`<tr class="sheet">
              <td>${nameOf(field(s, 'person'))}${field(s, 'person') === field(round, 'chair') ? ' ★' : ''}</td>
              <td>${orgOf(field(s, 'person'))}</td>
              <td class="total">${field(s, 'total')}</td>
              <td>${field(s, 'parts', 'A')} / ${field(s, 'parts', 'B')} / ${field(s, 'parts', 'C')}</td>
              <td>${field(s, 'stars')}★</td>
              <td>${field(s, 'opinion') ?? ''}</td>
            </tr>`,
        )}
      </table>
      ${recused.length === 0 ? html`` : html`<p>${say(lang, 'recused')}: ${recused.map((r) => nameOf(field(r, 'person'))).join(', ')}</p>`}
      <h2>${say(lang, 'computation')}</h2>
      <table id="computation">
        <tr>
          <th>${say(lang, 'quorum')}</th>
          <td>${field(result, 'present')} / ${field(result, 'required')} (${field(result, 'eligible')})</td>
        </tr>
        <tr>
          <th>${say(lang, 'mean')}</th>
          <td id="mean">${totals.join(' + ')} = ${Math.round(sum * 100) / 100}; ÷ ${totals.length} = ${field(result, 'mean')}</td>
        </tr>
        <tr>
          <th>${say(lang, 'spread')}</th>
          <td>
            ${field(result, 'spread', 'highest')} − ${field(result, 'spread', 'lowest')} = ${field(result, 'spread', 'value')} ≤
            ${field(result, 'spread', 'limit')}
          </td>
        </tr>
        <tr>
          <th>${say(lang, 'band')}</th>
          <td>${field(result, 'bandStars')}★</td>
        </tr>
        <tr>
          <th>${say(lang, 'minimums')}</th>
          <td>${field(result, 'minimumStars')}★</td>
        </tr>
        <tr>
          <th>${say(lang, 'outcome')}</th>
          <td id="outcome">${field(result, 'stars')}★ — ${field(result, 'outcome', 'kind')}</td>
        </tr>
      </table>`,
  );
};

export const verifyPage = (lang: Lang, verification: unknown): string => {
  const status = field(verification, 'status');
  const summary = field(verification, lang === 'vi' ? 'summaryVi' : 'summary');
  const body =
    verification === undefined
      ? html`<form method="post" action="/viewer/verify?lang=${lang}">
          <button type="submit" id="start">${say(lang, 'verifyStart')}</button>
        </form>`
      : status === 'running'
        ? html`<p id="verification">${say(lang, 'running')}</p>`
        : status === 'done'
          ? field(verification, 'clean') === true
            ? html`<p id="verification" class="clean">${say(lang, 'clean')}</p>
                <pre class="muted">${summary}</pre>`
            : html`<p id="verification" class="finding">${say(lang, 'findings')}</p>
                <pre>${summary}</pre>
                <pre>${JSON.stringify(field(verification, 'report'), null, 2)}</pre>`
          : html`<p id="verification" class="finding">${say(lang, 'failed')} ${field(verification, 'error')}</p>`;
  const refresh = status === 'running' ? '<meta http-equiv="refresh" content="1">' : '';
  return page(
    lang,
    say(lang, 'verify'),
    html`<h1>${say(lang, 'verify')}</h1>
      ${body}`,
  ).replace('<head>', `<head>${refresh}`);
};

export const problemPage = (lang: Lang, status: number, detail: string): string =>
  page(
    lang,
    String(status),
    html`<h1>${status}</h1>
      <p>${status === 403 ? say(lang, 'forbidden') : ''} ${detail}</p>
      <p><a href="/viewer?lang=${lang}">${say(lang, 'back')}</a></p>`,
  );
