import { CATEGORIES, STAKEHOLDER_TYPES } from '../../schemas/values';
import { withBase } from '../../lib/base';
import type { ExportedAgreement } from '../../lib/exports';
import { agreementNormPath, agreementPath, normPath } from '../../lib/urls';
import { EvidenceItems, LabelBadge } from '../shared/EvidenceItems';

interface Props {
  agreements: readonly ExportedAgreement[];
  norms: readonly { id: number; slug: string; title: string }[];
  reportId: string;
}

/** Facts, then each norm, one column per agreement. On a phone each row becomes a card. */
export function CompareTable({ agreements, norms, reportId }: Props) {
  const facts: { label: string; value: (a: ExportedAgreement) => string }[] = [
    { label: 'Category', value: (a) => CATEGORIES[a.category.value].label },
    { label: 'Launched', value: (a) => a.launched.wording },
    {
      label: 'Stakeholders',
      value: (a) => `${STAKEHOLDER_TYPES[a.stakeholders.type].label} — ${a.stakeholders.wording}`,
    },
    { label: 'Signatories', value: (a) => a.signatories.wording },
    { label: 'Organisation', value: (a) => a.organisation.wording },
    {
      label: 'Norms reflected',
      value: (a) => `${a.norms.filter((c) => c.reflected).length} of ${norms.length}`,
    },
  ];
  return (
    <table className="compare-table">
      <caption>
        {agreements.map((a) => a.shortName).join(' · ')}: facts, then the {norms.length} norms
      </caption>
      <thead>
        <tr>
          <td />
          {agreements.map((a) => (
            <th scope="col" key={a.slug}>
              <a href={withBase(agreementPath(a.slug))}>{a.shortName}</a>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {facts.map((fact) => (
          <tr key={fact.label} className="fact-row">
            <th scope="row">{fact.label}</th>
            {agreements.map((a) => (
              <td key={a.slug}>
                <span className="owner">{a.shortName}: </span>
                {fact.value(a)}
              </td>
            ))}
          </tr>
        ))}
        {norms.map((norm) => (
          <tr key={norm.id} className="norm-row" id={`compare-norm-${norm.id}`}>
            <th scope="row">
              <a href={withBase(normPath(norm.slug))}>
                Norm {norm.id}: {norm.title}
              </a>
            </th>
            {agreements.map((a) => {
              const cell = a.norms.find((c) => c.id === norm.id);
              if (!cell) return <td key={a.slug} />;
              return (
                <td key={a.slug} className={cell.reflected ? 'is-reflected' : 'is-not'}>
                  <span className="owner">{a.shortName}</span>
                  <p className="cell-head">
                    <LabelBadge label={cell.label} wording={cell.labelWording} />{' '}
                    <a href={withBase(agreementNormPath(a.slug, norm.id))} className="small">
                      {cell.reflected ? 'Reflected' : 'Not reflected'}
                      <span className="visually-hidden">
                        {' '}
                        in {a.shortName}: open the norm on its page
                      </span>
                    </a>
                  </p>
                  {cell.evidence.length > 0 && (
                    <EvidenceItems
                      items={cell.evidence}
                      slug={a.slug}
                      normId={norm.id}
                      reportId={reportId}
                    />
                  )}
                  {cell.note && <p className="small note">Editors’ note: {cell.note}</p>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
