// The publication's own fields: title and subtitle, the contact box
// (variables.centre) and the colophon the template prints on the back.
import { useTranslation } from 'react-i18next';
import type { Publication, VariableValue } from '../../../contract/publication-format.js';
import { ColophonFields } from './ColophonFields.js';
import { TextField } from './TextField.js';

interface Props {
  publication: Publication;
  onChange(next: Publication): void;
  /** Field a refused save pointed at, e.g. `meta.title`. */
  invalidField?: string;
}

type Centre = { name: string; address: string; phone: string };
const CENTRE_FIELDS: (keyof Centre)[] = ['name', 'address', 'phone'];

function centreOf(variables: Publication['variables']): Record<string, VariableValue> {
  const centre = variables.centre;
  return centre && typeof centre === 'object' && !Array.isArray(centre) ? centre : {};
}

export function MetaFields({ publication, onChange, invalidField }: Props) {
  const { t } = useTranslation(['editor', 'common']);
  const { meta, variables } = publication;
  const centre = centreOf(variables);
  const setMeta = (patch: Partial<Publication['meta']>) => onChange({ ...publication, meta: { ...meta, ...patch } });
  const setCentre = (key: keyof Centre, value: string) =>
    onChange({ ...publication, variables: { ...variables, centre: { ...centre, [key]: value } } });

  return (
    <>
      <fieldset className="meta">
        <legend>{t('meta.legend')}</legend>
        <TextField label={t('meta.title')} value={meta.title} invalid={invalidField === 'meta.title'}
          hint={meta.title.trim() === '' ? t('meta.titleNeeded') : undefined}
          onValue={(title) => setMeta({ title })} />
        <TextField label={t('meta.subtitle')} value={meta.subtitle ?? ''} invalid={invalidField === 'meta.subtitle'}
          onValue={(subtitle) => setMeta({ subtitle: subtitle || undefined })} />
      </fieldset>
      <fieldset className="centre">
        <legend>{t('meta.centre')}</legend>
        {CENTRE_FIELDS.map((key) => (
          <TextField key={key} label={t(`common:centre.${key}`)} value={typeof centre[key] === 'string' ? centre[key] : ''}
            invalid={invalidField?.startsWith(`variables.centre.${key}`)}
            onValue={(value) => setCentre(key, value)} />
        ))}
      </fieldset>
      <ColophonFields publication={publication} onChange={onChange} invalidField={invalidField} />
    </>
  );
}
