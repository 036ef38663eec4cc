// The publication's colophon (variables.colophon: Luật Xuất bản 2012, what a
// non-commercial publication prints on its back page). What the print
// contract knows (print run, printer, date printed, size, issuing body) is
// filled from it at render time when there is one; the licence and the
// legal-deposit date are only ever typed here (docs/template-packs.md).
import { useTranslation } from 'react-i18next';
import type { Publication, VariableValue } from '../../../contract/publication-format.js';
import { TextField } from './TextField.js';

/** The fields in the order the back page prints them. */
const COLOPHON_FIELDS = ['issuer', 'licence', 'size', 'printRun', 'printer', 'printedOn', 'depositedOn'] as const;
type ColophonField = (typeof COLOPHON_FIELDS)[number];

interface Props {
  publication: Publication;
  onChange(next: Publication): void;
  invalidField?: string;
}

function colophonOf(variables: Publication['variables']): Record<string, VariableValue> {
  const colophon = variables.colophon;
  return colophon && typeof colophon === 'object' && !Array.isArray(colophon) ? colophon : {};
}

export function ColophonFields({ publication, onChange, invalidField }: Props) {
  const { t } = useTranslation('editor');
  const { variables } = publication;
  const colophon = colophonOf(variables);
  /** An emptied field is dropped, and an empty colophon with it, so the back page prints nothing for it. */
  const set = (key: ColophonField, value: string) => {
    const { [key]: _old, ...rest } = colophon;
    const next = value.trim() ? { ...rest, [key]: value } : rest;
    const { colophon: _was, ...others } = variables;
    onChange({ ...publication, variables: Object.keys(next).length ? { ...others, colophon: next } : others });
  };
  return (
    <fieldset className="colophon">
      <legend>{t('colophon.legend')}</legend>
      <p className="hint">{t('colophon.hint')}</p>
      {COLOPHON_FIELDS.map((key) => (
        <TextField key={key} label={t(`colophon.${key}`)} value={typeof colophon[key] === 'string' ? colophon[key] : ''}
          invalid={invalidField?.startsWith(`variables.colophon.${key}`)} placeholder={t(`colophon.placeholder.${key}`)}
          onValue={(value) => set(key, value)} />
      ))}
    </fieldset>
  );
}
