import { heading, para, renderText, table } from '../text/document.js';
import { fill, phrases } from '../text/phrases.js';
import type { Lang } from '../trail/model.js';
import type { ReplayState } from './replay.js';

/** The state on a date as text: every dossier with its stage and level, every product with its certificates' status. */
export const renderReplay = (state: ReplayState, lang: Lang): string => {
  const p = phrases(lang);
  const w = p.w;
  return renderText([
    heading(1, fill(w.replayTitle, { date: p.date(state.asOf) })),
    heading(2, `${w.dossiers} (${state.dossiers.length})`),
    table(
      [w.dossier, w.product, w.kindHead, w.ruleSet, w.filedOn, w.state],
      state.dossiers.map((d) => [
        d.id,
        d.productId,
        p.kind(d.kind),
        d.ruleSet,
        p.date(d.filedOn),
        d.closedAs ? `${p.stage(d.stage)} — ${p.closedAs(d.closedAs)}` : `${p.stage(d.stage)} (${p.level(d.level)})`,
      ]),
    ),
    heading(2, `${w.products} (${state.products.length})`),
    table(
      [w.product, '', w.certificate, w.starsHead, w.issuedOn, w.validTo, w.statusOn],
      state.products.flatMap((pr) =>
        pr.certificates.length === 0
          ? [[pr.id, pr.name ?? '', '—', '', '', '', '']]
          : pr.certificates.map((c) => [
              pr.id,
              pr.name ?? '',
              c.id,
              p.stars(c.stars),
              p.date(c.issuedOn),
              p.date(c.validUntil),
              p.status(c.status),
            ]),
      ),
    ),
    para(
      `${fill(w.eventsFolded, { folded: state.events.folded, read: state.events.read })}${state.events.undecodable > 0 ? ` (${state.events.undecodable} undecodable)` : ''}.`,
    ),
  ]);
};
