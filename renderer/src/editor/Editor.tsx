// Screen 2: one publication. Fields and blocks on the left, the live preview
// on the right; a book also gets its outline on the far left and a preview
// that turns pages. Every change goes to autosave and to the preview; what is
// on screen is always the user's text, whether or not the last save succeeded.
import { useEffect, useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { TemplateSummary } from '../../../contract/publications.js';
import type { Block, Publication, SourceRef } from '../../../contract/publication-format.js';
import { api, errorMessage } from '../api/client.js';
import { BookOptionsFields } from '../book/BookOptionsFields.js';
import { BookPreviewPane } from '../book/BookPreviewPane.js';
import { choicesOf, hasChoices, withChoices } from '../book/choices.js';
import { blockIndexOf, blockPageMap, liveOutline, pagesOf, type OutlineItem } from '../book/outline.js';
import { OutlinePanel } from '../book/OutlinePanel.js';
import { closePdf, openPdf, type PdfDocument } from '../book/pdfPages.js';
import { ExportProgress, JobButton, ProofExportButton } from '../exports/ExportProgress.js';
import { useExportJob } from '../exports/useExportJob.js';
import { formatTime } from '../format.js';
import { PreviewPane } from '../preview/PreviewPane.js';
import { usePreview, type PreviewDrawing } from '../preview/usePreview.js';
import '../book/book.css';
import { openList } from '../route.js';
import { BlockList, blockDomId } from './BlockList.js';
import { editorIndex, fieldBlock, publishable, withBlockIds } from './blocks.js';
import { MetaFields } from './MetaFields.js';
import { SlotTabs, type SlotTab } from './SlotTabs.js';
import { useAutosave, type SaveStatus } from './useAutosave.js';
import { ContentPanel } from '../library/ContentPanel.js';
import { Shortcuts, shortcutHelp, shortcutText } from '../shortcuts.js';
import { useHistory } from './useHistory.js';
import { CentreFromSettings } from '../settings/CentreFromSettings.js';

type Loaded = { publication: Publication; template?: TemplateSummary };

/** A book's preview keeps each render's PDF open and draws pages from it on demand. */
const BOOK_DRAWING: PreviewDrawing<PdfDocument> = { prepare: openPdf, release: closePdf };
/** The slot whose headings are the book's chapters and sections. */
const MAIN_FLOW = 'body';

/** The template's slots first, in its order, then any other slot the file has. */
function slotsOf(publication: Publication, template?: TemplateSummary): TemplateSummary['slots'] {
  const declared = template?.slots ?? [];
  const extra = Object.keys(publication.slots)
    .filter((name) => !declared.some((s) => s.name === name))
    .map((name) => ({ name, label: name }));
  return [...declared, ...extra];
}

export function Editor({ id }: { id: string }) {
  const { t } = useTranslation(['editor', 'common']);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState('');
  const [activeSlot, setActiveSlot] = useState('');
  // Exports run as jobs with a progress bar and Huỷ once they take long (docs/ui.md).
  const exporter = useExportJob();
  const { status, changed, flush } = useAutosave(id);
  // An undone or redone state goes the way of any change: on screen, to the preview and to autosave.
  const history = useHistory<Publication>((restored) => {
    setLoaded((l) => l && { ...l, publication: restored });
    changed(restored);
  });
  // Books: the page the preview shows, and the block the user jumped from (outlined on the page).
  const [shownPage, setShownPage] = useState(1);
  const [marked, setMarked] = useState<SourceRef>();

  useEffect(() => {
    let live = true;
    Promise.all([api.call('publications.get', { id }), api.call('templates.list', {})])
      .then(([stored, templates]) => {
        if (!live) return;
        const template = templates.templates.find((t) => t.id === stored.publication.template);
        const publication = withBlockIds(stored.publication);
        setLoaded({ publication, template });
        history.start(publication);
        // Best effort: the recent list is a convenience, never a reason to fail opening.
        void api.call('publications.opened', { id }).catch(() => undefined);
        setActiveSlot(slotsOf(publication, template).find((s) => s.name === 'body')?.name ?? slotsOf(publication, template)[0]?.name ?? '');
      })
      .catch((e) => live && setLoadError(errorMessage(e)));
    return () => { live = false; };
  }, [id]);

  const publication = loaded?.publication ?? null;
  const sent = useMemo(() => (publication ? publishable(publication) : null), [publication]);
  const slots = loaded ? slotsOf(loaded.publication, loaded.template) : [];
  const slotLabel = (name: string) => slots.find((s) => s.name === name)?.label ?? name;
  const bookOptions = loaded?.template?.book;
  const book = usePreview(bookOptions ? sent : null, BOOK_DRAWING, id);
  const pageMap = useMemo(() => blockPageMap(book.preview?.result.book), [book.preview]);

  if (loadError) {
    return (
      <div className="message error" role="alert">
        <p>{t('loadFailed', { reason: loadError })}</p>
        <a href="#/">{t('backToList')}</a>
      </div>
    );
  }
  if (!loaded || !publication) return <p className="muted">{t('opening')}</p>;

  const update = (next: Publication) => {
    setLoaded({ ...loaded, publication: next });
    changed(next);
    history.record(next);
  };
  const setBlocks = (slot: string, blocks: Block[]) => update({ ...publication, slots: { ...publication.slots, [slot]: blocks } });
  const toEditorIndex = (slot: string, sentIndex: number) => editorIndex(publication.slots[slot] ?? [], sentIndex);
  const failedAt = status.state === 'failed' ? fieldBlock(status.field) : null;
  const errorAt = failedAt && { slot: failedAt.slot, index: toEditorIndex(failedAt.slot, failedAt.sentIndex) };

  const describeBlock = (slot: string, sentIndex: number) => t('place.block', { number: toEditorIndex(slot, sentIndex) + 1, slot: slotLabel(slot) });
  const indexOf = (source: SourceRef) => blockIndexOf(publication.slots[source.slot] ?? [], source, (i) => toEditorIndex(source.slot, i));
  const describeSource = (source: SourceRef) => t('place.block', { number: indexOf(source) + 1, slot: slotLabel(source.slot) });
  const showBlock = (source: SourceRef) => {
    const { slot } = source;
    setActiveSlot(slot);
    const index = indexOf(source);
    // The tab's blocks are in the DOM after React renders the switch.
    requestAnimationFrame(() => {
      const card = document.getElementById(blockDomId(slot, index));
      card?.scrollIntoView({ block: 'center' });
      card?.querySelector<HTMLElement>('h3')?.focus();
    });
  };

  // The id lets the services fill the colophon from the print contract that prints this publication.
  const exportPdf = () => exporter.run({ kind: 'pdf', publication: publishable(publication), publicationId: id });

  /** Ctrl+S: save what is on screen now, even when autosave has nothing pending. */
  const saveNow = () => {
    changed(publication);
    void flush();
  };

  // Books: jump between a block and its page, both ways.
  const showPageOf = (source: SourceRef, page: number | undefined) => {
    setMarked(source);
    if (page !== undefined) setShownPage(page);
  };
  const pickBlock = (source: SourceRef) => {
    setMarked(source);
    showBlock(source);
  };
  const openHeading = (item: OutlineItem) => {
    const source = { slot: MAIN_FLOW, index: item.index, blockId: item.blockId };
    showBlock(source);
    showPageOf(source, item.page);
  };

  const tabs: SlotTab[] = slots.map((s) => ({
    name: s.name,
    label: s.label,
    count: publication.slots[s.name]?.length ?? 0,
    invalid: errorAt?.slot === s.name,
  }));

  return (
    <div className={`editor${bookOptions ? ' book-editor' : ''}`}>
      {bookOptions && (
        <aside className="outline-pane">
          <OutlinePanel items={liveOutline(publication.slots[MAIN_FLOW] ?? [], MAIN_FLOW, pageMap)}
            slotLabel={slotLabel(MAIN_FLOW)} onOpen={openHeading} />
        </aside>
      )}
      <div className="editor-pane" onBlur={() => void flush()}>
        <div className="toolbar">
          <button type="button" onClick={() => void flush().then(openList)}>{t('back')}</button>
          <h1 className="editor-title">{publication.meta.title || t('common:untitled')}</h1>
          <button type="button" aria-label={t('undo')} title={t('withKeys', { action: t('undo'), keys: shortcutText('undo') })} disabled={!history.canUndo} onClick={history.undo}>{t('undoButton')}</button>
          <button type="button" aria-label={t('redo')} title={t('withKeys', { action: t('redo'), keys: shortcutText('redo') })} disabled={!history.canRedo} onClick={history.redo}>{t('redoButton')}</button>
          <Shortcuts on={{ save: saveNow, undo: history.undo, redo: history.redo, export: () => void exportPdf() }} />
          <SaveLine status={status} describeField={(field) => describeField(t, field, describeBlock)} />
          <JobButton job={exporter} className="primary" onRun={() => void exportPdf()} label={t('export')} runningLabel={t('exporting')}
            title={t('withKeys', { action: t('export'), keys: shortcutText('export') })} />
          <ProofExportButton job={exporter} publication={() => publishable(publication)} publicationId={id} />
        </div>
        <ExportProgress job={exporter} />
        <ContentPanel id={id} publication={publication} slot={activeSlot} slotLabel={slotLabel(activeSlot)} sent={sent} onChange={update} />
        <CentreFromSettings publication={publication} onChange={update} />
        <MetaFields publication={publication} onChange={update} invalidField={status.state === 'failed' ? status.field : undefined} />
        {hasChoices(bookOptions) && (
          <fieldset className="book-options">
            <legend>{t('bookOptions')}</legend>
            <div className="field-row">
              <BookOptionsFields options={bookOptions} choices={choicesOf(publication)}
                onChoices={(choices) => update(withChoices(publication, choices, bookOptions))} />
            </div>
          </fieldset>
        )}
        <p className="hint help-line">
          <Trans t={t} i18nKey="markupHint" components={{ bold: <code />, italic: <code /> }} />
        </p>
        <p className="hint help-line" data-testid="shortcut-help">{shortcutHelp()}</p>
        <SlotTabs tabs={tabs} active={activeSlot} onSelect={setActiveSlot}>
          <BlockList key={activeSlot} slot={activeSlot} slotLabel={slotLabel(activeSlot)}
            blocks={publication.slots[activeSlot] ?? []}
            invalidIndex={errorAt?.slot === activeSlot ? errorAt.index : undefined}
            onChange={(blocks) => setBlocks(activeSlot, blocks)}
            {...(bookOptions && {
              pageOf: (block: Block) => pagesOf(pageMap, activeSlot, block.id)?.[0],
              onShowPage: (block: Block, index: number, page: number) => showPageOf({ slot: activeSlot, index, blockId: block.id }, page),
            })} />
        </SlotTabs>
      </div>
      <aside className="preview-pane" tabIndex={0} aria-label={t('previewPane')}>
        {bookOptions ? (
          <BookPreviewPane state={book} page={shownPage} onPage={setShownPage} highlight={marked}
            describeBlock={describeSource} onShowBlock={pickBlock} />
        ) : (
          <PreviewPane publication={sent} publicationId={id} flowOrder={Object.fromEntries(slots.map((s) => [s.name, s.frames]))}
            describeBlock={describeSource} onShowBlock={showBlock} />
        )}
      </aside>
    </div>
  );
}

/** A field path from a refused save, in words a writer knows. */
function describeField(t: TFunction<'editor'>, field: string, describeBlock: (slot: string, sentIndex: number) => string): string {
  if (field === 'meta.title') return t('place.title');
  if (field === 'meta.subtitle') return t('place.subtitle');
  if (field.startsWith('variables.centre')) return t('place.centre');
  if (field.startsWith('variables.colophon')) return t('place.colophon');
  const at = fieldBlock(field);
  return at ? describeBlock(at.slot, at.sentIndex) : t('place.field', { field });
}

function SaveLine({ status, describeField }: { status: SaveStatus; describeField(field: string): string }) {
  const { t } = useTranslation('editor');
  const text =
    status.state === 'saving' ? t('save.saving')
    : status.state === 'saved' ? t('save.saved', { time: formatTime(status.at) })
    : status.state === 'failed' && status.field ? t('save.failedAt', { reason: status.message, where: describeField(status.field) })
    : status.state === 'failed' ? t('save.failed', { reason: status.message })
    : '';
  return (
    <p className={`save-line${status.state === 'failed' ? ' error' : ''}`} role="status" data-testid="save-status">{text}</p>
  );
}
